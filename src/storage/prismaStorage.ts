import crypto from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { Prisma } from '../generated/sqlite/client';
import type { Db } from './database';
import type { FieldCipher } from './fieldCipher';
import type { UserHasher } from './userHasher';

/** Thrown when a write carries an eTag that is no longer current. */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
  }
}

/**
 * Bot Framework `Storage` on Prisma, with MemoryStorage's eTag rules: no eTag or "*" overwrites;
 * any other eTag must match the stored one. The match is a compare-and-swap inside one UPDATE
 * statement, so of two writers holding the same eTag exactly one wins, on any database.
 *
 * This is the hot path of every turn, so it uses Prisma's typed raw SQL (`$queryRaw` tagged
 * templates, parameters bound by the driver adapter) in SQL that SQLite and PostgreSQL share:
 * measured here, that skips the query compiler and costs several times less per call than the
 * model API (see docs/decisions/0003-state-storage-etags.md).
 *
 * Bot Framework state keys embed channel user and conversation ids ("sms/users/+12015550123/"),
 * so with a hasher the stored key is a keyed hash of the key (ADR 0009); values are sealed.
 */
export class PrismaStorage implements Storage {
  constructor(
    private readonly prisma: Db,
    private readonly cipher: FieldCipher,
    private readonly hasher?: Pick<UserHasher, 'stateKey'>,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new TypeError('PrismaStorage.read: keys must be an array of strings');
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const byStoredKey = new Map(keys.map((key) => [this.storedKey(key), key]));
    const stored = [...byStoredKey.keys()];
    const rows =
      stored.length === 1
        ? await this.prisma.$queryRaw<
            Row[]
          >`SELECT "key", "value", "etag" FROM "StateEntry" WHERE "key" = ${stored[0]}`
        : await this.prisma.$queryRaw<
            Row[]
          >`SELECT "key", "value", "etag" FROM "StateEntry" WHERE "key" IN (${Prisma.join(stored)})`;
    for (const row of rows) {
      // A fresh parse per read is what keeps callers from sharing (and mutating) stored objects.
      items[byStoredKey.get(row.key) ?? row.key] = {
        ...JSON.parse(this.cipher.open(row.value)),
        eTag: row.etag,
      };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (changes === null || typeof changes !== 'object') {
      throw new TypeError('PrismaStorage.write: changes must be an object of key -> item');
    }
    for (const [key, item] of Object.entries(changes)) {
      await this.writeOne(key, item ?? {});
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new TypeError('PrismaStorage.delete: keys must be an array of strings');
    if (keys.length === 0) return;
    const stored = keys.map((key) => this.storedKey(key));
    await this.prisma.$executeRaw`DELETE FROM "StateEntry" WHERE "key" IN (${Prisma.join(stored)})`;
  }

  private storedKey(key: string): string {
    return this.hasher ? this.hasher.stateKey(key) : key;
  }

  private async writeOne(name: string, item: Record<string, unknown>): Promise<void> {
    const key = this.storedKey(name);
    const { eTag, ...data } = item;
    const value = this.cipher.seal(JSON.stringify(data));
    const etag = crypto.randomUUID();
    const now = new Date();
    if (eTag === undefined || eTag === null || eTag === '*' || eTag === '') {
      await this.prisma.$executeRaw`INSERT INTO "StateEntry" ("key", "value", "etag", "updatedAt")
        VALUES (${key}, ${value}, ${etag}, ${now})
        ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "etag" = excluded."etag", "updatedAt" = excluded."updatedAt"`;
      return;
    }
    const updated = await this.prisma.$executeRaw`UPDATE "StateEntry"
      SET "value" = ${value}, "etag" = ${etag}, "updatedAt" = ${now}
      WHERE "key" = ${key} AND "etag" = ${String(eTag)}`;
    if (updated === 1) return;
    // Nothing matched: either the key does not exist (MemoryStorage then writes) or its eTag moved
    // on. An insert that yields to an existing row settles which, atomically, on the primary key.
    const inserted = await this.prisma
      .$executeRaw`INSERT INTO "StateEntry" ("key", "value", "etag", "updatedAt")
      VALUES (${key}, ${value}, ${etag}, ${now}) ON CONFLICT ("key") DO NOTHING`;
    if (inserted !== 1) throw new ETagConflictError(key);
  }
}

interface Row {
  key: string;
  value: string;
  etag: string;
}
