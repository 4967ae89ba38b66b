// Prisma CLI configuration for the sqlite schema. Driver adapters run the query engine in
// JavaScript, so no native engine binary is downloaded (ADR 0002).
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

// The schema's datasource reads this variable; the CLI fails to parse the schema without it.
// An in-memory database: the CLI is used only for generate and diff, and ./data may not exist yet.
process.env.PRISMA_CLI_DATABASE_URL ??= 'file::memory:';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(__dirname, 'schema.prisma'),
  migrations: { path: path.join(__dirname, 'migrations') },
  adapter: async () => new PrismaBetterSQLite3({ url: process.env.PRISMA_CLI_DATABASE_URL }),
});
