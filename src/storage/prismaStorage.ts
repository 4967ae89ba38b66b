import crypto from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Db } from './database';
import type { FieldCipher } from './fieldCipher';

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
 */
export class PrismaStorage implements Storage {
  constructor(
    private readonly prisma: Db,
    private readonly cipher: FieldCipher,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new TypeError('PrismaStorage.read: keys must be an array of strings');
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const rows =
      keys.length === 1
        ? [await this.prisma.stateEntry.findUnique({ where: { key: keys[0] } })]
        : await this.prisma.stateEntry.findMany({ where: { key: { in: keys } } });
    for (const row of rows) {
      if (!row) continue;
      // A fresh parse per read is what keeps callers from sharing (and mutating) stored objects.
      items[row.key] = { ...JSON.parse(this.cipher.open(row.value)), eTag: row.etag };
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
    await this.prisma.stateEntry.deleteMany({ where: { key: { in: keys } } });
  }

  private async writeOne(key: string, item: Record<string, unknown>): Promise<void> {
    const { eTag, ...data } = item;
    const value = this.cipher.seal(JSON.stringify(data));
    const etag = crypto.randomUUID();
    if (eTag === undefined || eTag === null || eTag === '*' || eTag === '') {
      await this.prisma.stateEntry.upsert({ where: { key }, create: { key, value, etag }, update: { value, etag } });
      return;
    }
    const { count } = await this.prisma.stateEntry.updateMany({
      where: { key, etag: String(eTag) },
      data: { value, etag },
    });
    if (count === 1) return;
    // Nothing matched: either the key does not exist (MemoryStorage then writes) or its eTag moved
    // on. Creating settles which, atomically, through the primary key.
    try {
      await this.prisma.stateEntry.create({ data: { key, value, etag } });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ETagConflictError(key);
      throw error;
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}
