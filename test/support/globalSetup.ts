import { Client } from 'pg';

/**
 * Decides once whether the PostgreSQL leg runs. Locally, without PostgreSQL, it is left out with a
 * note; on CI (CI=true) an unreachable PostgreSQL fails the run instead of silently passing.
 */
export default async function globalSetup(): Promise<void> {
  const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  process.env.TEST_POSTGRES_URL = adminUrl;
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    process.env.IOP_TEST_POSTGRES = '1';
  } catch (error) {
    if (process.env.CI === 'true') {
      throw new Error(
        `CI=true but PostgreSQL is unreachable at ${adminUrl}: the PostgreSQL leg must run on CI.`,
        {
          cause: error,
        },
      );
    }
    process.env.IOP_TEST_POSTGRES = '0';
    process.stderr.write(
      `\nPostgreSQL not reachable at ${adminUrl}; PostgreSQL tests are left out of this local run.\n`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
