import { open, readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Geocoder } from './geocoder';
import type { ProgramRecord, RejectedRow } from './programRecord';
import { parseProviderCsv } from './providerCsv';
import { readSamhsaFile } from './samhsaParser';

/** The two file formats the importer reads. */
export type DirectoryFormat = 'samhsa' | 'csv';

export interface DirectoryFileOptions {
  /** Skip detection and read the file as this format. */
  format?: DirectoryFormat;
  /** Overrides the edition (SAMHSA: taken from the file name's year; provider CSV: none). */
  edition?: string;
  geocoder?: Geocoder;
}

/** A file read into program records, before anything touches the database. */
export type DirectoryFile =
  | {
      ok: true;
      format: DirectoryFormat;
      /** The `source` every record carries: "samhsa-mh", "samhsa-su" or "csv:<file name>". */
      source: string;
      records: ProgramRecord[];
      rejected: RejectedRow[];
    }
  | { ok: false; format?: DirectoryFormat; problem: string };

/**
 * Reads a SAMHSA directory (.xlsx workbook or its .csv conversion) or a provider programs CSV
 * (docs/programs-csv.md). Without `format`, a workbook is SAMHSA and a CSV is SAMHSA when its
 * header has SAMHSA's Service_code_info column. A file that cannot be read at all comes back as
 * `{ ok: false, problem }`, never as an exception.
 */
export async function readDirectoryFile(
  path: string,
  options: DirectoryFileOptions = {},
): Promise<DirectoryFile> {
  let format: DirectoryFormat | undefined = options.format;
  try {
    if (!(await stat(path)).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    format ??= await detectFormat(path);
    return format === 'samhsa' ? await readSamhsa(path, options) : await readProviderFile(path, options);
  } catch (error) {
    return { ok: false, format, problem: describeError(error) };
  }
}

type ReadFile = Extract<DirectoryFile, { ok: true }>;

async function readSamhsa(path: string, options: DirectoryFileOptions): Promise<ReadFile> {
  if (!options.edition && !/20\d\d/.test(basename(path))) {
    throw new Error(
      'the file name has no year, so the edition is unknown: add --edition, e.g. --edition 2023',
    );
  }
  const parsed = await readSamhsaFile(path, { edition: options.edition, geocoder: options.geocoder });
  return {
    ok: true,
    format: 'samhsa',
    source: parsed.kind,
    records: parsed.records,
    rejected: parsed.rejected,
  };
}

async function readProviderFile(path: string, options: DirectoryFileOptions): Promise<ReadFile> {
  const fileName = basename(path);
  const text = (await readFile(path)).toString('utf8');
  const parsed = parseProviderCsv(text, { fileName, edition: options.edition, geocoder: options.geocoder });
  return {
    ok: true,
    format: 'csv',
    source: `csv:${fileName}`,
    records: parsed.records,
    rejected: parsed.rejected,
  };
}

async function detectFormat(path: string): Promise<DirectoryFormat> {
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx') return 'samhsa';
  if (extension !== '.csv') {
    throw new Error(
      `cannot tell what kind of file ${basename(path)} is; use --source samhsa or --source csv`,
    );
  }
  const header = (await firstLine(path)).toLowerCase();
  return /(^|,)\s*"?service_code_info"?\s*(,|$)/.test(header) ? 'samhsa' : 'csv';
}

/** The first line of a text file, reading only its first few kilobytes. */
async function firstLine(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.toString('utf8', 0, bytesRead).split(/\r\n|\r|\n/)[0];
  } finally {
    await handle.close();
  }
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'the file does not exist';
  if (code === 'EACCES') return 'the file cannot be read (permission denied)';
  if (code === 'EISDIR') return 'that is a folder, not a file';
  return error instanceof Error ? error.message : String(error);
}
