/** A CSV syntax error, with the 1-based physical line where the problem was found. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`${message} (line ${line})`);
    this.name = 'CsvSyntaxError';
  }
}

/** One CSV record and the 1-based physical line it starts on (records may span lines). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/**
 * Parses RFC 4180 CSV: comma-separated fields, optional double quotes around a field, `""` for a
 * quote inside a quoted field, line breaks inside quoted fields, and CRLF, LF or CR line endings.
 * A leading byte-order mark is ignored and a final line break does not create an empty record.
 * Throws CsvSyntaxError for a quote in an unquoted field, text after a closing quote, or a quote
 * that is never closed.
 */
export function parseCsvRecords(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const state = { at: 0, line: 1 };
  while (state.at < source.length) {
    const line = state.line;
    records.push({ fields: readRecord(source, state), line });
  }
  return records;
}

/** Same as parseCsvRecords, fields only. */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).map((record) => record.fields);
}

interface Cursor {
  at: number;
  line: number;
}

/** Reads fields until the end of the record, leaving the cursor after its line break. */
function readRecord(source: string, cursor: Cursor): string[] {
  const fields: string[] = [];
  for (;;) {
    fields.push(
      source.charCodeAt(cursor.at) === QUOTE ? readQuoted(source, cursor) : readPlain(source, cursor),
    );
    const next = source.charCodeAt(cursor.at);
    if (next === COMMA) {
      cursor.at++;
      continue;
    }
    skipLineBreak(source, cursor);
    return fields;
  }
}

function readPlain(source: string, cursor: Cursor): string {
  const start = cursor.at;
  for (; cursor.at < source.length; cursor.at++) {
    const code = source.charCodeAt(cursor.at);
    if (code === COMMA || code === CR || code === LF) break;
    if (code === QUOTE)
      throw new CsvSyntaxError(
        'A double quote appears inside an unquoted field; put the whole field in quotes and double the quote',
        cursor.line,
      );
  }
  return source.slice(start, cursor.at);
}

function readQuoted(source: string, cursor: Cursor): string {
  const startLine = cursor.line;
  let value = '';
  let chunkStart = ++cursor.at;
  for (; cursor.at < source.length; cursor.at++) {
    const code = source.charCodeAt(cursor.at);
    if (code === LF || (code === CR && source.charCodeAt(cursor.at + 1) !== LF)) cursor.line++;
    if (code !== QUOTE) continue;
    value += source.slice(chunkStart, cursor.at);
    if (source.charCodeAt(cursor.at + 1) === QUOTE) {
      chunkStart = ++cursor.at;
      continue;
    }
    cursor.at++;
    assertFieldEnds(source, cursor);
    return value;
  }
  throw new CsvSyntaxError('A quoted field is never closed', startLine);
}

function assertFieldEnds(source: string, cursor: Cursor): void {
  if (cursor.at >= source.length) return;
  const code = source.charCodeAt(cursor.at);
  if (code !== COMMA && code !== CR && code !== LF) {
    throw new CsvSyntaxError('Unexpected text after a closing quote', cursor.line);
  }
}

function skipLineBreak(source: string, cursor: Cursor): void {
  const code = source.charCodeAt(cursor.at);
  if (code === CR) cursor.at++;
  if (source.charCodeAt(cursor.at) === LF) cursor.at++;
  if (code === CR || code === LF) cursor.line++;
}
