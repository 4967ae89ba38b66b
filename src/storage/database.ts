import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { DatabaseProvider } from '../config/config';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client';
import { PrismaClient as PostgresClient } from '../generated/postgresql/client';
import { applyMigrations, type MigrationResult, sqliteFilePath } from './migrator';
import { migrationsDir, readMigrationFiles } from './migrationFiles';
import { type QueryObserver, timedAdapter } from './queryTiming';

/**
 * The Prisma client for either database. Both clients are generated from the same models
 * (prisma/models.prisma), so they expose the same API; the SQLite client's type stands for both.
 */
export type Db = SqliteClient;

export interface Database {
  readonly provider: DatabaseProvider;
  readonly prisma: Db;
  /** True when the database answers and every migration in the checkout is applied. */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  provider: DatabaseProvider;
  url: string;
  projectRoot: string;
  /** Apply pending migrations before returning (the default). */
  migrate?: boolean;
  /** PostgreSQL pool size per process. */
  poolSize?: number;
  /** Told the table, verb and duration of every statement (metrics); never its parameters. */
  onQuery?: QueryObserver;
}

export async function openDatabase(
  options: DatabaseOptions,
): Promise<Database & { migration?: MigrationResult }> {
  const dir = migrationsDir(options.projectRoot, options.provider);
  const migration =
    options.migrate === false ? undefined : await applyMigrations(options.provider, options.url, dir);
  const prisma =
    options.provider === 'sqlite' ? await openSqlite(options.url, options.onQuery) : openPostgres(options);
  const expected = readMigrationFiles(dir).map((m) => m.name);
  return {
    provider: options.provider,
    prisma,
    migration,
    async isReady() {
      try {
        const rows = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
          'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        );
        const applied = new Set(rows.map((r) => r.migration_name));
        if (!expected.every((name) => applied.has(name))) return false;
        // The history can say "applied" while the tables are gone (a restored or damaged file).
        await prisma.stateEntry.findFirst({ select: { key: true } });
        return true;
      } catch {
        return false;
      }
    },
    close: () => prisma.$disconnect(),
  };
}

async function openSqlite(url: string, onQuery?: QueryObserver): Promise<Db> {
  const factory = new PrismaBetterSQLite3({ url: `file:${sqliteFilePath(url)}`, timeout: 5000 });
  const adapter = onQuery ? timedAdapter(factory, onQuery) : factory;
  const prisma = new SqliteClient({ adapter });
  // WAL turns each commit's fsync of the whole journal into an append, which is what makes a
  // state write cheap enough to do every turn.
  await prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await prisma.$queryRawUnsafe('PRAGMA synchronous = NORMAL');
  return prisma;
}

function openPostgres(options: DatabaseOptions): Db {
  const factory = new PrismaPg({ connectionString: options.url, max: options.poolSize ?? 10 });
  const adapter = options.onQuery ? timedAdapter(factory, options.onQuery) : factory;
  return new PostgresClient({ adapter }) as unknown as Db;
}
