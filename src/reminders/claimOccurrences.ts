import type { DatabaseProvider } from '../config/config';
import type { Cohort, Reminder, ReminderOccurrence } from '../generated/sqlite/client';
import type { Db } from '../storage/database';

/** A claimed occurrence with what is needed to send it. */
export type ClaimedOccurrence = ReminderOccurrence & {
  reminder: Reminder & { cohort: Pick<Cohort, 'name' | 'cancelled'> | null };
};

export interface ClaimRequest {
  workerId: string;
  now: Date;
  leaseMs: number;
  limit: number;
}

/**
 * Atomically claims up to `limit` due occurrences: pending ones whose time has come, and claimed
 * ones whose lease ran out (their worker died or hung). Each claim sets the lease, the worker id
 * and attempts + 1, in the same statement that selects, so no two workers can claim one row.
 */
export async function claimOccurrences(
  db: Db,
  provider: DatabaseProvider,
  request: ClaimRequest,
): Promise<ClaimedOccurrence[]> {
  const ids =
    provider === 'postgresql' ? await claimOnPostgres(db, request) : await claimOnSqlite(db, request);
  if (ids.length === 0) return [];
  return db.reminderOccurrence.findMany({
    where: { id: { in: ids }, claimedBy: request.workerId, status: 'claimed' },
    include: { reminder: { include: { cohort: { select: { name: true, cancelled: true } } } } },
    orderBy: { dueAt: 'asc' },
  });
}

/**
 * FOR UPDATE SKIP LOCKED lets several instances claim side by side: each takes rows no other
 * transaction holds, instead of queueing on them. The lease (not the row lock, which ends with
 * the statement) is what keeps the claim.
 */
async function claimOnPostgres(db: Db, r: ClaimRequest): Promise<string[]> {
  const leaseUntil = new Date(r.now.getTime() + r.leaseMs);
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "ReminderOccurrence"
    SET "status" = 'claimed', "leaseUntil" = ${leaseUntil}, "claimedBy" = ${r.workerId},
        "attempts" = "attempts" + 1, "updatedAt" = ${r.now}
    WHERE "id" IN (
      SELECT "id" FROM "ReminderOccurrence"
      WHERE ("status" = 'pending' AND "dueAt" <= ${r.now}) OR ("status" = 'claimed' AND "leaseUntil" < ${r.now})
      ORDER BY "dueAt"
      LIMIT ${r.limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id"`;
  return rows.map((row) => row.id);
}

/** SQLite has one writer at a time, so a single UPDATE ... RETURNING is already atomic. */
async function claimOnSqlite(db: Db, r: ClaimRequest): Promise<string[]> {
  const leaseUntil = new Date(r.now.getTime() + r.leaseMs);
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "ReminderOccurrence"
    SET "status" = 'claimed', "leaseUntil" = ${leaseUntil}, "claimedBy" = ${r.workerId},
        "attempts" = "attempts" + 1, "updatedAt" = ${r.now}
    WHERE "id" IN (
      SELECT "id" FROM "ReminderOccurrence"
      WHERE ("status" = 'pending' AND "dueAt" <= ${r.now}) OR ("status" = 'claimed' AND "leaseUntil" < ${r.now})
      ORDER BY "dueAt"
      LIMIT ${r.limit})
    RETURNING "id"`;
  return rows.map((row) => row.id);
}
