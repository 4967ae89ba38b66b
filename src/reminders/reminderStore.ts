import type { Clock } from '../bot/turnServices';
import type { Db } from '../storage/database';
import type { FieldCipher } from '../storage/fieldCipher';
import { OccurrenceActions, type SkipResult } from './occurrenceActions';
import { firstFiring } from './occurrencePlan';
import { LIVE_STATUSES, OccurrenceScheduler } from './occurrenceScheduler';
import { practiceStats, type PracticeStats } from './practiceStats';
import { fixedQuietHours, type QuietHoursPolicy } from './quietHoursPolicy';
import { type NewReminder, type ReminderView, type TimeChange, toReminderView } from './reminderView';
import { atomically, type DbClient, type UserLock } from './userLock';
import { assertTimeZone } from './wallClock';

export type { NewReminder, ReminderKind, ReminderView, TimeChange } from './reminderView';

const SNOOZE_MINUTES = new Set([10, 60]);

/**
 * A person's reminders: create, list, pause and resume, change, delete, and the replies to a
 * delivered reminder (snooze, skip, done, stop). Changes that stop or move sends run under the
 * person's lock (shared with the dispatcher) so they never interleave with a send in progress.
 */
export class ReminderStore {
  private readonly scheduler: OccurrenceScheduler;
  private readonly actions: OccurrenceActions;

  constructor(
    private readonly prisma: Db,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
    private readonly lock: UserLock,
    quietHours: QuietHoursPolicy = fixedQuietHours(),
  ) {
    this.scheduler = new OccurrenceScheduler(quietHours);
    this.actions = new OccurrenceActions(lock, this.scheduler, clock);
  }

  /** Creates the reminder and its first occurrence. Throws RangeError for a bad zone, rule or time. */
  async create(input: NewReminder): Promise<ReminderView> {
    assertTimeZone(input.timeZone);
    const now = this.clock.now();
    const schedule = {
      ...input,
      id: '',
      rrule: input.rrule ?? null,
      leadMinutes: input.leadMinutes ?? 0,
      respectQuietHours: input.respectQuietHours ?? input.kind === 'skill',
    };
    const first = input.firstAt ?? firstFiring(schedule, now);
    if (!first)
      throw new RangeError(
        input.rrule ? 'Recurrence rule has no future occurrence' : 'A one-time reminder needs firstAt',
      );
    if (first.getTime() <= now.getTime()) throw new RangeError('The first reminder time has already passed');
    const id = await atomically(this.prisma, async (tx) => {
      const row = await tx.reminder.create({
        data: {
          userHash: input.userHash,
          conversationKey: input.conversationKey,
          channelId: input.channelId,
          kind: input.kind,
          what: this.cipher.seal(input.what),
          skillId: input.skillId ?? null,
          cohortId: input.cohortId ?? null,
          rrule: schedule.rrule,
          timeZone: input.timeZone,
          leadMinutes: schedule.leadMinutes,
          language: input.language ?? 'en',
          respectQuietHours: schedule.respectQuietHours,
          createdAt: now,
        },
        include: { cohort: { select: { cancelled: true } } },
      });
      await this.scheduler.scheduleAt(tx, row, first, now);
      return row.id;
    });
    return (await this.get(input.userHash, id))!;
  }

  /** The person's reminders that are not deleted, oldest first. */
  async list(userHash: string): Promise<ReminderView[]> {
    const rows = await this.prisma.reminder.findMany({
      where: { userHash },
      orderBy: { createdAt: 'asc' },
      include: { occurrences: { where: { status: 'pending' }, orderBy: { dueAt: 'asc' }, take: 1 } },
    });
    return rows.map((r) => toReminderView(r, this.cipher, r.occurrences[0]?.dueAt ?? null));
  }

  async get(userHash: string, reminderId: string): Promise<ReminderView | undefined> {
    return (await this.list(userHash)).find((r) => r.id === reminderId);
  }

  /** Pauses an active reminder; its queued messages are cancelled until it is resumed. */
  async pause(userHash: string, reminderId: string): Promise<boolean> {
    return this.lock.run(userHash, (db) =>
      atomically(db, async (tx) => {
        const now = this.clock.now();
        const { count } = await tx.reminder.updateMany({
          where: { id: reminderId, userHash, status: 'active' },
          data: { status: 'paused', updatedAt: now },
        });
        if (count === 0) return false;
        await tx.reminderOccurrence.updateMany({
          where: { reminderId, status: { in: LIVE_STATUSES } },
          data: { status: 'cancelled', leaseUntil: null, updatedAt: now },
        });
        return true;
      }),
    );
  }

  /**
   * Resumes a paused (or undeliverable) reminder from now on: a recurring one at its next time;
   * a one-time one only if its time is still ahead.
   */
  async resume(userHash: string, reminderId: string): Promise<ReminderView | undefined> {
    const resumed = await this.lock.run(userHash, (db) =>
      atomically(db, async (tx) => {
        const now = this.clock.now();
        const row = await tx.reminder.findFirst({
          where: { id: reminderId, userHash, status: { in: ['paused', 'undeliverable'] } },
          include: { cohort: { select: { cancelled: true } } },
        });
        if (!row) return false;
        await tx.reminder.update({ where: { id: reminderId }, data: { status: 'active', updatedAt: now } });
        const pendingOnce = row.rrule ? undefined : await this.lastScheduled(tx, reminderId);
        await this.scheduler.reschedule(tx, row, now, pendingOnce);
        return true;
      }),
    );
    return resumed ? this.get(userHash, reminderId) : undefined;
  }

  /** Changes when a reminder fires; queued messages are replaced by the new schedule. */
  async changeTime(
    userHash: string,
    reminderId: string,
    change: TimeChange,
  ): Promise<ReminderView | undefined> {
    if (change.timeZone !== undefined) assertTimeZone(change.timeZone);
    const changed = await this.lock.run(userHash, (db) =>
      atomically(db, async (tx) => {
        const now = this.clock.now();
        const row = await tx.reminder.findFirst({ where: { id: reminderId, userHash } });
        if (!row) return false;
        const updated = await tx.reminder.update({
          where: { id: reminderId },
          data: {
            ...(change.rrule !== undefined ? { rrule: change.rrule } : {}),
            ...(change.timeZone !== undefined ? { timeZone: change.timeZone } : {}),
            ...(change.leadMinutes !== undefined ? { leadMinutes: change.leadMinutes } : {}),
            status: 'active',
            updatedAt: now,
          },
          include: { cohort: { select: { cancelled: true } } },
        });
        if (!updated.rrule && !change.firstAt) throw new RangeError('A one-time reminder needs firstAt');
        const next = await this.scheduler.reschedule(tx, updated, now, change.firstAt);
        if (!next) throw new RangeError('The new time has no future occurrence');
        return true;
      }),
    );
    return changed ? this.get(userHash, reminderId) : undefined;
  }

  /** Deletes one reminder with its occurrences. */
  async delete(userHash: string, reminderId: string): Promise<boolean> {
    return this.lock.run(userHash, (db) =>
      atomically(db, async (tx) => {
        await tx.reminderOccurrence.deleteMany({ where: { reminderId, reminder: { userHash } } });
        return (await tx.reminder.deleteMany({ where: { id: reminderId, userHash } })).count > 0;
      }),
    );
  }

  /** Deletes all of a person's reminders; returns how many. */
  async deleteAll(userHash: string): Promise<number> {
    return this.lock.run(userHash, (db) =>
      atomically(db, async (tx) => {
        await tx.reminderOccurrence.deleteMany({ where: { reminder: { userHash } } });
        return (await tx.reminder.deleteMany({ where: { userHash } })).count;
      }),
    );
  }

  /** Snooze a reminder message by 10 or 60 minutes. */
  async snooze(userHash: string, ref: string, minutes: 10 | 60): Promise<{ dueAt: Date } | undefined> {
    if (!SNOOZE_MINUTES.has(minutes)) throw new RangeError('Snooze is 10 or 60 minutes');
    return this.actions.snooze(userHash, ref, minutes);
  }

  skip(userHash: string, ref: string): Promise<SkipResult | undefined> {
    return this.actions.skip(userHash, ref);
  }

  done(userHash: string, ref: string): Promise<{ logged: boolean } | undefined> {
    return this.actions.done(userHash, ref);
  }

  /** "Stop these reminders" on a message: stops that reminder only. */
  stop(userHash: string, ref: string): Promise<boolean | undefined> {
    return this.actions.stop(userHash, ref);
  }

  /** The id of the person's most recently delivered occurrence (for a bare "done" typed by hand). */
  async latestDelivered(userHash: string): Promise<string | undefined> {
    const row = await this.prisma.reminderOccurrence.findFirst({
      where: { reminder: { userHash }, status: 'sent' },
      orderBy: { sentAt: 'desc' },
      select: { id: true },
    });
    return row?.id;
  }

  /** Logs a practice done outside a reminder (e.g. finishing a guided exercise). */
  async logPractice(userHash: string, skillId: string | null): Promise<void> {
    await this.prisma.practiceLog.create({ data: { userHash, skillId, completedAt: this.clock.now() } });
  }

  /** Practices in the last 7 days, and the current streak of days, on the person's local calendar. */
  async stats(userHash: string, timeZone: string): Promise<PracticeStats> {
    assertTimeZone(timeZone);
    const now = this.clock.now();
    const rows = await this.prisma.practiceLog.findMany({
      where: { userHash, completedAt: { gte: new Date(now.getTime() - 400 * 86_400_000) } },
      select: { completedAt: true },
    });
    return practiceStats(
      rows.map((r) => r.completedAt),
      now,
      timeZone,
    );
  }

  /**
   * Deletes everything reminders keep about a person: reminders, occurrences, practice logs and
   * cohort memberships. Consent history is ConsentStore's, and the standing opt-out is kept.
   */
  async deleteForUser(
    userHash: string,
  ): Promise<{ reminders: number; practices: number; memberships: number }> {
    return this.lock.run(userHash, (db) =>
      atomically(db, async (tx) => {
        await tx.reminderOccurrence.deleteMany({ where: { reminder: { userHash } } });
        const reminders = (await tx.reminder.deleteMany({ where: { userHash } })).count;
        const practices = (await tx.practiceLog.deleteMany({ where: { userHash } })).count;
        const memberships = (await tx.cohortMember.deleteMany({ where: { userHash } })).count;
        return { reminders, practices, memberships };
      }),
    );
  }

  /** A one-time reminder's own time, if still ahead: what resuming it should bring back. */
  private async lastScheduled(tx: DbClient, reminderId: string): Promise<Date | undefined> {
    const row = await tx.reminderOccurrence.findFirst({
      where: { reminderId },
      orderBy: { scheduledFor: 'desc' },
    });
    return row && row.scheduledFor.getTime() > this.clock.now().getTime() ? row.scheduledFor : undefined;
  }
}
