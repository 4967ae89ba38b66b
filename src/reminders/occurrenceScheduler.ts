import crypto from 'node:crypto';
import { endIdleReminders, insertOccurrences } from './groupStatements';
import { dueAtFor, firstFiring, nextFiring, regularKey, type ReminderSchedule } from './occurrencePlan';
import type { QuietHoursPolicy } from './quietHoursPolicy';
import type { NewOccurrence } from './scheduleOccurrence';
import type { DbClient } from './userLock';

/** What the scheduler needs to know about a reminder. */
export type SchedulableReminder = ReminderSchedule & { userHash: string };

/** States in which an occurrence may still be sent. */
export const LIVE_STATUSES = ['pending', 'claimed'];

/** An occurrence that just finished (sent, missed, dead): what comes after it is due now. */
export interface Finished {
  occurrenceId: string;
  reminder: SchedulableReminder;
  /** Its firing time (scheduledFor). */
  previous: Date;
  /** False for a snooze: snoozes never advance the series. */
  regular: boolean;
}

/** The planned follow-up of one finished occurrence. */
export interface Step {
  occurrenceId: string;
  reminderId: string;
  next: NewOccurrence | null;
}

/**
 * Turns a reminder's schedule into occurrence rows: the first one, the one after each send, skip
 * or miss, and a fresh one after a change. Every insert goes through the idempotency key, so
 * scheduling the same time twice is harmless.
 */
export class OccurrenceScheduler {
  constructor(private readonly quietHours: QuietHoursPolicy) {}

  /** Schedules the regular occurrence firing at `firing`. */
  async scheduleAt(db: DbClient, reminder: SchedulableReminder, firing: Date, now: Date): Promise<void> {
    await insertOccurrences(db, [await this.plan(reminder, firing, now)], crypto.randomUUID);
  }

  /**
   * Schedules the occurrence after the firing `previous` (the first from `now` when null) and
   * returns its firing time. When the series has nothing left and no occurrence is still live,
   * the reminder is marked ended.
   */
  async scheduleNext(
    db: DbClient,
    reminder: SchedulableReminder,
    previous: Date | null,
    now: Date,
  ): Promise<Date | null> {
    const next = previous ? nextFiring(reminder, previous, now) : firstFiring(reminder, now);
    if (next) await this.scheduleAt(db, reminder, next, now);
    else await this.endIfIdle(db, reminder.id, now);
    return next;
  }

  /**
   * What follows each finished occurrence: the next regular occurrence, or nothing (a one-time
   * reminder, a snooze, a rule that ended). Pure computation, kept apart from `applyAll` so the
   * dispatcher can do it before opening its recording transaction (on SQLite a transaction
   * should stay as short as possible).
   */
  async planAll(finished: readonly Finished[], now: Date): Promise<Step[]> {
    const steps: Step[] = [];
    for (const f of finished) {
      const next = f.regular ? nextFiring(f.reminder, f.previous, now) : null;
      steps.push({
        occurrenceId: f.occurrenceId,
        reminderId: f.reminder.id,
        next: next ? await this.plan(f.reminder, next, now) : null,
      });
    }
    return steps;
  }

  /** Writes planned steps: one multi-row insert and one update for a whole group. */
  async applyAll(db: DbClient, steps: readonly Step[], now: Date): Promise<void> {
    await insertOccurrences(
      db,
      steps.flatMap((s) => (s.next ? [s.next] : [])),
      crypto.randomUUID,
    );
    await endIdleReminders(
      db,
      steps.filter((s) => !s.next).map((s) => s.reminderId),
      now,
    );
  }

  /** Plans and writes what follows each finished occurrence. */
  async advanceAll(db: DbClient, finished: readonly Finished[], now: Date): Promise<void> {
    await this.applyAll(db, await this.planAll(finished, now), now);
  }

  /**
   * Cancels the reminder's live occurrences and schedules afresh from `now` (or at `firstAt`, for
   * a one-time reminder or a caller that already knows the first firing). Used after a change of
   * time or schedule, and on resume.
   */
  async reschedule(
    db: DbClient,
    reminder: SchedulableReminder,
    now: Date,
    firstAt?: Date,
  ): Promise<Date | null> {
    await db.reminderOccurrence.updateMany({
      where: { reminderId: reminder.id, status: { in: LIVE_STATUSES } },
      data: { status: 'cancelled', leaseUntil: null, updatedAt: now },
    });
    if (firstAt) {
      if (firstAt.getTime() <= now.getTime() && !reminder.rrule) return null;
      await this.scheduleAt(db, reminder, firstAt, now);
      return firstAt;
    }
    return this.scheduleNext(db, reminder, null, now);
  }

  /** Marks an active reminder ended when none of its occurrences can still be sent. */
  endIfIdle(db: DbClient, reminderId: string, now: Date): Promise<void> {
    return endIdleReminders(db, [reminderId], now);
  }

  private async plan(reminder: SchedulableReminder, firing: Date, now: Date): Promise<NewOccurrence> {
    const quiet = await this.quietHours.windowFor(reminder.userHash);
    return {
      reminderId: reminder.id,
      scheduledFor: firing,
      dueAt: dueAtFor(reminder, firing, quiet),
      idempotencyKey: regularKey(reminder.id, firing),
      now,
    };
  }
}
