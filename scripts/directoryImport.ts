/**
 * Imports a program directory file into the database the service uses (DATABASE_URL, or the
 * SQLite file under ./data when it is unset):
 *   npm run directory:import -- <file> [--source samhsa|csv] [--replace] [--edition 2023]
 * Exit codes: 0 imported, 1 file refused (nothing changed), 2 bad arguments or configuration.
 */
import dotenv from 'dotenv';
import path from 'node:path';
import { type AppConfig, loadConfig } from '../src/config/config';
import type { DirectoryFormat } from '../src/programs/directoryFile';
import { importDirectory, type ImportSummary } from '../src/programs/directoryImporter';
import { type Database, openDatabase } from '../src/storage/database';

const USAGE = 'usage: npm run directory:import -- <file> [--source samhsa|csv] [--replace] [--edition YEAR]';

/** What the CLI needs from outside, replaceable in tests. */
export interface ImportDeps {
  env?: NodeJS.ProcessEnv;
  write?: (line: string) => void;
  now?: () => Date;
  openDb?: (config: AppConfig) => Promise<Database>;
}

interface ImportArgs {
  file: string;
  source?: DirectoryFormat;
  replace: boolean;
  edition?: string;
}

/** Runs the import for `argv` (without the node and script paths) and returns the exit code. */
export async function runImport(argv: string[], deps: ImportDeps = {}): Promise<number> {
  const write = deps.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const args = readArgs(argv);
  if (typeof args === 'string') {
    write(`${args}\n${USAGE}`);
    return 2;
  }
  let config: AppConfig;
  try {
    config = loadConfig(deps.env ?? process.env);
  } catch (error) {
    write((error as Error).message);
    return 2;
  }
  const open = deps.openDb ?? ((c: AppConfig) => openDatabase({ ...c.database, projectRoot: c.projectRoot }));
  const database = await open(config);
  try {
    const started = Date.now();
    const summary = await importDirectory(database.prisma, args.file, {
      source: args.source,
      replace: args.replace,
      edition: args.edition,
      now: (deps.now ?? (() => new Date()))(),
    });
    for (const line of describe(summary, path.basename(args.file), Date.now() - started)) write(line);
    return summary.fileRejected ? 1 : 0;
  } finally {
    await database.close();
  }
}

function readArgs(argv: string[]): ImportArgs | string {
  const files: string[] = [];
  const args: Omit<ImportArgs, 'file'> = { replace: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--replace') args.replace = true;
    else if (arg === '--source') {
      const value = argv[++i];
      if (value !== 'samhsa' && value !== 'csv') return '--source must be samhsa or csv';
      args.source = value;
    } else if (arg === '--edition') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) return '--edition needs a value, e.g. 2023';
      args.edition = value;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 1)
    return files.length === 0 ? 'missing the file to import' : 'give one file at a time';
  return { ...args, file: files[0] };
}

function describe(summary: ImportSummary, fileName: string, elapsedMs: number): string[] {
  const lines: string[] = [];
  if (summary.fileRejected) {
    lines.push(`${fileName}: file rejected, nothing was changed: ${summary.fileRejected}`);
  } else {
    lines.push(`${fileName}: imported as ${summary.source} in ${(elapsedMs / 1000).toFixed(1)} s`);
    lines.push(`  added:     ${summary.added}`);
    lines.push(`  updated:   ${summary.updated}`);
    lines.push(`  unchanged: ${summary.unchanged}`);
    lines.push(`  removed:   ${summary.removed}`);
  }
  lines.push(`  rejected:  ${summary.rejected.length}`);
  for (const row of summary.rejected) lines.push(`    row ${row.row}: ${row.reason}`);
  if (summary.unplaced > 0) {
    lines.push(
      `  note: ${summary.unplaced} program(s) have a ZIP with no known map position; searches cannot find them`,
    );
  }
  return lines;
}

if (require.main === module) {
  dotenv.config({ quiet: true });
  runImport(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `directory import failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
