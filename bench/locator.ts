import path from 'node:path';
import { codes as zipCodes } from 'zipcodes';
import { SAMHSA_DATA_DIR } from './samhsaData';
import { importDirectory } from '../src/programs/directoryImporter';
import { sharedGeocoder } from '../src/programs/geocoder';
import { LocatorService } from '../src/programs/locatorService';
import type { SearchFilters } from '../src/programs/searchFilters';
import { stateByCode } from '../src/programs/usStates';
import type { Database } from '../src/storage/database';

export interface LocatorBenchOptions {
  /** How many timed searches (default 500). */
  searches?: number;
  /** Seed of the pseudo-random ZIP and filter choice, so runs are comparable (default 1). */
  seed?: number;
}

export interface LatencySummary {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

const NATIONAL_FILES = [
  'national-directory-mh-facilities-2023.xlsx',
  'national-directory-su-facilities-2023.xlsx',
];

// What people most often narrow by, alone and in pairs; empty twice because most searches have no filter.
const FILTER_MIX: readonly SearchFilters[] = [
  {},
  {},
  { iopOnly: true },
  { telehealth: true },
  { payment: ['medicaid'] },
  { ages: ['children'] },
  { spanish: true },
  { focus: 'substance_use' },
  { iopOnly: true, payment: ['medicaid'] },
  { telehealth: true, payment: ['private'] },
  { focus: 'mental_health', ages: ['adults'] },
];

const WARM_UP = 20;

/** Imports both national workbooks (MH then SU) and returns the wall-clock time in milliseconds. */
export async function importNational(db: Database, dir: string = SAMHSA_DATA_DIR): Promise<number> {
  sharedGeocoder().zip('10001'); // build the ZIP indexes outside the timing
  const started = performance.now();
  for (const file of NATIONAL_FILES) {
    const summary = await importDirectory(db.prisma, path.join(dir, file), { now: new Date() });
    if (summary.fileRejected) throw new Error(`${file}: ${summary.fileRejected}`);
  }
  return performance.now() - started;
}

/**
 * Times first-page locator searches (what one turn costs: query, ranking and cards) at random US
 * ZIP codes with a mix of filters. Assumes the national directory is imported.
 */
export async function benchLocator(db: Database, options: LocatorBenchOptions = {}): Promise<LatencySummary> {
  const service = new LocatorService(db.prisma);
  const zips = Object.values(zipCodes).filter((info) => info.country === 'US' && stateByCode(info.state));
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const timings: number[] = [];
  const searches = options.searches ?? 500;
  for (let i = 0; i < WARM_UP + searches; i++) {
    const zip = pick(zips);
    const request = {
      point: { latitude: zip.latitude, longitude: zip.longitude },
      filters: pick(FILTER_MIX),
      beyondMiles: 0,
      widen: true,
      offset: 0,
      limit: 3,
      language: 'en' as const,
    };
    const started = performance.now();
    await service.search(request);
    if (i >= WARM_UP) timings.push(performance.now() - started);
  }
  return summarize(timings);
}

function summarize(timings: number[]): LatencySummary {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 100) / 100;
  return { p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99) };
}

/** A linear congruential generator: plenty for picking test places, and the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
