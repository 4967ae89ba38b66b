import type { Clock } from '../bot/turnServices';
import type { Language } from '../channels/outboundMessage';
import type { Cohort } from '../generated/sqlite/client';
import type { Db } from '../storage/database';
import type { FieldCipher } from '../storage/fieldCipher';
import { addCancelled, findSession, parseCancelled } from './cohortSessions';
import { newJoinCode, normaliseJoinCode } from './joinCode';
import { firstFiring } from './occurrencePlan';
import { OccurrenceScheduler } from './occurrenceScheduler';
import { fixedQuietHours, type QuietHoursPolicy } from './quietHoursPolicy';
import { nextOccurrence } from './recurrence';
import { atomically, type DbClient, type UserLock } from './userLock';
import { assertTimeZone } from './wallClock';

export interface NewCohort {
  name: string;
  /** RRULE of session start times, wall clock in `timeZone`, e.g. FREQ=WEEKLY;BYDAY=TU,TH;BYHOUR=18;BYMINUTE=0 */
  schedule: string;
  timeZone: string;
  sessionMinutes?: number;
}

export interface CohortView {
  id: string;
  name: string;
  joinCode: string;
  schedule: string;
  timeZone: string;
  sessionMinutes: number;
  /** Cancelled sessions as local date-times, e.g. "2026-12-08T18:00". */
  cancelled: string[];
  members: number;
  nextSession: Date | null;
}

interface Membership {
  cohort: Cohort;
  userHash: string;
  conversationKey: string;
  leadMinutes: number;
  language: Language;
  options: JoinOptions;
}

export interface JoinOptions {
  /** Move session reminders out of quiet hours (default false: a session reminder is time-bound). */
  respectQuietHours?: boolean;
}

/**
 * Program cohorts and their members. Staff create a cohort with a session schedule and hand out
 * its join code; a participant who joins gets a session reminder that follows the schedule.
 * When staff change the schedule or cancel a session, every member's reminder and queued
 * occurrences are recomputed, each under that member's lock.
 */
export class CohortStore {
  private readonly scheduler: OccurrenceScheduler;

  constructor(
    private readonly prisma: Db,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
    private readonly lock: UserLock,
    quietHours: QuietHoursPolicy = fixedQuietHours(),
  ) {
    this.scheduler = new OccurrenceScheduler(quietHours);
  }

  /** Creates a cohort with a fresh join code. Throws RangeError for a bad zone, rule or length. */
  async create(input: NewCohort): Promise<CohortView> {
    const name = input.name.trim();
    if (name.length === 0 || name.length > 100) throw new RangeError('Cohort name must be 1-100 characters');
    const minutes = input.sessionMinutes ?? 180;
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440)
      throw new RangeError('Session length must be 1-1440 minutes');
    this.validateSchedule(input.schedule, input.timeZone);
    for (let attempt = 0; ; attempt += 1) {
      try {
        const row = await this.prisma.cohort.create({
          data: {
            name,
            joinCode: newJoinCode(),
            schedule: input.schedule.trim(),
            timeZone: input.timeZone,
            sessionMinutes: minutes,
          },
        });
        return this.view(row, 0);
      } catch (error) {
        // A code already taken (one chance in a billion per cohort): draw another.
        if ((error as { code?: string }).code !== 'P2002' || attempt >= 4) throw error;
      }
    }
  }

  async list(): Promise<CohortView[]> {
    const rows = await this.prisma.cohort.findMany({
      orderBy: { createdAt: 'asc' },
      include: { _count: { select: { members: true } } },
    });
    return rows.map((r) => this.view(r, r._count.members));
  }

  /** The cohort with this join code (as typed: case, spaces and dashes forgiven). */
  async show(code: string): Promise<CohortView | undefined> {
    const row = await this.find(code);
    return row
      ? this.view(row, await this.prisma.cohortMember.count({ where: { cohortId: row.id } }))
      : undefined;
  }

  /** New session schedule (and optionally zone); members' reminders follow. */
  async changeSchedule(code: string, schedule: string, timeZone?: string): Promise<CohortView | undefined> {
    const row = await this.find(code);
    if (!row) return undefined;
    const zone = timeZone ?? row.timeZone;
    this.validateSchedule(schedule, zone);
    await this.prisma.cohort.update({
      where: { id: row.id },
      data: { schedule: schedule.trim(), timeZone: zone },
    });
    await this.recomputeMembers(row.id, { rrule: schedule.trim(), timeZone: zone });
    return this.show(row.joinCode);
  }

  /**
   * Cancels one session, given as its local start ("2026-12-08T18:00"). Throws RangeError when
   * no session of the cohort starts then.
   */
  async cancelSession(code: string, localStart: string): Promise<CohortView | undefined> {
    const row = await this.find(code);
    if (!row) return undefined;
    const found = findSession(row.schedule, row.timeZone, localStart);
    if (typeof found === 'string') throw new RangeError(found);
    await this.prisma.cohort.update({
      where: { id: row.id },
      data: { cancelled: addCancelled(row.cancelled, localStart.trim()) },
    });
    await this.recomputeMembers(row.id, {});
    return this.show(row.joinCode);
  }

  /** Deletes the cohort, its memberships and session reminders; nothing more is sent for it. */
  async delete(code: string): Promise<boolean> {
    const row = await this.find(code);
    if (!row) return false;
    const reminders = await this.prisma.reminder.findMany({
      where: { cohortId: row.id },
      select: { id: true, userHash: true },
    });
    for (const r of reminders) {
      await this.lock.run(r.userHash, (db) =>
        atomically(db, async (tx) => {
          await tx.reminderOccurrence.deleteMany({ where: { reminderId: r.id } });
          await tx.reminder.deleteMany({ where: { id: r.id } });
        }),
      );
    }
    await this.prisma.cohortMember.deleteMany({ where: { cohortId: row.id } });
    await this.prisma.cohort.delete({ where: { id: row.id } });
    return true;
  }

  /**
   * Adds the person to the cohort and sets up their session reminder, `leadMinutes` before each
   * session. Joining again updates the lead time, language and conversation. Undefined when the
   * code matches no cohort.
   */
  async join(
    code: string,
    userHash: string,
    conversationKey: string,
    leadMinutes: number,
    language: Language,
    options: JoinOptions = {},
  ): Promise<{ cohort: CohortView; reminderId: string } | undefined> {
    if (!Number.isInteger(leadMinutes) || leadMinutes < 0 || leadMinutes > 7 * 1440)
      throw new RangeError('Lead time must be 0-10080 minutes');
    const cohort = await this.find(code);
    if (!cohort) return undefined;
    const member: Membership = { cohort, userHash, conversationKey, leadMinutes, language, options };
    const reminderId = await this.lock.run(userHash, (db) => atomically(db, (tx) => this.enrol(tx, member)));
    return { cohort: (await this.show(cohort.joinCode))!, reminderId };
  }

  /** Upserts the membership and its session reminder, and schedules the reminder afresh. */
  private async enrol(tx: DbClient, m: Membership): Promise<string> {
    const now = this.clock.now();
    const { cohort, userHash, conversationKey, leadMinutes } = m;
    await tx.cohortMember.upsert({
      where: { cohortId_userHash: { cohortId: cohort.id, userHash } },
      create: { cohortId: cohort.id, userHash, conversationKey, leadMinutes, joinedAt: now },
      update: { conversationKey, leadMinutes },
    });
    const fields = {
      conversationKey,
      channelId: conversationKey.split('|')[0],
      leadMinutes,
      language: m.language,
      rrule: cohort.schedule,
      timeZone: cohort.timeZone,
      respectQuietHours: m.options.respectQuietHours ?? false,
      status: 'active',
      updatedAt: now,
    };
    const existing = await tx.reminder.findFirst({
      where: { cohortId: cohort.id, userHash, kind: 'session' },
    });
    const reminder = existing
      ? await tx.reminder.update({ where: { id: existing.id }, data: fields, include: { cohort: true } })
      : await tx.reminder.create({
          data: {
            ...fields,
            userHash,
            kind: 'session',
            what: this.cipher.seal(cohort.name),
            cohortId: cohort.id,
            createdAt: now,
          },
          include: { cohort: true },
        });
    await this.scheduler.reschedule(tx, reminder, now);
    return reminder.id;
  }

  /** Removes the person from the cohort and deletes their session reminder. */
  async leave(code: string, userHash: string): Promise<boolean> {
    const cohort = await this.find(code);
    if (!cohort) return false;
    return this.lock.run(userHash, (db) =>
      atomically(db, async (tx) => {
        await tx.reminderOccurrence.deleteMany({ where: { reminder: { cohortId: cohort.id, userHash } } });
        await tx.reminder.deleteMany({ where: { cohortId: cohort.id, userHash } });
        return (await tx.cohortMember.deleteMany({ where: { cohortId: cohort.id, userHash } })).count > 0;
      }),
    );
  }

  /** Applies a cohort change to every member's session reminder and its queued occurrences. */
  private async recomputeMembers(
    cohortId: string,
    change: { rrule?: string; timeZone?: string },
  ): Promise<void> {
    const reminders = await this.prisma.reminder.findMany({
      // Paused reminders take the new schedule too, so a later resume uses it.
      where: { cohortId, kind: 'session' },
      select: { id: true, userHash: true },
    });
    for (const { id, userHash } of reminders) {
      await this.lock.run(userHash, (db) =>
        atomically(db, async (tx) => {
          const now = this.clock.now();
          const reminder = await tx.reminder.update({
            where: { id },
            data: { ...change, updatedAt: now },
            include: { cohort: true },
          });
          if (reminder.status === 'active') await this.scheduler.reschedule(tx, reminder, now);
        }),
      );
    }
  }

  private async find(code: string): Promise<Cohort | null> {
    const joinCode = normaliseJoinCode(code);
    return joinCode ? this.prisma.cohort.findUnique({ where: { joinCode } }) : null;
  }

  private validateSchedule(schedule: string, timeZone: string): void {
    assertTimeZone(timeZone);
    if (!/BYHOUR=/i.test(schedule) && !/DTSTART/i.test(schedule)) {
      throw new RangeError('The schedule needs a session time (BYHOUR and BYMINUTE)');
    }
    let next: Date | null;
    try {
      next = nextOccurrence(schedule, timeZone, this.clock.now());
    } catch (error) {
      // The rrule package throws plain Errors for syntax; callers treat RangeError as bad input.
      throw new RangeError(`Invalid schedule: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!next) throw new RangeError('The schedule has no future session');
  }

  private view(row: Cohort, members: number): CohortView {
    const schedule = {
      id: row.id,
      kind: 'session',
      rrule: row.schedule,
      timeZone: row.timeZone,
      leadMinutes: 0,
      respectQuietHours: false,
      cohort: row,
    };
    return {
      id: row.id,
      name: row.name,
      joinCode: row.joinCode,
      schedule: row.schedule,
      timeZone: row.timeZone,
      sessionMinutes: row.sessionMinutes,
      cancelled: [...parseCancelled(row.cancelled)],
      members,
      nextSession: firstFiring(schedule, this.clock.now()),
    };
  }
}
