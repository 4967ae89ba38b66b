import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { Client } from 'pg';
import type { DatabaseProvider } from '../config/config';
import { type MigrationFile, readMigrationFiles } from './migrationFiles';

/**
 * Applies Prisma Migrate's migration folders at start-up. Prisma's own `migrate deploy` cannot be
 * used: it needs a downloaded engine, and with a driver adapter it fails on PostgreSQL
 * (prisma/orm#27403). The bookkeeping table is Prisma's `_prisma_migrations`, with the same
 * columns and checksums, so Prisma tooling reads the history as its own (ADR 0002).
 */
export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

const HISTORY_COLUMNS = `
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMP,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMP,
  "started_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0`;

const postgresHistoryColumns = HISTORY_COLUMNS.replace(/ TIMESTAMP/g, ' TIMESTAMPTZ');

export async function applyMigrations(
  provider: DatabaseProvider,
  url: string,
  dir: string,
): Promise<MigrationResult> {
  const files = readMigrationFiles(dir);
  return provider === 'sqlite' ? applySqlite(url, files) : applyPostgres(url, files);
}

function checkHistory(files: MigrationFile[], applied: Map<string, string>): MigrationFile[] {
  for (const [name, checksum] of applied) {
    const file = files.find((f) => f.name === name);
    if (file && file.checksum !== checksum) {
      throw new Error(
        `Migration ${name} was changed after it was applied. Migrations are append-only: ` +
          'restore the original file and add a new migration with `npm run db:migration -- <name>`.',
      );
    }
  }
  return files.filter((f) => !applied.has(f.name));
}

export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, '');
}

function applySqlite(url: string, files: MigrationFile[]): MigrationResult {
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Sqlite(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (${HISTORY_COLUMNS})`);
    const rows = db
      .prepare(
        'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL',
      )
      .all() as { migration_name: string; checksum: string }[];
    const pending = checkHistory(files, new Map(rows.map((r) => [r.migration_name, r.checksum])));
    const record = db.prepare(
      'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, CURRENT_TIMESTAMP, ?, 1)',
    );
    for (const migration of pending) {
      // BEGIN IMMEDIATE takes the write lock first, so two processes starting at once cannot
      // both apply the same migration.
      db.transaction(() => {
        db.exec(migration.sql);
        record.run(crypto.randomUUID(), migration.checksum, migration.name);
      }).immediate();
    }
    return { applied: pending.map((m) => m.name), alreadyApplied: rows.length };
  } finally {
    db.close();
  }
}

// Any fixed number shared by all instances; it serialises concurrent start-ups.
const MIGRATION_LOCK_KEY = 727_274_101;

async function applyPostgres(url: string, files: MigrationFile[]): Promise<MigrationResult> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (${postgresHistoryColumns})`);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL',
    );
    const pending = checkHistory(files, new Map(rows.map((r) => [r.migration_name, r.checksum])));
    for (const migration of pending) {
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)',
          [crypto.randomUUID(), migration.checksum, migration.name],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${migration.name} failed on PostgreSQL`, { cause: error });
      }
    }
    return { applied: pending.map((m) => m.name), alreadyApplied: rows.length };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
