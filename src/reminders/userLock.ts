import type { DatabaseProvider } from '../config/config';
import { Prisma } from '../generated/sqlite/client';
import type { Db } from '../storage/database';
import { KeyedMutex } from './keyedMutex';

/** A Prisma client, or the client of an open transaction: what code running under a lock writes with. */
export type DbClient = Prisma.TransactionClient;

/**
 * Serialises everything that decides whether a person may be messaged: a reminder send (check,
 * send, record) and an opt-out or stop (record, cancel). Whichever takes the lock first finishes
 * before the other looks, so once an opt-out commits nothing further is sent to that person.
 */
export interface UserLock {
  /** Runs `work` while holding the person's lock; `db` is the client to use while holding it. */
  run<T>(userHash: string, work: (db: DbClient) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  /** The same for several people at once (the dispatcher sends to a group under one transaction). */
  runAll<T>(
    userHashes: readonly string[],
    work: (db: DbClient) => Promise<T>,
    options?: { timeoutMs?: number },
  ): Promise<T>;
}

/** Arbitrary namespace for our advisory locks, so they cannot collide with another application's. */
const ADVISORY_NAMESPACE = 72_017;

/**
 * PostgreSQL: a transaction-scoped advisory lock on a hash of the user hash. It holds across bot
 * instances and is released by commit, rollback, or the death of the connection, so a crashed
 * instance cannot leave a person locked. `work` runs inside that transaction.
 */
export class AdvisoryUserLock implements UserLock {
  constructor(
    private readonly prisma: Db,
    private readonly defaultTimeoutMs = 30_000,
  ) {}

  run<T>(
    userHash: string,
    work: (db: DbClient) => Promise<T>,
    options: { timeoutMs?: number } = {},
  ): Promise<T> {
    return this.runAll([userHash], work, options);
  }

  runAll<T>(
    userHashes: readonly string[],
    work: (db: DbClient) => Promise<T>,
    options: { timeoutMs?: number } = {},
  ): Promise<T> {
    const people = [...new Set(userHashes)];
    return this.prisma.$transaction(
      async (tx) => {
        // One statement takes every lock, in ascending key order: two transactions with
        // overlapping groups then queue instead of deadlocking. hashtext collisions only make two
        // people share a lock now and then: slower, never wrong.
        const values = Prisma.join(people.map((u) => Prisma.sql`(CAST(${u} AS TEXT))`));
        await tx.$executeRaw`
          SELECT pg_advisory_xact_lock(${ADVISORY_NAMESPACE}::int, k)
          FROM (SELECT DISTINCT hashtext(u) AS k FROM (VALUES ${values}) AS people(u) ORDER BY k) AS keys`;
        return work(tx);
      },
      { maxWait: 10_000, timeout: options.timeoutMs ?? this.defaultTimeoutMs },
    );
  }
}

/**
 * SQLite: one process owns the database file, so an in-process mutex per person is enough. No
 * transaction is held across `work` (a SQLite write transaction would block every other writer,
 * including the bot's turns, for the length of an HTTP send); writes that must be atomic use
 * `atomically`.
 */
export class ProcessUserLock implements UserLock {
  private readonly mutex = new KeyedMutex();

  constructor(private readonly prisma: Db) {}

  run<T>(userHash: string, work: (db: DbClient) => Promise<T>): Promise<T> {
    return this.mutex.run(userHash, () => work(this.prisma));
  }

  runAll<T>(userHashes: readonly string[], work: (db: DbClient) => Promise<T>): Promise<T> {
    return this.mutex.runAll(userHashes, () => work(this.prisma));
  }
}

/** The lock that fits the database. Share one instance between the dispatcher and the stores. */
export function createUserLock(database: { provider: DatabaseProvider; prisma: Db }): UserLock {
  return database.provider === 'postgresql'
    ? new AdvisoryUserLock(database.prisma)
    : new ProcessUserLock(database.prisma);
}

/** Runs `work` in a transaction, or directly when `db` already is one. */
export function atomically<T>(db: DbClient, work: (tx: DbClient) => Promise<T>): Promise<T> {
  const root = db as Partial<Db>;
  return typeof root.$transaction === 'function' ? (root as Db).$transaction((tx) => work(tx)) : work(db);
}
