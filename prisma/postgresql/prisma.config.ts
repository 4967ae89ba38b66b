// Prisma CLI configuration for the postgresql schema. Driver adapters run the query engine in
// JavaScript, so no native engine binary is downloaded (ADR 0002).
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

// The schema's datasource reads this variable; the CLI fails to parse the schema without it.
process.env.PRISMA_CLI_DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(__dirname, 'schema.prisma'),
  migrations: { path: path.join(__dirname, 'migrations') },
  adapter: async () => new PrismaPg({ connectionString: process.env.PRISMA_CLI_DATABASE_URL }),
});
