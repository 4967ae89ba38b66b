import crypto from 'node:crypto';
import { insertOccurrences } from './groupStatements';
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
  return (await insertOccurrences(db, [o], crypto.randomUUID)) > 0;
}
