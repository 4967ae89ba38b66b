import type { DbClient } from './userLock';

/** The identity of one claim: the row, the worker that holds it, and which attempt this is. */
export interface Claim {
  id: string;
  claimedBy: string | null;
  attempts: number;
}

/**
 * Every outcome is written only if the claim is still ours: same worker and same attempt number.
 * If the lease ran out and another worker re-claimed the row, attempts moved on and our write
 * changes nothing, so a slow worker can never overwrite the newer claim's result.
 */
function owned(claim: Claim) {
  return { id: claim.id, status: 'claimed', claimedBy: claim.claimedBy, attempts: claim.attempts };
}

async function settle(db: DbClient, claim: Claim, data: Record<string, unknown>): Promise<boolean> {
  const { count } = await db.reminderOccurrence.updateMany({ where: owned(claim), data });
  return count === 1;
}

/**
 * Records delivery. Raw SQL because this runs once per send: a raw statement costs a fraction of
 * a model query in Prisma's client engine, and at hundreds of sends a second that is the budget.
 */
export async function markSent(db: DbClient, claim: Claim, sentAt: Date): Promise<boolean> {
  const changed = await db.$executeRaw`
    UPDATE "ReminderOccurrence"
    SET "status" = 'sent', "sentAt" = ${sentAt}, "leaseUntil" = NULL, "lastError" = NULL, "updatedAt" = ${sentAt}
    WHERE "id" = ${claim.id} AND "status" = 'claimed' AND "claimedBy" = ${claim.claimedBy} AND "attempts" = ${claim.attempts}`;
  return changed === 1;
}

/** What decides, under the person's lock, whether a claimed occurrence may still be sent. */
export interface ClaimState {
  reminderStatus: string;
  optedOut: boolean;
}

/**
 * The claim's current state in one query: undefined when the claim is no longer ours (another
 * worker took over after our lease ran out, or a stop cancelled it), otherwise the reminder's
 * status and whether the person has opted out.
 */
export async function readClaimState(db: DbClient, claim: Claim): Promise<ClaimState | undefined> {
  const rows = await db.$queryRaw<{ reminderStatus: string; optedOut: number | bigint }[]>`
    SELECT r."status" AS "reminderStatus",
      CASE WHEN EXISTS (SELECT 1 FROM "OptOut" x WHERE x."userHash" = r."userHash") THEN 1 ELSE 0 END AS "optedOut"
    FROM "ReminderOccurrence" o JOIN "Reminder" r ON r."id" = o."reminderId"
    WHERE o."id" = ${claim.id} AND o."status" = 'claimed' AND o."claimedBy" = ${claim.claimedBy} AND o."attempts" = ${claim.attempts}`;
  const row = rows[0];
  return row ? { reminderStatus: row.reminderStatus, optedOut: Number(row.optedOut) === 1 } : undefined;
}

/** Ends the occurrence without sending it (or after giving up on it). */
export function markFinished(
  db: DbClient,
  claim: Claim,
  status: 'missed' | 'cancelled' | 'failed' | 'dead',
  now: Date,
  lastError?: string,
): Promise<boolean> {
  return settle(db, claim, { status, leaseUntil: null, updatedAt: now, ...(lastError ? { lastError } : {}) });
}

/** Puts the occurrence back in the queue for another attempt at `dueAt`. */
export function retryLater(db: DbClient, claim: Claim, dueAt: Date, lastError: string, now: Date): Promise<boolean> {
  return settle(db, claim, { status: 'pending', dueAt, lastError, claimedBy: null, leaseUntil: null, updatedAt: now });
}

/**
 * Hands the occurrence back without counting an attempt: nothing was tried (shutdown, or the
 * conversation's rate limit asked for a wait longer than worth holding the claim).
 */
export function release(db: DbClient, claim: Claim, dueAt: Date, now: Date): Promise<boolean> {
  return settle(db, claim, {
    status: 'pending',
    dueAt,
    attempts: Math.max(0, claim.attempts - 1),
    claimedBy: null,
    leaseUntil: null,
    updatedAt: now,
  });
}
