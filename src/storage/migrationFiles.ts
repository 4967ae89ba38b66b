import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseProvider } from '../config/config';

/** One folder of prisma/<provider>/migrations, as written by `npm run db:migration`. */
export interface MigrationFile {
  name: string;
  sql: string;
  /** sha256 of the SQL, the same checksum Prisma Migrate records. */
  checksum: string;
}

export function migrationsDir(projectRoot: string, provider: DatabaseProvider): string {
  return path.join(projectRoot, 'prisma', provider, 'migrations');
}

export function readMigrationFiles(dir: string): MigrationFile[] {
  if (!fs.existsSync(dir)) {
    throw new Error(`Migrations folder ${dir} is missing; the checkout is incomplete.`);
  }
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{14}_/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
    });
}
