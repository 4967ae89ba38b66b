import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { Client } from 'pg';
import type { DatabaseProvider } from '../../src/config/config';
import { applyMigrations, sqliteFilePath } from '../../src/storage/migrator';
import { migrationsDir } from '../../src/storage/migrationFiles';
import { createTestDatabase, projectRoot, providers } from '../support/testDatabases';

/** The SQL Prisma's differ writes to create the current schema from nothing. */
function schemaFromEmpty(provider: DatabaseProvider): string {
  const cli = path.join(projectRoot, 'node_modules', 'prisma', 'build', 'index.js');
  const dir = path.join(projectRoot, 'prisma', provider);
  return execFileSync(
    process.execPath,
    [
      cli,
      'migrate',
      'diff',
      '--from-empty',
      '--to-schema-datamodel',
      path.join(dir, 'schema.prisma'),
      '--script',
      '--config',
      path.join(dir, 'prisma.config.ts'),
    ],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
}

function describeSqlite(file: string): string[] {
  const db = new Sqlite(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE '_prisma_migrations%' AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
      )
      .all() as { type: string; name: string; sql: string | null }[];
    return rows.map((r) => `${r.type} ${r.name}: ${(r.sql ?? '').replace(/\s+/g, ' ')}`);
  } finally {
    db.close();
  }
}

async function describePostgres(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`,
    );
    const indexes = await client.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`,
    );
    const constraints = await client.query(
      `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY conname`,
    );
    return [
      ...columns.rows.map(
        (r) => `column ${r.table_name}.${r.column_name} ${r.data_type} ${r.is_nullable} ${r.column_default}`,
      ),
      ...indexes.rows.map((r) => `index ${r.indexname}: ${r.indexdef}`),
      ...constraints.rows
        .filter((r) => !String(r.conname).startsWith('_prisma_migrations'))
        .map((r) => `constraint ${r.conname}: ${r.def}`),
    ];
  } finally {
    await client.end();
  }
}

async function runScript(provider: DatabaseProvider, url: string, sql: string): Promise<void> {
  if (provider === 'sqlite') {
    const db = new Sqlite(sqliteFilePath(url));
    db.exec(sql);
    db.close();
    return;
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(sql);
  await client.end();
}

async function describeDatabase(provider: DatabaseProvider, url: string): Promise<string[]> {
  return provider === 'sqlite' ? describeSqlite(sqliteFilePath(url)) : describePostgres(url);
}

test('the committed provider schemas are up to date with prisma/models.prisma', () => {
  expect(() =>
    execFileSync(process.execPath, [path.join(projectRoot, 'scripts', 'buildSchemas.js'), '--check'], {
      stdio: 'pipe',
    }),
  ).not.toThrow();
});

describe.each(providers())('migrations on %s', (provider) => {
  test('applying every migration yields exactly the schema Prisma derives from schema.prisma', async () => {
    const migrated = await createTestDatabase(provider);
    const fromSchema = await createTestDatabase(provider);
    try {
      const result = await applyMigrations(provider, migrated.url, migrationsDir(projectRoot, provider));
      expect(result.applied.length).toBeGreaterThan(0);
      await runScript(provider, fromSchema.url, schemaFromEmpty(provider));
      const actual = await describeDatabase(provider, migrated.url);
      expect(actual.length).toBeGreaterThan(10);
      expect(actual).toEqual(await describeDatabase(provider, fromSchema.url));
    } finally {
      await migrated.destroy();
      await fromSchema.destroy();
    }
  });

  test('a second start applies nothing, and two concurrent starts apply each migration once', async () => {
    const target = await createTestDatabase(provider);
    try {
      const dir = migrationsDir(projectRoot, provider);
      const [a, b] = await Promise.all([
        applyMigrations(provider, target.url, dir),
        applyMigrations(provider, target.url, dir),
      ]);
      const total = a.applied.length + b.applied.length;
      expect(total).toBe(Math.max(a.applied.length, b.applied.length));
      const again = await applyMigrations(provider, target.url, dir);
      expect(again.applied).toEqual([]);
    } finally {
      await target.destroy();
    }
  });
});
