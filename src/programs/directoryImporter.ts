import type { Db } from '../storage/database';
import { readDirectoryFile, type DirectoryFile, type DirectoryFormat } from './directoryFile';
import type { Geocoder } from './geocoder';
import type { RejectedRow } from './programRecord';
import { writePrograms } from './programWriter';

export interface ImportOptions {
  /** Read the file as this format instead of detecting it (see readDirectoryFile). */
  source?: DirectoryFormat;
  /** Also delete programs of the file's source that the file no longer lists. */
  replace?: boolean;
  /** Stored as createdAt/updatedAt of the rows written. */
  now: Date;
  /** The edition to store (SAMHSA defaults to the year in the file name). */
  edition?: string;
  geocoder?: Geocoder;
}

export interface ImportSummary {
  /** "samhsa-mh", "samhsa-su" or "csv:<file name>"; undefined when the file could not be read. */
  source?: string;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Rows that were not imported, with their spreadsheet row number (header = row 1). */
  rejected: RejectedRow[];
  /** Imported programs whose ZIP has no known position: they are stored but no search finds them. */
  unplaced: number;
  /** Set when the whole file was refused; the database was then left exactly as it was. */
  fileRejected?: string;
}

/**
 * Up to this share of a SAMHSA file's rows may be rejected (the 2023 SU edition lists two
 * facilities twice). More means the file is not the directory it claims to be.
 */
export const SAMHSA_REJECT_LIMIT = 0.01;

/**
 * Imports one directory file. Nothing is written unless the file as a whole is acceptable:
 *
 * - A file that cannot be read (missing, corrupt, not a workbook, wrong columns, broken CSV) or
 *   that yields no importable program is refused.
 * - SAMHSA files: rejected rows (duplicates, rows without an address) are reported and skipped,
 *   but more than 1% of rows rejected refuses the file.
 * - Provider CSVs: rejected rows are reported and the other rows imported, as
 *   docs/programs-csv.md describes, except with `replace`: a replace removes every program the
 *   file does not list, so it needs every row to be valid, or a typo would delete a listing.
 *
 * Accepted files are written in one transaction (see writePrograms), so a failure half-way
 * changes nothing either.
 */
export async function importDirectory(db: Db, file: string, options: ImportOptions): Promise<ImportSummary> {
  const parsed = await readDirectoryFile(file, {
    format: options.source,
    edition: options.edition,
    geocoder: options.geocoder,
  });
  if (!parsed.ok) return refused(undefined, [], parsed.problem);
  const problem = refusal(parsed, options.replace ?? false);
  if (problem) return refused(parsed.source, parsed.rejected, problem);
  const counts = await writePrograms(db, parsed.source, parsed.records, {
    replace: options.replace ?? false,
    now: options.now,
  });
  const unplaced = parsed.records.filter((record) => record.latitude === null).length;
  return { source: parsed.source, ...counts, rejected: parsed.rejected, unplaced };
}

function refusal(file: Extract<DirectoryFile, { ok: true }>, replace: boolean): string | undefined {
  const { records, rejected } = file;
  if (records.length === 0) {
    return rejected.length > 0
      ? 'no row of the file can be imported (see the problems listed)'
      : 'the file lists no programs';
  }
  if (
    file.format === 'samhsa' &&
    rejected.length > SAMHSA_REJECT_LIMIT * (records.length + rejected.length)
  ) {
    return `${rejected.length} of ${records.length + rejected.length} rows were rejected, too many for a SAMHSA directory file`;
  }
  if (file.format === 'csv' && replace && rejected.length > 0) {
    return '--replace needs every row to be valid: fix the rows listed, or import without --replace';
  }
  return undefined;
}

function refused(source: string | undefined, rejected: RejectedRow[], problem: string): ImportSummary {
  return {
    source,
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    rejected,
    unplaced: 0,
    fileRejected: problem,
  };
}
