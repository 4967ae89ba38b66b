import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runImport } from '../../../scripts/directoryImport';
import { importDirectory } from '../../../src/programs/directoryImporter';
import { writePrograms } from '../../../src/programs/programWriter';
import type { Database } from '../../../src/storage/database';
import { openTestDatabase, providers } from '../../support/testDatabases';
import { MH_XLSX } from '../support/samhsaData';
import { programAt } from './programFixtures';

const PROVIDER_HEADER = 'name,street,city,state,zip,phone,levels,telehealth,payment';
const PROVIDER_ROWS = [
  'Harbor Light IOP,100 River Street,Hoboken,NJ,07030,201-555-0142,iop,yes,medicaid',
  'Shore Day Program,12 Hooper Avenue,Toms River,NJ,08753,732-555-0199,partial,no,private',
  'Lakeside Counseling,5 Lake Road,Morristown,NJ,07960,973-555-0111,outpatient,yes,sliding',
  'Midtown IOP,350 Fifth Avenue,New York,NY,10001,212-555-0123,iop,no,medicare',
];
const SAMHSA_HEADER = 'name1,name2,street1,street2,city,state,zip,phone,service_code_info';
const SAMHSA_ROWS = [
  'Riverside Mental Health,,1 Main Street,,Hoboken,NJ,07030,201-555-0100,MH * OP * TELE * MD',
  'Valley Behavioral,Day Unit,2 Elm Street,,Newark,NJ,07102,973-555-0100,MH * PHDT * MC',
];

const NOW = new Date('2026-01-15T12:00:00Z');

for (const provider of providers()) {
  describe(`importDirectory on ${provider}`, () => {
    let db: Database;
    let cleanup: () => Promise<void>;
    let dir: string;
    const file = (name: string, lines: string[]) => {
      const full = path.join(dir, name);
      writeFileSync(full, `${lines.join('\n')}\n`);
      return full;
    };
    const snapshot = () =>
      db.prisma.program.findMany({
        orderBy: { sourceKey: 'asc' },
        select: { sourceKey: true, contentHash: true },
      });

    beforeEach(async () => {
      ({ db, cleanup } = await openTestDatabase(provider));
      dir = mkdtempSync(path.join(os.tmpdir(), 'iop-import-'));
    });
    afterEach(async () => {
      await cleanup();
      rmSync(dir, { recursive: true, force: true });
    });

    it('imports a provider CSV, then re-imports it as unchanged and a changed row as updated', async () => {
      const csv = file('acme.csv', [PROVIDER_HEADER, ...PROVIDER_ROWS]);
      const first = await importDirectory(db.prisma, csv, { now: NOW });
      expect(first).toMatchObject({
        source: 'csv:acme.csv',
        added: 4,
        updated: 0,
        unchanged: 0,
        rejected: [],
      });
      expect(await importDirectory(db.prisma, csv, { now: NOW })).toMatchObject({
        added: 0,
        updated: 0,
        unchanged: 4,
      });
      const { id } = (await db.prisma.program.findFirst({ where: { name: 'Harbor Light IOP' } }))!;
      file('acme.csv', [
        PROVIDER_HEADER,
        PROVIDER_ROWS[0].replace('201-555-0142', '201-555-0000'),
        ...PROVIDER_ROWS.slice(1),
      ]);
      expect(await importDirectory(db.prisma, csv, { now: NOW })).toMatchObject({
        added: 0,
        updated: 1,
        unchanged: 3,
      });
      const updated = await db.prisma.program.findUnique({ where: { id } });
      expect(updated?.phone).toBe('201-555-0000');
    });

    it('tells a SAMHSA CSV from a provider CSV by its columns', async () => {
      const samhsa = await importDirectory(
        db.prisma,
        file('mh_small_2023.csv', [SAMHSA_HEADER, ...SAMHSA_ROWS]),
        { now: NOW },
      );
      expect(samhsa).toMatchObject({ source: 'samhsa-mh', added: 2 });
      const stored = await db.prisma.program.findFirst({ where: { source: 'samhsa-mh', city: 'Newark' } });
      expect(stored).toMatchObject({
        name: 'Valley Behavioral - Day Unit',
        levelPartial: true,
        payMedicare: true,
        sourceEdition: '2023',
      });
    });

    it('reports bad provider rows by row number and imports the good ones', async () => {
      const csv = file('acme.csv', [
        PROVIDER_HEADER,
        PROVIDER_ROWS[0],
        'Broken ZIP IOP,1 Oak Street,Hoboken,NJ,7030,,iop,yes,',
        PROVIDER_ROWS[1],
        'Odd Level,2 Oak Street,Hoboken,NJ,07030,,intensive,no,',
      ]);
      const result = await importDirectory(db.prisma, csv, { now: NOW });
      expect(result).toMatchObject({ added: 2 });
      expect(result.fileRejected).toBeUndefined();
      expect(result.rejected).toEqual([
        { row: 3, reason: 'ZIP "7030" is not 5 digits' },
        { row: 5, reason: expect.stringContaining('unknown level "intensive"') },
      ]);
    });

    it('refuses a provider file with bad rows under --replace, changing nothing', async () => {
      await importDirectory(db.prisma, file('acme.csv', [PROVIDER_HEADER, ...PROVIDER_ROWS]), { now: NOW });
      const before = await snapshot();
      const csv = file('acme.csv', [
        PROVIDER_HEADER,
        PROVIDER_ROWS[0],
        'No State,1 Oak Street,Hoboken,XX,07030,,iop,no,',
      ]);
      const result = await importDirectory(db.prisma, csv, { now: NOW, replace: true });
      expect(result.fileRejected).toMatch(/--replace needs every row to be valid/);
      expect(result.rejected).toEqual([{ row: 3, reason: 'unknown state "XX"' }]);
      expect(await snapshot()).toEqual(before);
    });

    it('with --replace removes the programs of that file only', async () => {
      await importDirectory(db.prisma, file('acme.csv', [PROVIDER_HEADER, ...PROVIDER_ROWS]), { now: NOW });
      await importDirectory(db.prisma, file('mh_small_2023.csv', [SAMHSA_HEADER, ...SAMHSA_ROWS]), {
        now: NOW,
      });
      const csv = file('acme.csv', [PROVIDER_HEADER, PROVIDER_ROWS[0], PROVIDER_ROWS[2]]);
      const result = await importDirectory(db.prisma, csv, { now: NOW, replace: true });
      expect(result).toMatchObject({ added: 0, updated: 0, unchanged: 2, removed: 2 });
      const names = (await db.prisma.program.findMany({ orderBy: { name: 'asc' } })).map((p) => p.name);
      expect(names).toEqual([
        'Harbor Light IOP',
        'Lakeside Counseling',
        'Riverside Mental Health',
        'Valley Behavioral - Day Unit',
      ]);
      const without = await importDirectory(
        db.prisma,
        file('acme.csv', [PROVIDER_HEADER, PROVIDER_ROWS[0]]),
        { now: NOW },
      );
      expect(without.removed).toBe(0);
      expect(await db.prisma.program.count()).toBe(4);
    });

    it.each([
      ['a file that does not exist', () => path.join(dir, 'missing_2023.xlsx'), /does not exist/],
      [
        'random bytes named .xlsx',
        () => binary('junk_2023.xlsx', Buffer.from('not a zip at all, just text')),
        /Not a ZIP/,
      ],
      [
        'a truncated workbook',
        () => binary('cut_2023.xlsx', readFileSync(MH_XLSX).subarray(0, 600_000)),
        /ZIP|corrupt/i,
      ],
      ['a CSV with the wrong columns', () => file('other.csv', ['foo,bar', '1,2']), /no row of the file/],
      [
        'a CSV with a broken quote',
        () => file('quote.csv', [PROVIDER_HEADER, '"Harbor,1 Main']),
        /no row of the file/,
      ],
      ['a provider CSV with a header only', () => file('empty.csv', [PROVIDER_HEADER]), /lists no programs/],
      ['a file of unknown type', () => file('list.txt', ['x']), /--source/],
      [
        'a SAMHSA file whose name has no year',
        () => file('mh_small.csv', [SAMHSA_HEADER, ...SAMHSA_ROWS]),
        /edition is unknown: add --edition/,
      ],
    ])('refuses %s and changes nothing', async (_what, make, problem) => {
      await importDirectory(db.prisma, file('acme.csv', [PROVIDER_HEADER, ...PROVIDER_ROWS]), { now: NOW });
      const before = await snapshot();
      const result = await importDirectory(db.prisma, make(), { now: NOW, replace: true });
      expect(result.fileRejected).toMatch(problem);
      expect(result).toMatchObject({ added: 0, updated: 0, unchanged: 0, removed: 0 });
      expect(await snapshot()).toEqual(before);
    });

    function binary(name: string, bytes: Buffer): string {
      const full = path.join(dir, name);
      writeFileSync(full, bytes);
      return full;
    }

    it('refuses a SAMHSA file in which more than 1% of rows are rejected', async () => {
      const rows = [...SAMHSA_ROWS, 'No Street,,,,Hoboken,NJ,07030,,MH * OP'];
      const result = await importDirectory(db.prisma, file('mh_bad_2023.csv', [SAMHSA_HEADER, ...rows]), {
        now: NOW,
      });
      expect(result.fileRejected).toMatch(/1 of 3 rows were rejected/);
      expect(result.rejected).toEqual([{ row: 4, reason: 'missing street address (Street1)' }]);
      expect(await db.prisma.program.count()).toBe(0);
    });

    it('rolls the whole write back when the database fails half-way', async () => {
      const records = Array.from({ length: 700 }, (_, i) => programAt(`Program ${i}`, 40, -74));
      // The 650th row repeats the first one's key: its batch (rows 501-700) fails on the unique index.
      records[649] = { ...records[0] };
      await expect(
        writePrograms(db.prisma, 'csv:fixture.csv', records, { replace: false, now: NOW }),
      ).rejects.toThrow();
      expect(await db.prisma.program.count()).toBe(0);
    });
  });

  describe(`npm run directory:import on ${provider}`, () => {
    let dir: string;
    let url: string;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      const opened = await openTestDatabase(provider);
      url = opened.test.url;
      cleanup = opened.cleanup;
      dir = mkdtempSync(path.join(os.tmpdir(), 'iop-cli-'));
    });
    afterEach(async () => {
      await cleanup();
      rmSync(dir, { recursive: true, force: true });
    });

    async function run(args: string[]) {
      const lines: string[] = [];
      const code = await runImport(args, {
        env: { DATABASE_URL: url },
        write: (line) => lines.push(line),
        now: () => NOW,
      });
      return { code, output: lines.join('\n') };
    }

    it('prints the counts and each rejected row, and exits 0 when the file was imported', async () => {
      const csv = path.join(dir, 'acme.csv');
      writeFileSync(
        csv,
        [PROVIDER_HEADER, ...PROVIDER_ROWS, 'Bad,1 Oak Street,Hoboken,NJ,123,,iop,no,'].join('\n'),
      );
      const { code, output } = await run([csv, '--source', 'csv']);
      expect(code).toBe(0);
      expect(output).toMatch(/acme\.csv: imported as csv:acme\.csv/);
      expect(output).toMatch(/added: +4/);
      expect(output).toMatch(/rejected: +1\n +row 6: ZIP "123" is not 5 digits/);
    });

    it('exits 1 when the file is refused, and 2 on bad arguments', async () => {
      const junk = path.join(dir, 'junk_2023.xlsx');
      writeFileSync(junk, 'nothing');
      const refused = await run([junk]);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/file rejected, nothing was changed/);
      expect((await run([])).code).toBe(2);
      expect((await run([junk, '--source', 'excel'])).code).toBe(2);
    });
  });
}
