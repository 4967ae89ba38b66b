import { CsvSyntaxError, parseCsv, parseCsvRecords } from '../../src/programs/csv';

describe('parseCsv', () => {
  it('splits plain fields and records', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv(',x,\n')).toEqual([['', 'x', '']]);
    expect(parseCsv('a,')).toEqual([['a', '']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'name,note\r\n"Smith, Jo","She said ""hi""\r\nthen left"\r\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'note'],
      ['Smith, Jo', 'She said "hi"\r\nthen left'],
    ]);
  });

  it('accepts CRLF, LF and lone CR line endings and a missing final newline', () => {
    expect(parseCsv('a\r\nb\nc\rd')).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('treats an empty quoted field as empty text', () => {
    expect(parseCsv('"",""\n')).toEqual([['', '']]);
  });

  it('ignores a byte-order mark and returns nothing for empty input', () => {
    expect(parseCsv('\uFEFFa,b')).toEqual([['a', 'b']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('reports the physical line each record starts on', () => {
    const records = parseCsvRecords('h1,h2\n"multi\nline",x\nlast,y\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it('reports the opening line of a quote that is never closed', () => {
    let caught: unknown;
    try {
      parseCsv('a,b\nc,d\ne,"never closed\nmore\n');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CsvSyntaxError);
    expect((caught as CsvSyntaxError).line).toBe(3);
    expect((caught as Error).message).toMatch(/never closed \(line 3\)/);
  });

  it('rejects a quote inside an unquoted field, with its line', () => {
    expect(() => parseCsv('ok\nbad 5" screen\n')).toThrow(/unquoted field.*\(line 2\)/);
  });

  it('rejects text after a closing quote, with its line', () => {
    expect(() => parseCsv('a\n"b"c\n')).toThrow(/after a closing quote \(line 2\)/);
  });

  it('counts lines inside quoted CRLF breaks once', () => {
    const records = parseCsvRecords('"a\r\nb"\r\nnext\r\n');
    expect(records).toEqual([
      { fields: ['a\r\nb'], line: 1 },
      { fields: ['next'], line: 3 },
    ]);
  });
});
