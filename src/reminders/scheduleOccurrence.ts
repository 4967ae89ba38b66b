import crypto from 'node:crypto';
import type { DbClient } from './userLock';

export interface NewOccurrence {
  reminderId: string;
  scheduledFor: Date;
  dueAt: Date;
  idempotencyKey: string;
  now: Date;
}

/**
 * Inserts a pending occurrence unless one with the same idempotency key exists. Written as one
 * `INSERT ... ON CONFLICT` because two writers may race to schedule the same time (a send
 * completing while staff change the schedule), and on PostgreSQL a failed plain INSERT would
 * abort the whole surrounding transaction. An existing occurrence is left alone, except a
 * cancelled one, which comes back (a paused reminder resumed before its time, a session
 * un-cancelled). Returns true when a pending occurrence was created or revived.
 */
export async function scheduleOccurrence(db: DbClient, o: NewOccurrence): Promise<boolean> {
  const id = crypto.randomUUID();
  const changed = await db.$executeRaw`
    INSERT INTO "ReminderOccurrence"
      ("id", "reminderId", "scheduledFor", "dueAt", "status", "attempts", "idempotencyKey", "createdAt", "updatedAt")
    VALUES (${id}, ${o.reminderId}, ${o.scheduledFor}, ${o.dueAt}, 'pending', 0, ${o.idempotencyKey}, ${o.now}, ${o.now})
    ON CONFLICT ("idempotencyKey") DO UPDATE SET
      "status" = 'pending', "dueAt" = excluded."dueAt", "attempts" = 0, "lastError" = NULL,
      "claimedBy" = NULL, "leaseUntil" = NULL, "updatedAt" = excluded."updatedAt"
    WHERE "ReminderOccurrence"."status" = 'cancelled'`;
  return changed > 0;
}
