import { readFileSync } from 'node:fs';
import { lookup } from 'zipcodes';
import { benchLocator } from '../../../bench/locator';
import { importDirectory, type ImportSummary } from '../../../src/programs/directoryImporter';
import { sharedGeocoder } from '../../../src/programs/geocoder';
import { rankPrograms } from '../../../src/programs/programLabels';
import { ProgramRepository } from '../../../src/programs/programRepository';
import type { SearchFilters } from '../../../src/programs/searchFilters';
import type { Database } from '../../../src/storage/database';
import { openTestDatabase, providers } from '../../support/testDatabases';
import { MH_CSV, MH_XLSX, SU_CSV, SU_XLSX } from '../support/samhsaData';
import {
  type StoredProgram,
  expectedSearch,
  readAllPrograms,
  samhsaRows,
  sourceRowKey,
} from './nationalExpectations';

jest.setTimeout(240_000);

const ZIPS = ['07030', '08753', '10001', '60601', '99501', '59001'];
const FILTERS: SearchFilters[] = [
  {},
  { payment: ['medicaid'] },
  { iopOnly: true, telehealth: true },
  { ages: ['children'] },
  { spanish: true, payment: ['sliding'] },
  { focus: 'co_occurring', payment: ['private', 'medicare'] },
  { signLanguage: true, ages: ['seniors'] },
];

/**
 * Every result of a search, page by page, as the dialog fetches them: pages of 3, or of 10 for the
 * long lists of big cities (hundreds of programs) to keep the test quick.
 */
async function allPages(repo: ProgramRepository, zip: string, filters: SearchFilters) {
  const place = sharedGeocoder().zip(zip)!;
  const first = await repo.search(place, filters, { limit: 3 });
  const ids = first.items.map((item) => item.program.id);
  const size = first.total > 60 ? 10 : 3;
  for (let offset = ids.length; offset < first.total; offset += size) {
    const page = await repo.search(place, filters, {
      radiusMiles: first.radiusMiles,
      widen: false,
      offset,
      limit: size,
    });
    ids.push(...page.items.map((item) => item.program.id));
  }
  return { first, ids };
}

for (const provider of providers()) {
  describe(`the 2023 SAMHSA national directories on ${provider}`, () => {
    let db: Database;
    let cleanup: () => Promise<void>;
    let repo: ProgramRepository;
    let mh: ImportSummary;
    let su: ImportSummary;
    let stored: StoredProgram[];

    beforeAll(async () => {
      ({ db, cleanup } = await openTestDatabase(provider));
      // Import time is measured by `npm run bench`, never asserted here.
      mh = await importDirectory(db.prisma, MH_XLSX, { now: new Date() });
      su = await importDirectory(db.prisma, SU_XLSX, { now: new Date() });
      repo = new ProgramRepository(db.prisma);
      stored = await readAllPrograms(db);
    });
    afterAll(() => cleanup());

    it('adds every facility once; the two repeated SU listings are reported and skipped', async () => {
      expect(mh).toMatchObject({ source: 'samhsa-mh', added: 8707, updated: 0, unchanged: 0, rejected: [] });
      expect(su).toMatchObject({ source: 'samhsa-su', added: 12742, updated: 0, unchanged: 0 });
      expect(su.rejected.map((row) => row.row)).toEqual([1540, 7064]);
      expect(mh.fileRejected ?? su.fileRejected).toBeUndefined();
      expect(await repo.count()).toBe(8707 + 12742);
      // One MH facility's ZIP (72405) is not in the ZIP data: it is stored but cannot be placed.
      expect(mh.unplaced + su.unplaced).toBe(1);
    });

    it('re-imports the same files as all unchanged', async () => {
      const before = await db.prisma.program.findMany({
        select: { id: true, updatedAt: true },
        orderBy: { id: 'asc' },
      });
      const again = await importDirectory(db.prisma, SU_CSV, { now: new Date() });
      const againMh = await importDirectory(db.prisma, MH_CSV, { now: new Date() });
      expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 12742, removed: 0 });
      expect(againMh).toMatchObject({ added: 0, updated: 0, unchanged: 8707, removed: 0 });
      const after = await db.prisma.program.findMany({
        select: { id: true, updatedAt: true },
        orderBy: { id: 'asc' },
      });
      expect(after).toEqual(before);
    });

    it('stores the service codes of every listed facility as flags', () => {
      const byKey = new Map(stored.map((program) => [sourceRowKey(program), program]));
      for (const [file, source] of [
        [MH_CSV, 'samhsa-mh'],
        [SU_CSV, 'samhsa-su'],
      ] as const) {
        const rows = samhsaRows(readFileSync(file, 'utf8'), source);
        let checked = 0;
        for (const row of rows) {
          const program = byKey.get(row.key);
          expect(program).toBeDefined();
          expect(program).toMatchObject(row.expected);
          const zip = lookup(row.zip);
          if (zip) expect([program!.latitude, program!.longitude]).toEqual([zip.latitude, zip.longitude]);
          checked++;
        }
        expect(checked).toBeGreaterThan(8000);
      }
    });

    it('never labels an MH-directory facility as an IOP (that directory has no IOP code)', () => {
      expect(stored.filter((p) => p.source === 'samhsa-mh' && p.levelIop)).toEqual([]);
      expect(stored.filter((p) => p.source === 'samhsa-su' && p.levelIop).length).toBeGreaterThan(5000);
    });

    for (const zip of ZIPS) {
      it(`near ${zip}, returns exactly the programs an independent computation finds, in rank order`, async () => {
        for (const filters of FILTERS) {
          const place = sharedGeocoder().zip(zip)!;
          const expected = expectedSearch(stored, place, filters);
          const { first, ids } = await allPages(repo, zip, filters);
          expect({ filters, radius: first.radiusMiles, widened: first.widened, total: first.total }).toEqual({
            filters,
            radius: expected.radiusMiles,
            widened: expected.radiusMiles !== 25,
            total: expected.programs.length,
          });
          expect(ids).toEqual(rankPrograms(expected.programs).map((item) => item.record.id));
          expect(new Set(ids).size).toBe(ids.length);
        }
      });
    }

    it('answers a first-page search in well under 50 ms at the 95th percentile', async () => {
      const latency = await benchLocator(db, { searches: 200, seed: 7 });
      console.log(`[${provider}] locator search latency (ms): ${JSON.stringify(latency)}`);
      expect(latency.p95Ms).toBeLessThan(50);
    });
  });
}
