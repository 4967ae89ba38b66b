import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/programs/csv';
import { readXlsxSheet } from '../../src/programs/xlsxReader';
import { buildWorkbook, buildZip } from './support/buildZip';
import { MH_CSV, MH_XLSX, SU_CSV, SU_XLSX, samhsaFile } from './support/samhsaData';

describe('readXlsxSheet on the SAMHSA 2023 workbooks', () => {
  const pairs = [
    ['MH', MH_XLSX, MH_CSV, 8707],
    ['SU', SU_XLSX, SU_CSV, 12744],
  ] as const;

  it.each(pairs)('%s: matches the CSV conversion cell for cell', (_kind, xlsx, csv, facilities) => {
    const sheet = readXlsxSheet(readFileSync(xlsx), 'Facilities List');
    const converted = parseCsv(readFileSync(csv, 'utf8'));
    expect(sheet).toHaveLength(facilities + 1);
    expect(sheet).toHaveLength(converted.length);
    // The conversion lower-cased the header and nothing else.
    expect(sheet[0].map((name) => name.toLowerCase())).toEqual(converted[0]);
    const mismatches: number[] = [];
    for (let row = 1; row < converted.length; row++) {
      const cells = converted[row].map((_, column) => sheet[row][column] ?? '');
      if (cells.join('\u0001') !== converted[row].join('\u0001')) mismatches.push(row + 1);
    }
    expect(mismatches).toEqual([]);
    // A sample, compared field by field, so a failure shows the values.
    for (const row of [1, 2, Math.floor(facilities / 2), facilities]) {
      expect(sheet[row].slice(0, 13)).toEqual(converted[row]);
    }
  });

  it('reads the second sheet, chosen by name', () => {
    const sheet = readXlsxSheet(readFileSync(MH_XLSX), 'Service Code Reference');
    const codes = parseCsv(readFileSync(samhsaFile('mh_service_codes_2023.csv'), 'utf8'));
    const fromSheet = new Set(
      sheet
        .slice(1)
        .map((row) => row[2])
        .filter(Boolean),
    );
    const fromCsv = new Set(codes.slice(1).map((row) => row[2]));
    expect(fromSheet).toEqual(fromCsv);
    expect(fromSheet.has('PHDT')).toBe(true);
  });
});

describe('readXlsxSheet on small workbooks', () => {
  it('places cells by their reference, filling gaps in columns and rows', () => {
    const book = buildWorkbook(
      {
        Data: [
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>',
          '<row r="3"><c r="B3"><v>42</v></c><c r="AA3" t="inlineStr"><is><t>  inline  </t></is></c></row>',
        ].join(''),
      },
      ['<t>first</t>', '<r><t>rich </t></r><r><t xml:space="preserve">text &amp; more</t></r>'],
    );
    const rows = readXlsxSheet(book, 'Data');
    expect(rows[0]).toEqual(['first', '', 'rich text & more']);
    expect(rows[1]).toEqual([]);
    expect(rows[2][1]).toBe('42');
    expect(rows[2][26]).toBe('inline');
    expect(rows[2]).toHaveLength(27);
  });

  it('reads booleans, formula strings and numeric entities; leaves out phonetic guides', () => {
    const book = buildWorkbook(
      {
        S: '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="str"><f>A1</f><v>caf&#233;</v></c><c r="C1" t="s"><v>0</v></c></row>',
      },
      ['<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>'],
    );
    expect(readXlsxSheet(book, 'S')).toEqual([['TRUE', 'café', '東京']]);
  });

  it('names the sheets it has when the requested one is missing', () => {
    const book = buildWorkbook({ One: '', 'Two & Three': '' });
    expect(() => readXlsxSheet(book, 'Facilities List')).toThrow(
      /no sheet named "Facilities List".*"One", "Two & Three"/,
    );
  });

  it('rejects a file that is not a ZIP', () => {
    expect(() => readXlsxSheet(Buffer.from('name,street\nA,B\n'), 'Sheet1')).toThrow(
      /Not a ZIP\/\.xlsx file/,
    );
    expect(() => readXlsxSheet(Buffer.alloc(0), 'Sheet1')).toThrow(/Not a ZIP/);
  });

  it('rejects a ZIP that is not a workbook', () => {
    const zip = buildZip([{ name: 'readme.txt', text: 'hello' }]);
    expect(() => readXlsxSheet(zip, 'Sheet1')).toThrow(/xl\/workbook\.xml is missing/);
  });

  it('rejects a truncated workbook', () => {
    const bytes = readFileSync(MH_XLSX);
    expect(() => readXlsxSheet(bytes.subarray(0, bytes.length - 5000), 'Facilities List')).toThrow(
      /Not a ZIP|Corrupt/,
    );
  });

  it('rejects a workbook whose compressed data was damaged', () => {
    const book = buildWorkbook({
      S: `<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(5000)}</t></is></c></row>`,
    });
    const damaged = Buffer.from(book);
    const at = damaged.indexOf('xl/worksheets/sheet1.xml') + 40;
    for (let i = at; i < at + 20; i++) damaged[i] ^= 0xff;
    expect(() => readXlsxSheet(damaged, 'S')).toThrow(/corrupt|Corrupt/);
  });
});
