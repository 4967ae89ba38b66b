import { Prisma } from '../generated/sqlite/client';
import type { Claim } from './occurrenceOutcomes';
import type { NewOccurrence } from './scheduleOccurrence';
import type { DbClient } from './userLock';

/**
 * The statements the dispatcher runs for a whole group of occurrences at once. A send costs one
 * HTTP request; these keep the database's share to a few statements per group rather than
 * several per send. Raw SQL written to run unchanged on SQLite and PostgreSQL.
 */

/** What decides, under the people's locks, whether a claimed occurrence may still be sent. */
export interface ClaimState {
  reminderStatus: string;
  optedOut: boolean;
}

/**
 * The current state of each claim that is still ours (same worker, same attempt). A claim missing
 * from the result was taken over by another worker after our lease ran out, or cancelled.
 */
export async function readClaimStates(
  db: DbClient,
  claims: readonly Claim[],
): Promise<Map<string, ClaimState>> {
  if (claims.length === 0) return new Map();
  const rows = await db.$queryRaw<
    { id: string; attempts: number; claimedBy: string; reminderStatus: string; optedOut: number | bigint }[]
  >`
    SELECT o."id", o."attempts", o."claimedBy", r."status" AS "reminderStatus",
      CASE WHEN EXISTS (SELECT 1 FROM "OptOut" x WHERE x."userHash" = r."userHash") THEN 1 ELSE 0 END AS "optedOut"
    FROM "ReminderOccurrence" o JOIN "Reminder" r ON r."id" = o."reminderId"
    WHERE o."id" IN (${Prisma.join(claims.map((c) => c.id))}) AND o."status" = 'claimed'`;
  const byId = new Map(claims.map((c) => [c.id, c]));
  const states = new Map<string, ClaimState>();
  for (const row of rows) {
    const claim = byId.get(row.id);
    if (!claim || claim.claimedBy !== row.claimedBy || claim.attempts !== Number(row.attempts)) continue;
    states.set(row.id, { reminderStatus: row.reminderStatus, optedOut: Number(row.optedOut) === 1 });
  }
  return states;
}

/** Records delivery of every claim still ours; returns the ids recorded. */
export async function markSentMany(
  db: DbClient,
  claims: readonly Claim[],
  sentAt: Date,
): Promise<Set<string>> {
  if (claims.length === 0) return new Set();
  const owned = Prisma.join(
    claims.map((c) => Prisma.sql`(${c.id}, ${c.claimedBy}, CAST(${c.attempts} AS INTEGER))`),
  );
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "ReminderOccurrence"
    SET "status" = 'sent', "sentAt" = ${sentAt}, "leaseUntil" = NULL, "lastError" = NULL, "updatedAt" = ${sentAt}
    WHERE "status" = 'claimed' AND ("id", "claimedBy", "attempts") IN (VALUES ${owned})
    RETURNING "id"`;
  return new Set(rows.map((r) => r.id));
}

/**
 * Inserts pending occurrences, skipping any whose idempotency key exists, except cancelled ones,
 * which come back (see scheduleOccurrence). Keys are made unique first: PostgreSQL refuses an
 * upsert that would touch one row twice.
 */
export async function insertOccurrences(
  db: DbClient,
  occurrences: readonly NewOccurrence[],
  newId: () => string,
): Promise<number> {
  const unique = [...new Map(occurrences.map((o) => [o.idempotencyKey, o])).values()];
  if (unique.length === 0) return 0;
  const values = Prisma.join(
    unique.map(
      (o) =>
        Prisma.sql`(${newId()}, ${o.reminderId}, ${o.scheduledFor}, ${o.dueAt}, 'pending', 0, ${o.idempotencyKey}, ${o.now}, ${o.now})`,
    ),
  );
  return db.$executeRaw`
    INSERT INTO "ReminderOccurrence"
      ("id", "reminderId", "scheduledFor", "dueAt", "status", "attempts", "idempotencyKey", "createdAt", "updatedAt")
    VALUES ${values}
    ON CONFLICT ("idempotencyKey") DO UPDATE SET
      "status" = 'pending', "dueAt" = excluded."dueAt", "attempts" = 0, "lastError" = NULL,
      "claimedBy" = NULL, "leaseUntil" = NULL, "updatedAt" = excluded."updatedAt"
    WHERE "ReminderOccurrence"."status" = 'cancelled'`;
}

/** Marks ended each active reminder that has no occurrence left to send. */
export async function endIdleReminders(
  db: DbClient,
  reminderIds: readonly string[],
  now: Date,
): Promise<void> {
  const ids = [...new Set(reminderIds)];
  if (ids.length === 0) return;
  await db.$executeRaw`
    UPDATE "Reminder" SET "status" = 'ended', "updatedAt" = ${now}
    WHERE "id" IN (${Prisma.join(ids)}) AND "status" = 'active' AND NOT EXISTS (
      SELECT 1 FROM "ReminderOccurrence" o WHERE o."reminderId" = "Reminder"."id" AND o."status" IN ('pending', 'claimed'))`;
}
