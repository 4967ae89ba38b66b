import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DatabaseProvider } from '../../src/config/config';
import { type Database, openDatabase } from '../../src/storage/database';

export const projectRoot = path.resolve(__dirname, '..', '..');

export function postgresEnabled(): boolean {
  return process.env.IOP_TEST_POSTGRES === '1';
}

/** The providers this run covers: SQLite always, PostgreSQL when reachable (always on CI). */
export function providers(): DatabaseProvider[] {
  return postgresEnabled() ? ['sqlite', 'postgresql'] : ['sqlite'];
}

function adminUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export interface TestDatabase {
  provider: DatabaseProvider;
  url: string;
  /** Drops the database (PostgreSQL) or deletes the file (SQLite). */
  destroy(): Promise<void>;
}

/** A new, empty database of the given kind (not migrated). */
export async function createTestDatabase(provider: DatabaseProvider): Promise<TestDatabase> {
  const id = crypto.randomBytes(6).toString('hex');
  if (provider === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iop-test-'));
    const file = path.join(dir, `test-${id}.db`);
    return {
      provider,
      url: `file:${file}`,
      destroy: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `iop_test_${id}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    provider,
    url: withDatabase(adminUrl(), name),
    destroy: async () => {
      const c = new Client({ connectionString: adminUrl() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A migrated database with a Prisma client, and a cleanup that closes and removes it. */
export async function openTestDatabase(
  provider: DatabaseProvider,
): Promise<{ db: Database; test: TestDatabase; cleanup: () => Promise<void> }> {
  const test = await createTestDatabase(provider);
  const db = await openDatabase({ provider, url: test.url, projectRoot, poolSize: 4 });
  return {
    db,
    test,
    cleanup: async () => {
      await db.close();
      await test.destroy();
    },
  };
}
