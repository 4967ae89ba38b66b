import type { Prisma } from '../generated/sqlite/client';
import type { Db } from '../storage/database';
import type { ProgramRecord } from './programRecord';

export interface WriteCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Programs of this source that were not in the file (only with `replace`). */
  removed: number;
}

export interface WriteOptions {
  replace: boolean;
  now: Date;
}

// 500 rows × 45 columns stays under both SQLite's (32,766) and PostgreSQL's (65,535) bound-parameter limits.
const CREATE_CHUNK = 500;
const DELETE_CHUNK = 1000;
// A national file is ~13,000 rows; on a slow disk the transaction needs far more than Prisma's 5 s default.
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 600_000 };

type Tx = Prisma.TransactionClient;

/**
 * Stores the records of one source in a single transaction: new source keys are inserted in
 * batches, rows whose content hash changed are updated in place (their id, and so any feedback
 * about them, is kept), identical rows are not touched. With `replace`, programs of `source`
 * missing from `records` are deleted. Either all of it happens or none of it does.
 */
export function writePrograms(
  db: Db,
  source: string,
  records: readonly ProgramRecord[],
  options: WriteOptions,
): Promise<WriteCounts> {
  for (const record of records) {
    if (record.source !== source) throw new Error(`writePrograms: a record of ${record.source} in ${source}`);
  }
  return db.$transaction(async (tx) => {
    const existing = await tx.program.findMany({
      where: { source },
      select: { id: true, sourceKey: true, contentHash: true },
    });
    const byKey = new Map(existing.map((row) => [row.sourceKey, row]));
    const fresh: ProgramRecord[] = [];
    const changed: { id: number; record: ProgramRecord }[] = [];
    for (const record of records) {
      const current = byKey.get(record.sourceKey);
      if (!current) fresh.push(record);
      else if (current.contentHash !== record.contentHash) changed.push({ id: current.id, record });
    }
    await insert(tx, fresh, options.now);
    for (const { id, record } of changed) {
      await tx.program.update({ where: { id }, data: { ...record, updatedAt: options.now } });
    }
    const removed = options.replace ? await removeMissing(tx, existing, records) : 0;
    return {
      added: fresh.length,
      updated: changed.length,
      unchanged: records.length - fresh.length - changed.length,
      removed,
    };
  }, TRANSACTION_OPTIONS);
}

async function insert(tx: Tx, records: readonly ProgramRecord[], now: Date): Promise<void> {
  for (let start = 0; start < records.length; start += CREATE_CHUNK) {
    const data = records
      .slice(start, start + CREATE_CHUNK)
      .map((record) => ({ ...record, createdAt: now, updatedAt: now }));
    await tx.program.createMany({ data });
  }
}

async function removeMissing(
  tx: Tx,
  existing: readonly { id: number; sourceKey: string }[],
  records: readonly ProgramRecord[],
): Promise<number> {
  const kept = new Set(records.map((record) => record.sourceKey));
  const ids = existing.filter((row) => !kept.has(row.sourceKey)).map((row) => row.id);
  for (let start = 0; start < ids.length; start += DELETE_CHUNK) {
    await tx.program.deleteMany({ where: { id: { in: ids.slice(start, start + DELETE_CHUNK) } } });
  }
  return ids.length;
}
