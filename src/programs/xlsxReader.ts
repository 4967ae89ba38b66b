import { posix } from 'node:path';
import { ZipArchive } from './zipArchive';

const SHEET_REL = /\/worksheet$/;
const SHARED_STRINGS_REL = /\/sharedStrings$/;

/**
 * Reads one worksheet of an .xlsx workbook as rows of trimmed cell text. `rows[0]` is spreadsheet
 * row 1; missing rows come back as empty arrays and missing cells as '' so that positions match
 * what a person sees in Excel. Numbers come back as their stored text (dates stay serial numbers).
 * Throws an Error if the file is not a workbook or has no sheet with that name.
 */
export function readXlsxSheet(buffer: Buffer, sheetName: string): string[][] {
  const zip = ZipArchive.open(buffer);
  if (!zip.has('xl/workbook.xml')) throw new Error('Not an .xlsx workbook: xl/workbook.xml is missing.');
  const rels = readRelationships(zip, 'xl/_rels/workbook.xml.rels');
  const sheetPath = findSheetPath(zip.readText('xl/workbook.xml'), rels, sheetName);
  const sharedPath = [...rels.values()].find((rel) => SHARED_STRINGS_REL.test(rel.type))?.target;
  const shared = sharedPath && zip.has(sharedPath) ? readSharedStrings(zip.readText(sharedPath)) : [];
  return readSheetRows(zip.readText(sheetPath), shared);
}

interface Relationship {
  type: string;
  target: string;
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) found.set(match[1], decodeXml(match[2]));
  return found;
}

function readRelationships(zip: ZipArchive, path: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  if (!zip.has(path)) return rels;
  for (const match of zip.readText(path).matchAll(/<Relationship\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    const target = attrs.get('Target') ?? '';
    // Targets are relative to xl/ unless they start with '/', which means the package root.
    const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
    rels.set(attrs.get('Id') ?? '', { type: attrs.get('Type') ?? '', target: resolved });
  }
  return rels;
}

function findSheetPath(workbookXml: string, rels: Map<string, Relationship>, sheetName: string): string {
  const names: string[] = [];
  for (const match of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    const name = attrs.get('name') ?? '';
    names.push(name);
    if (name !== sheetName) continue;
    const rel = rels.get(attrs.get('r:id') ?? '');
    if (!rel || !SHEET_REL.test(rel.type)) throw new Error(`The sheet "${sheetName}" has no worksheet part.`);
    return rel.target;
  }
  throw new Error(
    `The workbook has no sheet named "${sheetName}" (sheets: ${names.map((n) => `"${n}"`).join(', ')}).`,
  );
}

/** Text of every <t> run, leaving out phonetic guides (<rPh>) that Excel stores beside East Asian text. */
function runText(xml: string): string {
  const withoutPhonetics = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let text = '';
  for (const match of withoutPhonetics.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)) text += match[1];
  return decodeXml(text);
}

function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const match of xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g))
    strings.push(runText(match[1] ?? ''));
  return strings;
}

function readSheetRows(xml: string, shared: string[]): string[][] {
  const rows: string[][] = [];
  for (const match of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const declared = /\br="(\d+)"/.exec(match[1]);
    const index = declared ? Number(declared[1]) - 1 : rows.length;
    while (rows.length < index) rows.push([]);
    rows[index] = readCells(match[2] ?? '', shared);
  }
  return rows;
}

function readCells(rowXml: string, shared: string[]): string[] {
  const cells: string[] = [];
  for (const match of rowXml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const ref = /\br="([A-Z]+)\d*"/.exec(match[1]);
    const column = ref ? columnIndex(ref[1]) : cells.length;
    while (cells.length < column) cells.push('');
    cells[column] = cellText(match[1], match[2] ?? '', shared);
  }
  return cells;
}

function cellText(attrs: string, body: string, shared: string[]): string {
  const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? 'n';
  if (type === 'inlineStr') return runText(body).trim();
  const value = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (value === undefined) return '';
  if (type === 's') {
    const text = shared[Number(value)];
    if (text === undefined)
      throw new Error(`The workbook is corrupt: shared string ${value} does not exist.`);
    return text.trim();
  }
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  return decodeXml(value).trim();
}

/** "A" → 0, "Z" → 25, "AA" → 26. */
function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name] ?? whole;
  });
}
