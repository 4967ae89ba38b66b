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
export function retryLater(
  db: DbClient,
  claim: Claim,
  dueAt: Date,
  lastError: string,
  now: Date,
): Promise<boolean> {
  return settle(db, claim, {
    status: 'pending',
    dueAt,
    lastError,
    claimedBy: null,
    leaseUntil: null,
    updatedAt: now,
  });
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
