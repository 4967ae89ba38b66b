import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/programs/csv';
import { Geocoder } from '../../src/programs/geocoder';
import type { ProgramRecord } from '../../src/programs/programRecord';
import { parseSamhsaRows, readSamhsaFile, type SamhsaParseResult } from '../../src/programs/samhsaParser';
import { MH_CSV, MH_XLSX, SU_CSV, SU_XLSX } from './support/samhsaData';

const HEADER = [
  'Name1',
  'Name2',
  'Street1',
  'Street2',
  'City',
  'State',
  'Zip',
  'Phone',
  'Intake1',
  'Intake2',
  'Intake1a',
  'Intake2a',
  'Service_code_info',
];

function row(overrides: Partial<Record<string, string>> = {}): string[] {
  const values: Record<string, string> = {
    Name1: 'Harbor Counseling',
    Street1: '1 Main Street',
    City: 'Hoboken',
    State: 'NJ',
    Zip: '07030',
    Phone: '201-555-0100',
    Service_code_info: 'SA SUMH * OP OIT ORT * TELE * MD SF * SS * YAD ADLT * SP',
    ...overrides,
  };
  return HEADER.map((name) => values[name] ?? '');
}

const byName = (result: SamhsaParseResult, name: string, city: string): ProgramRecord => {
  const found = result.records.filter((record) => record.name === name && record.city === city);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('parseSamhsaRows on the 2023 national directories', () => {
  let mh: SamhsaParseResult;
  let su: SamhsaParseResult;
  // Parse time is measured by `npm run bench` (directory import), never asserted here.
  beforeAll(async () => {
    [mh, su] = await Promise.all([readSamhsaFile(MH_XLSX), readSamhsaFile(SU_XLSX)]);
  });

  it('recognises each directory from its codes', () => {
    expect(mh.kind).toBe('samhsa-mh');
    expect(su.kind).toBe('samhsa-su');
  });

  it('accounts for every facility row: MH 8,707 and SU 12,744', () => {
    expect(mh.records.length + mh.rejected.length).toBe(8707);
    expect(su.records.length + su.rejected.length).toBe(12744);
    expect(mh.rejected).toEqual([]);
    // Two SU facilities are listed twice at the same address; the second listing is skipped.
    expect(su.rejected).toEqual([
      { row: 1540, reason: 'same name, street and ZIP as row 1539' },
      { row: 7064, reason: 'same name, street and ZIP as row 7063' },
    ]);
  });

  it('gives every record a distinct source key and a location for all but one unknown ZIP', () => {
    for (const result of [mh, su]) {
      expect(new Set(result.records.map((record) => record.sourceKey)).size).toBe(result.records.length);
    }
    const unplaced = [...mh.records, ...su.records].filter((record) => record.latitude === null);
    expect(unplaced.map((record) => record.zip)).toEqual(['72405']);
  });

  it('flags IOPs only in the SU directory, matching the published NJ counts', () => {
    expect(mh.records.some((record) => record.levelIop)).toBe(false);
    const nj = su.records.filter((record) => record.state === 'NJ');
    expect(nj).toHaveLength(359);
    expect(nj.filter((record) => record.levelIop)).toHaveLength(232);
    expect(nj.filter((record) => record.levelPartial)).toHaveLength(102);
    expect(nj.filter((record) => record.telehealth)).toHaveLength(286);
    const mhNj = mh.records.filter((record) => record.state === 'NJ');
    expect(mhNj.filter((record) => record.levelPartial)).toHaveLength(68);
    expect(mhNj.filter((record) => record.telehealth)).toHaveLength(179);
  });

  it('maps an MH hospital row (row 4899: HI OP PHDT RES, F4 F19 F36)', () => {
    const record = byName(mh, 'Jersey City Medical Center - Behavioral Health Services', 'Jersey City');
    expect(record).toMatchObject({
      organisation: 'Jersey City Medical Center',
      street: '395 Grand Street',
      zip: '07302',
      source: 'samhsa-mh',
      sourceEdition: '2023',
      levelIop: false,
      levelPartial: true,
      levelOutpatient: true,
      levelResidential: true,
      treatsMentalHealth: true,
      treatsSubstanceUse: true,
      treatsCoOccurring: true,
      telehealth: true,
      agesChildren: true,
      agesYoungAdults: true,
      agesAdults: true,
      agesSeniors: true,
      payMedicaid: true,
      payMedicare: true,
      payPrivate: true,
      paySelf: true,
      paySliding: false,
      payMilitary: false,
      payFree: false,
      langSpanish: true,
      langSign: true,
      otherLanguages: 'Arabic,Creole,Hindi',
      trackEvening: null,
      lastVerified: null,
    });
  });

  it('maps an MH inpatient-only row as residential, not outpatient (row 10)', () => {
    const record = byName(mh, 'Medical West - An Affiliate of the UAB Health System', 'Bessemer');
    expect(record).toMatchObject({
      levelResidential: true,
      levelOutpatient: false,
      levelPartial: false,
      agesSeniors: true,
      agesAdults: false,
    });
  });

  it('maps an SU day-treatment row with NP as free care, not sliding (row 9039)', () => {
    const record = byName(su, 'Robeson County Offender Res Ctr', 'Lumberton');
    expect(record).toMatchObject({
      levelIop: false,
      levelPartial: true,
      levelOutpatient: true,
      payFree: true,
      paySliding: false,
      paySelf: false,
      telehealth: false,
      treatsSubstanceUse: true,
      treatsMentalHealth: false,
      organisation: null,
    });
  });

  it('maps an SU IOP row with a suite number (row 132)', () => {
    const record = byName(su, 'Akeela Inc - Akeela Outpatient Services', 'Anchorage');
    expect(record).toMatchObject({
      street: '360 West Benson Boulevard, Suite 210',
      state: 'AK',
      phone: '907-433-7080',
      levelIop: true,
      levelOutpatient: true,
      telehealth: true,
      paySliding: true,
      payMedicaid: true,
      langSpanish: true,
      langSign: false,
      otherLanguages: '',
    });
    expect(record.latitude).toBeCloseTo(61.2, 0);
  });

  it('reads the CSV conversions to the same records as the workbooks', async () => {
    const [mhCsv, suCsv] = await Promise.all([readSamhsaFile(MH_CSV), readSamhsaFile(SU_CSV)]);
    expect(mhCsv.records.map((record) => record.contentHash)).toEqual(
      mh.records.map((record) => record.contentHash),
    );
    expect(suCsv.records.map((record) => record.contentHash)).toEqual(
      su.records.map((record) => record.contentHash),
    );
  });
});

describe('parseSamhsaRows on hand-made rows', () => {
  const geocoder = new Geocoder();
  const parse = (...rows: string[][]) => parseSamhsaRows([HEADER, ...rows], { edition: '2023', geocoder });

  it('rejects rows with no name, a bad state or a ZIP that is not 5 digits, by spreadsheet row', () => {
    const result = parse(
      row(),
      row({ Name1: '' }),
      row({ State: 'XX' }),
      row({ Zip: '7030' }),
      row({ Zip: '07030-1234' }),
    );
    expect(result.records).toHaveLength(1);
    expect(result.rejected).toEqual([
      { row: 3, reason: 'missing facility name (Name1)' },
      { row: 4, reason: 'unknown state "XX"' },
      { row: 5, reason: 'ZIP "7030" is not 5 digits' },
      { row: 6, reason: 'ZIP "07030-1234" is not 5 digits' },
    ]);
  });

  it('skips blank rows without counting them as rejected', () => {
    const result = parse(
      row(),
      HEADER.map(() => ''),
      row({ Name1: 'Second Site' }),
    );
    expect(result.records.map((record) => record.name)).toEqual(['Harbor Counseling', 'Second Site']);
    expect(result.rejected).toEqual([]);
  });

  it('tells the SU directory from the MH one by its codes', () => {
    expect(parse(row()).kind).toBe('samhsa-su');
    expect(parse(row({ Service_code_info: 'MH * OP PHDT * TELE' })).kind).toBe('samhsa-mh');
    expect(() => parse(row({ Service_code_info: 'SA * OP * TELE' }))).toThrow(/MH or the SU directory/);
  });

  it('refuses a sheet whose header lacks needed columns', () => {
    expect(() =>
      parseSamhsaRows(
        [
          ['Name', 'Address'],
          ['A', 'B'],
        ],
        { edition: '2023' },
      ),
    ).toThrow(/lacks name1, street1/);
  });

  it('keeps the source key when only the edition or letter case changes, and changes it for a new address', () => {
    const first = parseSamhsaRows([HEADER, row()], { edition: '2023', geocoder }).records[0];
    const next = parseSamhsaRows([HEADER, row({ Name1: 'HARBOR  counseling' })], {
      edition: '2025',
      geocoder,
    }).records[0];
    const moved = parse(row({ Street1: '2 Main Street' })).records[0];
    expect(next.sourceKey).toBe(first.sourceKey);
    expect(next.contentHash).not.toBe(first.contentHash);
    expect(moved.sourceKey).not.toBe(first.sourceKey);
  });

  it('reads a real CSV line through the same path', () => {
    const lines = readFileSync(SU_CSV, 'utf8').split('\n').slice(0, 3).join('\n');
    const result = parseSamhsaRows(parseCsv(lines), { edition: '2023', geocoder });
    expect(result.records.map((record) => record.city)).toEqual(['Alabaster', 'Alexander City']);
  });
});
