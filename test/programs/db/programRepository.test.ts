import { writePrograms } from '../../../src/programs/programWriter';
import { ProgramRepository } from '../../../src/programs/programRepository';
import type { ProgramRecord } from '../../../src/programs/programRecord';
import type { Database } from '../../../src/storage/database';
import { openTestDatabase, providers } from '../../support/testDatabases';
import { northOf, programAt } from './programFixtures';

const HOME = { latitude: 40, longitude: -100 };
const ADAK_AREA = { latitude: 51.9, longitude: 179.95 };

function fixture(): ProgramRecord[] {
  const at = (miles: number) => northOf(HOME.latitude, HOME.longitude, miles);
  return [
    programAt('Ten Miles', ...at(10), { payMedicaid: true }),
    programAt('Forty Miles', ...at(40), { levelIop: true }),
    programAt('Eighty Miles', ...at(80), { payMedicaid: true, telehealth: true }),
    programAt('Far Away', ...at(150)),
    programAt('No Position', null, null),
    // Either side of the 180° meridian, about 8.5 miles apart.
    programAt('East of the Line', 51.9, 179.9),
    programAt('West of the Line', 51.9, -179.9),
    programAt('Also West', 51.91, -179.95),
  ];
}

for (const provider of providers()) {
  describe(`ProgramRepository on ${provider}`, () => {
    let db: Database;
    let cleanup: () => Promise<void>;
    let repo: ProgramRepository;

    beforeAll(async () => {
      ({ db, cleanup } = await openTestDatabase(provider));
      await writePrograms(db.prisma, 'csv:fixture.csv', fixture(), { replace: false, now: new Date() });
      repo = new ProgramRepository(db.prisma);
    });
    afterAll(() => cleanup());

    const names = (result: { items: { program: { name: string } }[] }) =>
      result.items.map((item) => item.program.name);

    it('widens 25 → 50 → 100 miles until 3 programs match, and says so', async () => {
      const result = await repo.search(HOME, {}, { limit: 10 });
      expect(result).toMatchObject({ radiusMiles: 100, widened: true, total: 3 });
      expect(names(result)).toEqual(['Ten Miles', 'Forty Miles', 'Eighty Miles']);
      expect(result.items.map((item) => Math.round(item.distanceMiles))).toEqual([10, 40, 80]);
    });

    it('stays at the requested radius when widening is off', async () => {
      const result = await repo.search(HOME, {}, { widen: false, limit: 10 });
      expect(result).toMatchObject({ radiusMiles: 25, widened: false, total: 1 });
      expect(names(result)).toEqual(['Ten Miles']);
    });

    it('stops at 100 miles even when fewer than 3 match there', async () => {
      const result = await repo.search(HOME, { payment: ['medicaid'] }, { limit: 10 });
      expect(result).toMatchObject({ radiusMiles: 100, widened: true, total: 2 });
      expect(names(result)).toEqual(['Ten Miles', 'Eighty Miles']);
    });

    it('leaves out programs inside beyondMiles (a "farther away" ring)', async () => {
      const result = await repo.search(HOME, {}, { radiusMiles: 50, beyondMiles: 25, limit: 10 });
      expect(result).toMatchObject({ radiusMiles: 100, widened: true, total: 2 });
      expect(names(result)).toEqual(['Forty Miles', 'Eighty Miles']);
    });

    it('applies every filter: a program must meet all of them', async () => {
      const both = await repo.search(HOME, { payment: ['medicaid'], telehealth: true }, { limit: 10 });
      expect(names(both)).toEqual(['Eighty Miles']);
      const none = await repo.search(HOME, { iopOnly: true, payment: ['medicaid'] }, { limit: 10 });
      expect(none.total).toBe(0);
    });

    it('pages with offset and limit', async () => {
      const pages = [0, 1, 2, 3].map((offset) => repo.search(HOME, {}, { offset, limit: 1 }));
      const names1 = (await Promise.all(pages)).map((page) => names(page));
      expect(names1).toEqual([['Ten Miles'], ['Forty Miles'], ['Eighty Miles'], []]);
    });

    it('finds programs across the 180° meridian', async () => {
      const result = await repo.search(ADAK_AREA, {}, { widen: false, limit: 10 });
      expect(names(result).sort()).toEqual(['Also West', 'East of the Line', 'West of the Line']);
      expect(Math.max(...result.items.map((item) => item.distanceMiles))).toBeLessThan(25);
    });

    it('counts, finds by id and tells whether the directory is empty', async () => {
      expect(await repo.count()).toBe(fixture().length);
      expect(await repo.hasAny()).toBe(true);
      const [first] = (await repo.search(HOME, {}, { widen: false })).items;
      expect((await repo.findById(first.program.id))?.name).toBe('Ten Miles');
      expect(await repo.findById(999_999)).toBeNull();
    });

    it('records a problem report for an existing listing only', async () => {
      const [first] = (await repo.search(HOME, {}, { widen: false })).items;
      expect(await repo.reportProblem(first.program.id, 'phone')).toBe(true);
      expect(await repo.reportProblem(999_999, 'phone')).toBe(false);
      const feedback = await db.prisma.programFeedback.findMany();
      expect(feedback).toEqual([expect.objectContaining({ programId: first.program.id, reason: 'phone' })]);
    });
  });

  describe(`ProgramRepository on an empty ${provider} database`, () => {
    it('has nothing and finds nothing', async () => {
      const { db, cleanup } = await openTestDatabase(provider);
      try {
        const repo = new ProgramRepository(db.prisma);
        expect(await repo.hasAny()).toBe(false);
        expect(await repo.count()).toBe(0);
        expect(await repo.search(HOME, {})).toMatchObject({ total: 0, items: [], radiusMiles: 100 });
      } finally {
        await cleanup();
      }
    });
  });
}
