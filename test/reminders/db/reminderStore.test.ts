import { DateTime } from 'luxon';
import { ReminderStore } from '../../../src/reminders/reminderStore';
import { providers } from '../../support/testDatabases';
import { drain, type Harness, openHarness, type Person, refOf, START, ZONE } from './harness';

const MINUTE = 60_000;

function local(iso: string): Date {
  return DateTime.fromISO(iso, { zone: ZONE }).toJSDate();
}

describe.each(providers())('reminder store on %s', (provider) => {
  let h: Harness;

  beforeAll(async () => {
    h = await openHarness(provider);
  });

  afterAll(async () => {
    await h.close();
  });

  beforeEach(() => {
    h.clock.set(START);
  });

  /** A daily 10:00 skill reminder, delivered once; returns the delivered message's reference. */
  async function deliveredDaily(person: Person): Promise<{ reminderId: string; ref: string }> {
    const reminder = await h.reminders.create({
      ...person,
      kind: 'skill',
      what: 'grounding',
      skillId: 'grounding-54321',
      rrule: 'FREQ=DAILY;BYHOUR=10;BYMINUTE=0',
      timeZone: ZONE,
    });
    h.clock.set(local('2026-12-01T10:00:20'));
    await drain(h.dispatcher());
    const captured = h.capturesFor(person);
    expect(captured).toHaveLength(1);
    return { reminderId: reminder.id, ref: refOf(captured[0])! };
  }

  it('stores the reminder text sealed, and lists it opened with its next time', async () => {
    const person = await h.person();
    const created = await h.reminders.create({
      ...person,
      kind: 'custom',
      what: 'refill prescription',
      firstAt: local('2026-12-03T12:00'),
      timeZone: ZONE,
      language: 'es',
    });
    const row = await h.prisma.reminder.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.what).not.toContain('refill');
    expect(await h.reminders.list(person.userHash)).toEqual([
      expect.objectContaining({
        id: created.id,
        what: 'refill prescription',
        language: 'es',
        status: 'active',
        nextAt: local('2026-12-03T12:00'),
      }),
    ]);
    expect(await h.reminders.list((await h.person()).userHash)).toEqual([]);
  });

  it('rejects an unknown zone, a bad rule, and a first time already past', async () => {
    const person = await h.person();
    await expect(
      h.reminders.create({
        ...person,
        kind: 'custom',
        what: 'x',
        rrule: 'FREQ=DAILY;BYHOUR=9',
        timeZone: 'Mars/Olympus',
      }),
    ).rejects.toThrow(RangeError);
    await expect(
      h.reminders.create({ ...person, kind: 'custom', what: 'x', rrule: 'BYHOUR=9', timeZone: ZONE }),
    ).rejects.toThrow(/FREQ/);
    await expect(
      h.reminders.create({
        ...person,
        kind: 'custom',
        what: 'x',
        firstAt: new Date(START.getTime() - MINUTE),
        timeZone: ZONE,
      }),
    ).rejects.toThrow(/passed/);
    await expect(
      h.reminders.create({ ...person, kind: 'custom', what: 'x', timeZone: ZONE }),
    ).rejects.toThrow(/firstAt/);
    expect(await h.reminders.list(person.userHash)).toEqual([]);
  });

  it('uses the quiet hours the policy gives for the person', async () => {
    const person = await h.person();
    const policy = {
      windowFor: async (userHash: string) =>
        userHash === person.userHash ? { start: '22:00', end: '07:00' } : { start: '21:00', end: '08:00' },
    };
    const store = new ReminderStore(h.prisma, h.cipher, h.clock, h.lock, policy);
    const early = await store.create({
      ...person,
      kind: 'custom',
      what: 'pills',
      firstAt: local('2026-12-02T06:30'),
      timeZone: ZONE,
      respectQuietHours: true,
    });
    expect(early.nextAt).toEqual(local('2026-12-02T07:00'));
    const other = await h.person();
    const moved = await store.create({
      ...other,
      kind: 'custom',
      what: 'pills',
      firstAt: local('2026-12-02T06:30'),
      timeZone: ZONE,
      respectQuietHours: true,
    });
    expect(moved.nextAt).toEqual(local('2026-12-02T08:00'));
  });

  it('snoozes a delivered reminder by 10 minutes or an hour, once per message, without moving the series', async () => {
    const person = await h.person();
    const { reminderId, ref } = await deliveredDaily(person);
    const first = await h.reminders.snooze(person.userHash, ref, 10);
    expect(first?.dueAt).toEqual(local('2026-12-01T10:10:20'));
    const second = await h.reminders.snooze(person.userHash, ref, 60);
    expect(second?.dueAt).toEqual(local('2026-12-01T11:00:20'));
    const pending = await h.prisma.reminderOccurrence.findMany({
      where: { reminderId, status: 'pending' },
      orderBy: { dueAt: 'asc' },
    });
    expect(pending.map((o) => o.dueAt)).toEqual([local('2026-12-01T11:00:20'), local('2026-12-02T10:00')]);
    h.clock.set(local('2026-12-01T11:00:30'));
    await drain(h.dispatcher());
    const captured = h.capturesFor(person);
    expect(captured).toHaveLength(2);
    expect(refOf(captured[1])).not.toBe(ref);
    // Snoozing the snoozed message works too; someone else cannot snooze it.
    expect(await h.reminders.snooze(person.userHash, refOf(captured[1])!, 10)).toBeDefined();
    expect(await h.reminders.snooze((await h.person()).userHash, refOf(captured[1])!, 10)).toBeUndefined();
    await expect(h.reminders.snooze(person.userHash, ref, 30 as 10)).rejects.toThrow(RangeError);
  });

  it('skips a pending occurrence and schedules the next; skipping a delivered one drops its snooze', async () => {
    const person = await h.person();
    const { reminderId, ref } = await deliveredDaily(person);
    await h.reminders.snooze(person.userHash, ref, 10);
    expect(await h.reminders.skip(person.userHash, ref)).toBe('skipped');
    expect(await h.reminders.skip(person.userHash, ref)).toBe('already');
    let rows = await h.prisma.reminderOccurrence.findMany({
      where: { reminderId },
      orderBy: { createdAt: 'asc' },
    });
    expect(rows.map((o) => o.status)).toEqual(['skipped', 'pending', 'cancelled']);
    const tomorrow = rows[1];
    expect(await h.reminders.skip(person.userHash, tomorrow.id.slice(0, 8))).toBe('skipped');
    rows = await h.prisma.reminderOccurrence.findMany({ where: { reminderId, status: 'pending' } });
    expect(rows.map((o) => o.scheduledFor)).toEqual([local('2026-12-03T10:00')]);
    h.clock.set(local('2026-12-02T10:00:30'));
    await drain(h.dispatcher());
    expect(h.capturesFor(person)).toHaveLength(1);
  });

  it('logs "done" once per message, and reports the week count and the streak', async () => {
    const person = await h.person();
    const { ref } = await deliveredDaily(person);
    expect(await h.reminders.done(person.userHash, ref)).toEqual({ logged: true });
    expect(await h.reminders.done(person.userHash, ref)).toEqual({ logged: false });
    const logs = await h.prisma.practiceLog.findMany({ where: { userHash: person.userHash } });
    expect(logs).toEqual([
      expect.objectContaining({ skillId: 'grounding-54321', completedAt: local('2026-12-01T10:00:20') }),
    ]);
    for (const day of ['2026-11-28T20:00', '2026-11-29T09:00', '2026-11-30T23:30', '2026-11-20T12:00']) {
      h.clock.set(local(day));
      await h.reminders.logPractice(person.userHash, 'box-breathing');
    }
    h.clock.set(local('2026-12-02T09:00'));
    // Streak: Nov 28, 29, 30, Dec 1 (today, Dec 2, has none yet). Week: the last 7 days' 4 logs.
    expect(await h.reminders.stats(person.userHash, ZONE)).toEqual({ thisWeek: 4, streakDays: 4 });
    h.clock.set(local('2026-12-06T12:00'));
    expect(await h.reminders.stats(person.userHash, ZONE)).toEqual({ thisWeek: 2, streakDays: 0 });
  });

  it('pauses and resumes: nothing is sent while paused, and the series resumes from now', async () => {
    const person = await h.person();
    const reminder = await h.reminders.create({
      ...person,
      kind: 'custom',
      what: 'journal',
      rrule: 'FREQ=DAILY;BYHOUR=10;BYMINUTE=0',
      timeZone: ZONE,
    });
    expect(await h.reminders.pause(person.userHash, reminder.id)).toBe(true);
    expect(await h.reminders.pause(person.userHash, reminder.id)).toBe(false);
    h.clock.set(local('2026-12-01T10:00:30'));
    await drain(h.dispatcher());
    expect(h.capturesFor(person)).toHaveLength(0);
    const resumed = await h.reminders.resume(person.userHash, reminder.id);
    expect(resumed).toMatchObject({ status: 'active', nextAt: local('2026-12-02T10:00') });
    expect(await h.reminders.resume((await h.person()).userHash, reminder.id)).toBeUndefined();
  });

  it('brings back a paused one-time reminder whose time is still ahead', async () => {
    const person = await h.person();
    const reminder = await h.reminders.create({
      ...person,
      kind: 'custom',
      what: 'call',
      firstAt: local('2026-12-01T15:00'),
      timeZone: ZONE,
    });
    await h.reminders.pause(person.userHash, reminder.id);
    expect(await h.reminders.resume(person.userHash, reminder.id)).toMatchObject({
      status: 'active',
      nextAt: local('2026-12-01T15:00'),
    });
  });

  it('changes the time of a reminder and replaces what was queued', async () => {
    const person = await h.person();
    const reminder = await h.reminders.create({
      ...person,
      kind: 'custom',
      what: 'walk',
      rrule: 'FREQ=DAILY;BYHOUR=10;BYMINUTE=0',
      timeZone: ZONE,
    });
    const changed = await h.reminders.changeTime(person.userHash, reminder.id, {
      rrule: 'FREQ=WEEKLY;BYDAY=FR;BYHOUR=17;BYMINUTE=30',
    });
    expect(changed?.nextAt).toEqual(local('2026-12-04T17:30'));
    const live = await h.prisma.reminderOccurrence.findMany({
      where: { reminderId: reminder.id, status: 'pending' },
    });
    expect(live).toHaveLength(1);
    await expect(h.reminders.changeTime(person.userHash, reminder.id, { rrule: null })).rejects.toThrow(
      /firstAt/,
    );
    expect((await h.reminders.get(person.userHash, reminder.id))?.rrule).toBe(
      'FREQ=WEEKLY;BYDAY=FR;BYHOUR=17;BYMINUTE=30',
    );
  });

  it('stops one reminder from its message, and deletes one or all', async () => {
    const person = await h.person();
    const { reminderId, ref } = await deliveredDaily(person);
    expect(await h.reminders.stop(person.userHash, ref)).toBe(true);
    expect(await h.reminders.get(person.userHash, reminderId)).toMatchObject({
      status: 'stopped',
      nextAt: null,
    });
    const other = await h.reminders.create({
      ...person,
      kind: 'custom',
      what: 'x',
      firstAt: local('2026-12-05T12:00'),
      timeZone: ZONE,
    });
    expect(await h.reminders.delete(person.userHash, other.id)).toBe(true);
    expect(await h.reminders.delete(person.userHash, other.id)).toBe(false);
    expect(await h.reminders.deleteAll(person.userHash)).toBe(1);
    expect(await h.prisma.reminderOccurrence.count({ where: { reminderId } })).toBe(0);
  });

  it('deletes everything about a person but keeps their standing opt-out', async () => {
    const person = await h.person();
    const { ref } = await deliveredDaily(person);
    await h.reminders.done(person.userHash, ref);
    const cohort = await h.cohorts.create({
      name: 'Morning group',
      schedule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0',
      timeZone: ZONE,
    });
    await h.cohorts.join(cohort.joinCode, person.userHash, person.conversationKey, 30, 'en');
    await h.consent.optOut(person.userHash, person.channelId);
    expect(await h.reminders.deleteForUser(person.userHash)).toEqual({
      reminders: 2,
      practices: 1,
      memberships: 1,
    });
    expect(await h.consent.deleteRecords(person.userHash)).toBe(1);
    expect(await h.reminders.list(person.userHash)).toEqual([]);
    expect(await h.consent.isOptedOut(person.userHash)).toBe(true);
  });
});
