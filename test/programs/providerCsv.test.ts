import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Geocoder } from '../../src/programs/geocoder';
import { parseProviderCsv } from '../../src/programs/providerCsv';

const geocoder = new Geocoder();
const HEADER = 'name,street,city,state,zip,levels';
const GOOD = 'Harbor Light IOP,100 River Street,Hoboken,NJ,07030,iop';
const parse = (text: string) => parseProviderCsv(text, { fileName: 'harbor.csv', geocoder });

function docExample(): string {
  const doc = readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'programs-csv.md'), 'utf8');
  const block = /```csv\n([\s\S]*?)```/.exec(doc);
  if (!block) throw new Error('docs/programs-csv.md has no csv example block');
  return block[1];
}

describe('parseProviderCsv', () => {
  it('imports the documented example without rejections', () => {
    const { records, rejected } = parse(docExample());
    expect(rejected).toEqual([]);
    expect(records).toHaveLength(2);
    const [harbor, teen] = records;
    expect(harbor).toMatchObject({
      name: 'Harbor Light IOP',
      organisation: 'Harbor Light Health',
      street: '100 River Street, Suite 2',
      state: 'NJ',
      zip: '07030',
      website: 'https://example.org/harbor',
      levelIop: true,
      levelOutpatient: true,
      levelPartial: false,
      treatsMentalHealth: true,
      treatsCoOccurring: true,
      treatsSubstanceUse: false,
      telehealth: true,
      agesYoungAdults: true,
      agesAdults: true,
      agesChildren: false,
      payMedicaid: true,
      payPrivate: true,
      paySliding: true,
      payFree: false,
      langSpanish: true,
      trackDay: true,
      trackEvening: true,
      trackWeekend: false,
      source: 'csv:harbor.csv',
      lastVerified: new Date('2024-03-15T00:00:00Z'),
    });
    expect(harbor.latitude).toBeCloseTo(40.74, 1);
    expect(teen).toMatchObject({
      state: 'NJ',
      organisation: null,
      website: null,
      levelIop: false,
      levelPartial: true,
      langSpanish: true,
      langSign: true,
      otherLanguages: 'Polish',
      lastVerified: new Date('2024-02-29T00:00:00Z'),
    });
    expect(teen.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('uses given coordinates over the ZIP centre, and leaves tracks unknown when empty', () => {
    const text = `${HEADER},latitude,longitude,tracks\n${GOOD},40.75,-74.03,\n`;
    const [record] = parse(text).records;
    expect(record).toMatchObject({
      latitude: 40.75,
      longitude: -74.03,
      trackDay: null,
      trackEvening: null,
      trackWeekend: null,
    });
  });

  it.each([
    ['missing name', `${HEADER}\n${GOOD}\n,1 Main St,Hoboken,NJ,07030,iop\n`, 3, 'missing name'],
    ['bad ZIP', `${HEADER}\n${GOOD}\nB,1 Main St,Hoboken,NJ,7030,iop\n`, 3, 'ZIP "7030" is not 5 digits'],
    ['unknown state', `${HEADER}\nB,1 Main St,Hoboken,NX,07030,iop\n`, 2, 'unknown state "NX"'],
    [
      'impossible date',
      `${HEADER},last_verified\n${GOOD},2024-03-01\nB,1 Main St,Hoboken,NJ,07030,iop,2024-02-30\n`,
      3,
      'last_verified "2024-02-30" is not a real date (YYYY-MM-DD)',
    ],
    [
      'unknown level',
      `${HEADER}\nB,1 Main St,Hoboken,NJ,07030,iop;intensive\n`,
      2,
      'unknown level "intensive" (use iop, partial, outpatient, residential)',
    ],
    [
      'latitude out of range',
      `${HEADER},latitude,longitude\nB,1 Main St,Hoboken,NJ,07030,iop,95,-74\n`,
      2,
      'latitude "95" is out of range (use a number from -90 to 90)',
    ],
    [
      'one coordinate only',
      `${HEADER},latitude\nB,1 Main St,Hoboken,NJ,07030,iop,40.7\n`,
      2,
      'give both latitude and longitude, or neither',
    ],
    [
      'bad telehealth',
      `${HEADER},telehealth\nB,1 Main St,Hoboken,NJ,07030,iop,maybe\n`,
      2,
      'telehealth "maybe" must be yes or no',
    ],
    [
      'unknown track',
      `${HEADER},tracks\nB,1 Main St,Hoboken,NJ,07030,iop,night\n`,
      2,
      'unknown track "night" (use day, evening, weekend)',
    ],
    [
      'bad website',
      `${HEADER},website\nB,1 Main St,Hoboken,NJ,07030,iop,not a site\n`,
      2,
      'website "not a site" is not a web address',
    ],
    ['too many fields', `${HEADER}\n${GOOD},extra\n`, 2, 'has 7 fields but the header has 6'],
    [
      'duplicate program',
      `${HEADER}\n${GOOD}\n\n${GOOD.replace('IOP', 'iop')}\n`,
      4,
      'same name, street and ZIP as row 2',
    ],
  ])('rejects a row with %s, naming its row', (_case, text, row, reason) => {
    const { rejected } = parse(text);
    expect(rejected).toEqual([{ row, reason }]);
  });

  it('lists every problem of a row in one reason', () => {
    const { records, rejected } = parse(`${HEADER}\n,1 Main St,Hoboken,ZZ,123,\n`);
    expect(records).toEqual([]);
    expect(rejected).toEqual([
      { row: 2, reason: 'missing name; missing levels; unknown state "ZZ"; ZIP "123" is not 5 digits' },
    ]);
  });

  it('refuses the whole file for an unknown column, at row 1', () => {
    const { records, rejected } = parse(`${HEADER},fax\n${GOOD},555\n`);
    expect(records).toEqual([]);
    expect(rejected).toEqual([
      { row: 1, reason: expect.stringMatching(/^unknown column "fax" \(allowed: name, organisation, /) },
    ]);
  });

  it('refuses the whole file for a missing or repeated column', () => {
    expect(parse('name,street,city,state,zip\nA,B,C,NJ,07030\n').rejected).toEqual([
      { row: 1, reason: 'missing required column levels' },
    ]);
    expect(parse(`${HEADER},zip\n`).rejected).toEqual([
      { row: 1, reason: 'column "zip" appears more than once' },
    ]);
  });

  it('accepts header names in any case, with spaces, and CRLF line endings', () => {
    const { records, rejected } = parse(
      `Name,Street,City,State,ZIP,Levels,Last Verified\r\n${GOOD},2023-12-31\r\n`,
    );
    expect(rejected).toEqual([]);
    expect(records[0].lastVerified?.toISOString()).toBe('2023-12-31T00:00:00.000Z');
  });

  it('reports a broken quote with the line where the field starts', () => {
    const { records, rejected } = parse(`${HEADER}\n${GOOD}\n"Unclosed,1 Main St,Hoboken,NJ,07030,iop\n`);
    expect(records).toEqual([]);
    expect(rejected).toEqual([{ row: 3, reason: 'A quoted field is never closed (line 3)' }]);
  });
});
