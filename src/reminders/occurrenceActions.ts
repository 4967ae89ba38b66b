import type { Clock } from '../bot/turnServices';
import type { Cohort, Reminder, ReminderOccurrence } from '../generated/sqlite/client';
import { isRegular, snoozeKey } from './occurrencePlan';
import { LIVE_STATUSES, type OccurrenceScheduler } from './occurrenceScheduler';
import { OCCURRENCE_REF_LENGTH } from './reminderReplies';
import { scheduleOccurrence } from './scheduleOccurrence';
import { atomically, type DbClient, type UserLock } from './userLock';

type OccurrenceWithReminder = ReminderOccurrence & {
  reminder: Reminder & { cohort: Pick<Cohort, 'name' | 'cancelled'> | null };
};

/** Outcome of a reply to a reminder; `undefined` from a method means "no such reminder for this person". */
export type SkipResult = 'skipped' | 'already';

const MINUTE_MS = 60_000;
/** Reminders in these states take no more replies (the person ended them, or the channel did). */
const CLOSED = new Set(['stopped', 'undeliverable']);

/**
 * What a person can do with one reminder message: snooze, skip, done, stop. Each finds the
 * occurrence by its short reference among that person's own occurrences only, and runs under the
 * person's lock, so it cannot interleave with a send of the same reminder.
 */
export class OccurrenceActions {
  constructor(
    private readonly lock: UserLock,
    private readonly scheduler: OccurrenceScheduler,
    private readonly clock: Clock,
  ) {}

  /**
   * A delivered reminder comes back `minutes` from now; a still pending one just moves. Tapping
   * snooze twice on one message moves that one snooze instead of adding a second.
   */
  snooze(userHash: string, ref: string, minutes: number): Promise<{ dueAt: Date } | undefined> {
    return this.withOccurrence(userHash, ref, async (tx, o) => {
      if (CLOSED.has(o.reminder.status)) return undefined;
      const now = this.clock.now();
      const dueAt = new Date(now.getTime() + minutes * MINUTE_MS);
      if (o.status === 'pending') {
        await tx.reminderOccurrence.update({ where: { id: o.id }, data: { dueAt, updatedAt: now } });
        return { dueAt };
      }
      if (o.status !== 'sent' && o.status !== 'skipped') return undefined;
      const key = snoozeKey(o.idempotencyKey);
      const moved = await tx.reminderOccurrence.updateMany({
        where: { idempotencyKey: key, status: 'pending' },
        data: { dueAt, updatedAt: now },
      });
      if (moved.count === 0) {
        await scheduleOccurrence(tx, {
          reminderId: o.reminderId,
          scheduledFor: o.scheduledFor,
          dueAt,
          idempotencyKey: key,
          now,
        });
      }
      // A one-time reminder ended with its send; a snooze brings it back until the snooze is sent.
      await tx.reminder.updateMany({
        where: { id: o.reminderId, status: 'ended' },
        data: { status: 'active', updatedAt: now },
      });
      return { dueAt };
    });
  }

  /**
   * Skips this time: a pending occurrence is not sent (and the next one is scheduled); a
   * delivered one is marked as answered with "skip", and its pending snooze, if any, is dropped.
   */
  skip(userHash: string, ref: string): Promise<SkipResult | undefined> {
    return this.withOccurrence(userHash, ref, async (tx, o) => {
      const now = this.clock.now();
      if (o.status !== 'pending' && o.status !== 'sent') return 'already';
      await tx.reminderOccurrence.update({
        where: { id: o.id },
        data: { status: 'skipped', updatedAt: now },
      });
      await this.dropSnooze(tx, o, now);
      if (o.status === 'pending' && isRegular(o.reminderId, o) && o.reminder.status === 'active') {
        await this.scheduler.scheduleNext(tx, o.reminder, o.scheduledFor, now);
      } else {
        await this.scheduler.endIfIdle(tx, o.reminderId, now);
      }
      return 'skipped';
    });
  }

  /**
   * "Done": logs a practice for skill and custom reminders (a session reminder is only
   * acknowledged). A second "Done" on the same message logs nothing more.
   */
  done(userHash: string, ref: string): Promise<{ logged: boolean } | undefined> {
    return this.withOccurrence(userHash, ref, async (tx, o) => {
      const now = this.clock.now();
      await this.dropSnooze(tx, o, now);
      if (o.reminder.kind === 'session') return { logged: false };
      const since = o.sentAt ?? o.dueAt;
      const earlier = await tx.practiceLog.count({
        where: { reminderId: o.reminderId, userHash, completedAt: { gte: since } },
      });
      if (earlier > 0) return { logged: false };
      await tx.practiceLog.create({
        data: { userHash, reminderId: o.reminderId, skillId: o.reminder.skillId, completedAt: now },
      });
      return { logged: true };
    });
  }

  /** "Stop these reminders": ends the reminder this message came from (not a messaging opt-out). */
  stop(userHash: string, ref: string): Promise<boolean | undefined> {
    return this.withOccurrence(userHash, ref, async (tx, o) => {
      const now = this.clock.now();
      await tx.reminder.update({ where: { id: o.reminderId }, data: { status: 'stopped', updatedAt: now } });
      await tx.reminderOccurrence.updateMany({
        where: { reminderId: o.reminderId, status: { in: LIVE_STATUSES } },
        data: { status: 'cancelled', leaseUntil: null, updatedAt: now },
      });
      return true;
    });
  }

  private async dropSnooze(tx: DbClient, o: OccurrenceWithReminder, now: Date): Promise<void> {
    await tx.reminderOccurrence.updateMany({
      where: { idempotencyKey: snoozeKey(o.idempotencyKey), status: 'pending' },
      data: { status: 'cancelled', updatedAt: now },
    });
  }

  private withOccurrence<T>(
    userHash: string,
    ref: string,
    work: (tx: DbClient, o: OccurrenceWithReminder) => Promise<T | undefined>,
  ): Promise<T | undefined> {
    const cleaned = ref.trim().toLowerCase();
    if (!/^[0-9a-f-]+$/.test(cleaned) || cleaned.length < OCCURRENCE_REF_LENGTH)
      return Promise.resolve(undefined);
    return this.lock.run(userHash, (db) =>
      atomically(db, async (tx) => {
        const o = await tx.reminderOccurrence.findFirst({
          where: { id: { startsWith: cleaned }, reminder: { userHash } },
          include: { reminder: { include: { cohort: { select: { name: true, cancelled: true } } } } },
          orderBy: { createdAt: 'desc' },
        });
        return o ? work(tx, o) : undefined;
      }),
    );
  }
}
