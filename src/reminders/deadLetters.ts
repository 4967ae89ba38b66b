import type { Db } from '../storage/database';
import { occurrenceRef } from './reminderReplies';

/** A dead-lettered occurrence, as operators see it: ids, times and error codes, never the text. */
export interface DeadLetter {
  ref: string;
  occurrenceId: string;
  reminderId: string;
  kind: string;
  channelId: string;
  attempts: number;
  lastError: string | null;
  scheduledFor: Date;
  deadSince: Date;
}

/** The most recently dead-lettered occurrences, newest first. */
export async function listDeadLetters(prisma: Db, limit = 50): Promise<DeadLetter[]> {
  const rows = await prisma.reminderOccurrence.findMany({
    where: { status: 'dead' },
    orderBy: { updatedAt: 'desc' },
    take: limit,
    include: { reminder: { select: { kind: true, channelId: true } } },
  });
  return rows.map((r) => ({
    ref: occurrenceRef(r.id),
    occurrenceId: r.id,
    reminderId: r.reminderId,
    kind: r.reminder.kind,
    channelId: r.reminder.channelId,
    attempts: r.attempts,
    lastError: r.lastError,
    scheduledFor: r.scheduledFor,
    deadSince: r.updatedAt,
  }));
}
