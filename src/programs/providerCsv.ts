import { CsvSyntaxError, parseCsvRecords, type CsvRecord } from './csv';
import { ImportCollector } from './importCollector';
import { sharedGeocoder, type Geocoder } from './geocoder';
import {
  computeContentHash,
  computeSourceKey,
  emptyFlags,
  type ProgramFlags,
  type ProgramRecord,
  type RejectedRow,
} from './programRecord';
import {
  FLAG_LISTS,
  PROVIDER_COLUMNS,
  REQUIRED_COLUMNS,
  TRACKS,
  listValues,
  parseIsoDate,
  parseWebsite,
  parseYesNo,
  type ProviderColumn,
} from './providerCsvColumns';
import { US_STATES, stateByCode } from './usStates';
import { foldText } from './placeText';

export interface ProviderCsvOptions {
  /** The uploaded file's name; the source becomes "csv:<fileName>". */
  fileName: string;
  /** Stored as `sourceEdition`; provider files have none unless the importer supplies one. */
  edition?: string;
  geocoder?: Geocoder;
}

export interface ProviderCsvResult {
  records: ProgramRecord[];
  rejected: RejectedRow[];
}

type Get = (column: ProviderColumn) => string;

/**
 * Parses a provider's own programs file (format: docs/programs-csv.md). Row numbers count the
 * header as row 1, as a spreadsheet shows them. A header problem (unknown, missing or repeated
 * column) or a CSV syntax error rejects the whole file, because every row would be misread.
 */
export function parseProviderCsv(text: string, options: ProviderCsvOptions): ProviderCsvResult {
  let csv: CsvRecord[];
  try {
    csv = parseCsvRecords(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      return { records: [], rejected: [{ row: error.line, reason: error.message }] };
    throw error;
  }
  const header =
    csv[0]?.fields.map((name) =>
      name
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_'),
    ) ?? [];
  const headerProblem = checkHeader(header);
  if (headerProblem) return { records: [], rejected: [{ row: 1, reason: headerProblem }] };
  const source = `csv:${options.fileName}`;
  const geocoder = options.geocoder ?? sharedGeocoder();
  const collector = new ImportCollector();
  for (let index = 1; index < csv.length; index++) {
    const fields = csv[index].fields;
    if (fields.every((field) => field.trim() === '')) continue;
    const get: Get = (column) => (fields[header.indexOf(column)] ?? '').trim();
    const outcome =
      fields.length > header.length
        ? `has ${fields.length} fields but the header has ${header.length}`
        : buildRecord(get, source, options.edition ?? '', geocoder);
    collector.add(index + 1, outcome);
  }
  return { records: collector.records, rejected: collector.rejected };
}

function checkHeader(header: string[]): string | undefined {
  const known = new Set<string>(PROVIDER_COLUMNS);
  const unknown = header.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    return `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `"${name}"`).join(', ')} (allowed: ${PROVIDER_COLUMNS.join(', ')})`;
  }
  const repeated = header.filter((name, index) => header.indexOf(name) !== index);
  if (repeated.length > 0) return `column "${repeated[0]}" appears more than once`;
  const missing = REQUIRED_COLUMNS.filter((name) => !header.includes(name));
  return missing.length > 0
    ? `missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`
    : undefined;
}

/** The record for one row, or every problem found in it joined into one reason. */
function buildRecord(get: Get, source: string, edition: string, geocoder: Geocoder): ProgramRecord | string {
  const problems = REQUIRED_COLUMNS.filter((column) => !get(column)).map((column) => `missing ${column}`);
  const { state, zip } = readAddress(get, problems);
  const flags = readFlags(get, problems);
  const languages = readLanguages(get('languages'), flags);
  const tracks = readTracks(get('tracks'), problems);
  const point = readPoint(get, problems);
  const website = get('website') ? parseWebsite(get('website')) : null;
  if (website === undefined) problems.push(`website "${get('website')}" is not a web address`);
  const lastVerified = get('last_verified') ? parseIsoDate(get('last_verified')) : null;
  if (lastVerified === undefined) {
    problems.push(`last_verified "${get('last_verified')}" is not a real date (YYYY-MM-DD)`);
  }
  if (problems.length > 0 || !state || !zip || website === undefined || lastVerified === undefined) {
    return problems.join('; ');
  }
  const place = point ?? geocoder.zip(zip);
  const record: Omit<ProgramRecord, 'contentHash'> = {
    sourceKey: computeSourceKey(source, get('name'), get('street'), zip),
    name: get('name'),
    organisation: get('organisation') || null,
    street: get('street'),
    city: get('city'),
    state,
    zip,
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    phone: get('phone') || null,
    intakePhone: get('intake_phone') || null,
    website,
    ...flags,
    otherLanguages: languages.join(','),
    ...tracks,
    source,
    sourceEdition: edition,
    lastVerified,
  };
  return { ...record, contentHash: computeContentHash(record) };
}

function readAddress(get: Get, problems: string[]): { state?: string; zip?: string } {
  const state = stateCode(get('state'));
  if (get('state') && !state) problems.push(`unknown state "${get('state')}"`);
  const zip = /^(\d{5})(?:-\d{4})?$/.exec(get('zip'))?.[1];
  if (get('zip') && !zip) problems.push(`ZIP "${get('zip')}" is not 5 digits`);
  return { state, zip };
}

function stateCode(value: string): string | undefined {
  const folded = foldText(value);
  return stateByCode(value)?.code ?? US_STATES.find((state) => foldText(state.name) === folded)?.code;
}

function readFlags(get: Get, problems: string[]): ProgramFlags {
  const flags = emptyFlags();
  for (const list of FLAG_LISTS) {
    for (const value of listValues(get(list.column))) {
      const flag = list.values[value];
      if (flag) flags[flag] = true;
      else problems.push(`unknown ${list.what} "${value}" (use ${Object.keys(list.values).join(', ')})`);
    }
  }
  const telehealth = parseYesNo(get('telehealth'));
  if (telehealth === undefined) problems.push(`telehealth "${get('telehealth')}" must be yes or no`);
  flags.telehealth = telehealth ?? false;
  return flags;
}

/** Spanish and sign language have their own flags; any other name is kept, English is implied. */
function readLanguages(value: string, flags: ProgramFlags): string[] {
  const others: string[] = [];
  for (const item of value.split(/[;,]/).map((text) => text.trim().replace(/\s+/g, ' '))) {
    const folded = foldText(item);
    if (folded === 'spanish' || folded === 'espanol') flags.langSpanish = true;
    else if (folded === 'sign' || folded === 'sign language' || folded === 'asl') flags.langSign = true;
    else if (folded && folded !== 'english' && !others.includes(item)) others.push(item);
  }
  return others;
}

/** An empty cell means "not stated" (null); otherwise the listed tracks are true and the rest false. */
function readTracks(
  value: string,
  problems: string[],
): Pick<ProgramRecord, 'trackDay' | 'trackEvening' | 'trackWeekend'> {
  const listed = listValues(value);
  for (const item of listed) {
    if (!(TRACKS as readonly string[]).includes(item))
      problems.push(`unknown track "${item}" (use ${TRACKS.join(', ')})`);
  }
  const known = listed.length > 0;
  return {
    trackDay: known ? listed.includes('day') : null,
    trackEvening: known ? listed.includes('evening') : null,
    trackWeekend: known ? listed.includes('weekend') : null,
  };
}

function readPoint(get: Get, problems: string[]): { latitude: number; longitude: number } | undefined {
  const [latText, lonText] = [get('latitude'), get('longitude')];
  if (!latText && !lonText) return undefined;
  if (!latText || !lonText) {
    problems.push('give both latitude and longitude, or neither');
    return undefined;
  }
  const latitude = Number(latText);
  const longitude = Number(lonText);
  const latOk = Number.isFinite(latitude) && Math.abs(latitude) <= 90;
  const lonOk = Number.isFinite(longitude) && Math.abs(longitude) <= 180;
  if (!latOk) problems.push(`latitude "${latText}" is out of range (use a number from -90 to 90)`);
  if (!lonOk) problems.push(`longitude "${lonText}" is out of range (use a number from -180 to 180)`);
  return latOk && lonOk ? { latitude, longitude } : undefined;
}
