import { readFile } from 'node:fs/promises';
import { extname, basename } from 'node:path';
import { parseCsv } from './csv';
import { sharedGeocoder, type Geocoder } from './geocoder';
import { ImportCollector } from './importCollector';
import {
  computeContentHash,
  computeSourceKey,
  emptyFlags,
  type ProgramFlags,
  type ProgramRecord,
  type RejectedRow,
} from './programRecord';
import { CODE_FLAGS, LANGUAGE_CODES, MH_ONLY_CODES, SU_ONLY_CODES } from './samhsaCodes';
import { stateByCode } from './usStates';
import { readXlsxSheet } from './xlsxReader';

export type SamhsaKind = 'samhsa-mh' | 'samhsa-su';

export interface SamhsaParseResult {
  records: ProgramRecord[];
  rejected: RejectedRow[];
  kind: SamhsaKind;
}

export interface SamhsaParseOptions {
  /** The directory edition, for example "2023"; stored as `sourceEdition`. */
  edition: string;
  /** Places each facility at its ZIP centroid; defaults to the shared `zipcodes` geocoder. */
  geocoder?: Geocoder;
}

const REQUIRED = ['name1', 'street1', 'city', 'state', 'zip', 'service_code_info'] as const;
const OPTIONAL = ['name2', 'street2', 'phone', 'intake1', 'intake1a', 'intake2'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

/**
 * Maps the "Facilities List" sheet of a SAMHSA National Directory (MH or SU edition) to program
 * records. The first row must be the header (Name1 … Service_code_info, any case). Which
 * directory it is comes from the service codes (see samhsaCodes.ts). Throws if the header lacks
 * a needed column or the edition cannot be recognised; bad rows are returned in `rejected`.
 */
export function parseSamhsaRows(rows: string[][], options: SamhsaParseOptions): SamhsaParseResult {
  const columns = mapHeader(rows[0] ?? []);
  const kind = detectKind(rows, columns.service_code_info);
  const geocoder = options.geocoder ?? sharedGeocoder();
  const collector = new ImportCollector();
  for (let index = 1; index < rows.length; index++) {
    if (rows[index].every((cell) => cell.trim() === '')) continue;
    const get = (column: Column): string => clean(rows[index][columns[column] ?? -1]);
    collector.add(index + 1, validate(get) ?? toRecord(get, kind, options.edition, geocoder));
  }
  return { records: collector.records, rejected: collector.rejected, kind };
}

/**
 * Reads a directory file: the .xlsx workbook (sheet "Facilities List") or its .csv conversion.
 * The edition defaults to the first 20xx year in the file name.
 */
export async function readSamhsaFile(
  path: string,
  options: Partial<SamhsaParseOptions> = {},
): Promise<SamhsaParseResult> {
  const edition = options.edition ?? /20\d\d/.exec(basename(path))?.[0];
  if (!edition)
    throw new Error(`readSamhsaFile: cannot tell the edition of ${basename(path)}; pass { edition }.`);
  const extension = extname(path).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.csv') {
    throw new Error(`readSamhsaFile: ${basename(path)} is neither .xlsx nor .csv.`);
  }
  const bytes = await readFile(path);
  const rows =
    extension === '.xlsx' ? readXlsxSheet(bytes, 'Facilities List') : parseCsv(bytes.toString('utf8'));
  return parseSamhsaRows(rows, { ...options, edition });
}

function mapHeader(header: string[]): Partial<Record<Column, number>> {
  const positions = new Map(header.map((name, index) => [name.trim().toLowerCase(), index]));
  const missing = REQUIRED.filter((column) => !positions.has(column));
  if (missing.length > 0) {
    throw new Error(
      `Not a SAMHSA directory sheet: the header lacks ${missing.join(', ')} (row 1 must be the header).`,
    );
  }
  const columns: Partial<Record<Column, number>> = {};
  for (const column of [...REQUIRED, ...OPTIONAL]) columns[column] = positions.get(column);
  return columns;
}

/** The directory whose codes most rows use; an SU row never has MH-only codes and vice versa. */
function detectKind(rows: string[][], codeColumn: number | undefined): SamhsaKind {
  let su = 0;
  let mh = 0;
  for (const row of rows.slice(1)) {
    const codes = (row[codeColumn ?? -1] ?? '').split(/\s+/);
    if (codes.some((code) => SU_ONLY_CODES.has(code))) su++;
    if (codes.some((code) => MH_ONLY_CODES.has(code))) mh++;
  }
  if (su === mh) {
    throw new Error(
      `Cannot tell whether this is the MH or the SU directory (${su} rows with SU codes, ${mh} with MH codes).`,
    );
  }
  return su > mh ? 'samhsa-su' : 'samhsa-mh';
}

function clean(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function validate(get: (column: Column) => string): string | undefined {
  if (!get('name1')) return 'missing facility name (Name1)';
  if (!get('street1')) return 'missing street address (Street1)';
  if (!get('city')) return 'missing city';
  if (!stateByCode(get('state')) || get('state').length !== 2) return `unknown state "${get('state')}"`;
  if (!/^\d{5}$/.test(get('zip'))) return `ZIP "${get('zip')}" is not 5 digits`;
  return undefined;
}

function toRecord(
  get: (column: Column) => string,
  kind: SamhsaKind,
  edition: string,
  geocoder: Geocoder,
): ProgramRecord {
  const { flags, otherLanguages } = readServiceCodes(get('service_code_info'));
  // Name2 alone ("Henry County Clinic") does not say who runs the site, so both names are kept.
  const name = get('name2') ? `${get('name1')} - ${get('name2')}` : get('name1');
  const street = [get('street1'), get('street2')].filter(Boolean).join(', ');
  const zip = get('zip');
  const place = geocoder.zip(zip);
  const record: Omit<ProgramRecord, 'contentHash'> = {
    sourceKey: computeSourceKey(kind, name, street, zip),
    name,
    organisation: get('name2') ? get('name1') : null,
    street,
    city: get('city'),
    state: get('state').toUpperCase(),
    zip,
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    phone: get('phone') || null,
    intakePhone: get('intake1') || get('intake1a') || get('intake2') || null,
    website: null,
    ...flags,
    otherLanguages,
    trackDay: null,
    trackEvening: null,
    trackWeekend: null,
    source: kind,
    sourceEdition: edition,
    lastVerified: null,
  };
  return { ...record, contentHash: computeContentHash(record) };
}

/** The flags and other-language names that a row's Service_code_info switches on. */
function readServiceCodes(codeInfo: string): { flags: ProgramFlags; otherLanguages: string } {
  const flags = emptyFlags();
  const languages = new Set<string>();
  for (const code of codeInfo.split(' ')) {
    const flag = CODE_FLAGS[code];
    if (flag) flags[flag] = true;
    if (LANGUAGE_CODES[code]) languages.add(LANGUAGE_CODES[code]);
  }
  // Code-book order, so the same codes always give the same text (and the same content hash).
  const otherLanguages = Object.values(LANGUAGE_CODES)
    .filter((language) => languages.has(language))
    .join(',');
  return { flags, otherLanguages };
}
