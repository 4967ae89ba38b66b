import { DateTime } from 'luxon';
import { parseReminderReply } from '../../../src/reminders/reminderReplies';
import { providers } from '../../support/testDatabases';
import { drain, type Harness, openHarness, START, ZONE } from './harness';

const MINUTE = 60_000;

function local(iso: string): Date {
  return DateTime.fromISO(iso, { zone: ZONE }).toJSDate();
}

describe.each(providers())('reminder dispatcher on %s', (provider) => {
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

  it('delivers a due one-time reminder to the conversation, end to end, through the poll loop', async () => {
    const person = await h.person();
    const reminder = await h.reminders.create({
      ...person,
      kind: 'custom',
      what: 'call the pharmacy',
      timeZone: ZONE,
      firstAt: new Date(START.getTime() + 5 * MINUTE),
    });
    expect(reminder.nextAt).toEqual(new Date(START.getTime() + 5 * MINUTE));
    const dispatcher = h.dispatcher();
    dispatcher.start();
    await new Promise((r) => setTimeout(r, 100));
    expect(h.capturesFor(person)).toHaveLength(0);
    h.clock.advance(5 * MINUTE);
    const captured = await h.connector.waitFor((c) => c.conversationId === person.conversationId, 5000);
    await dispatcher.stop();

    expect(captured.activity.summary).toBe('Reminder: call the pharmacy');
    const actions = captured.activity.suggestedActions?.actions ?? [];
    expect(actions.map((a) => a.title)).toEqual([
      'Done',
      'Snooze 10 min',
      'Snooze 1 hour',
      'Skip',
      'Stop these reminders',
    ]);
    const replies = actions.map((a) => parseReminderReply(String(a.value)));
    expect(replies.map((r) => r?.action)).toEqual(['done', 'snooze10', 'snooze60', 'skip', 'stop']);
    const occurrence = await h.prisma.reminderOccurrence.findFirstOrThrow({
      where: { reminderId: reminder.id },
    });
    expect(occurrence.id.startsWith(replies[0]!.ref)).toBe(true);
    expect(occurrence).toMatchObject({
      status: 'sent',
      attempts: 1,
      sentAt: new Date(START.getTime() + 5 * MINUTE),
    });
    expect(occurrence.idempotencyKey).toBe(`${reminder.id}|${occurrence.scheduledFor.toISOString()}`);
    const after = await h.reminders.get(person.userHash, reminder.id);
    expect(after).toMatchObject({ status: 'ended', nextAt: null });
  });

  it('speaks Spanish for a Spanish reminder and gives session reminders the event time', async () => {
    const person = await h.person();
    const cohort = await h.cohorts.create({
      name: 'Grupo martes',
      schedule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=13;BYMINUTE=0',
      timeZone: ZONE,
    });
    const joined = await h.cohorts.join(cohort.joinCode, person.userHash, person.conversationKey, 60, 'es');
    expect(joined).toBeDefined();
    h.clock.set(local('2026-12-01T12:00'));
    await drain(h.dispatcher());
    const [captured] = h.capturesFor(person);
    expect(captured.activity.summary).toBe('A la 1:00 p.m. empieza tu sesión de grupo (Grupo martes).');
    const titles = captured.activity.suggestedActions?.actions.map((a) => a.title);
    expect(titles).toEqual([
      'Listo',
      'Posponer 10 min',
      'Posponer 1 hora',
      'Saltar esta vez',
      'Detener estos recordatorios',
    ]);
  });

  it('computes the next occurrence of a recurring reminder in the same step as recording the send', async () => {
    const person = await h.person();
    const reminder = await h.reminders.create({
      ...person,
      kind: 'skill',
      what: 'box breathing',
      skillId: 'box-breathing',
      rrule: 'FREQ=DAILY;BYHOUR=10;BYMINUTE=0',
      timeZone: ZONE,
    });
    expect(reminder.nextAt).toEqual(local('2026-12-01T10:00'));
    const dispatcher = h.dispatcher();
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-03']) {
      h.clock.set(local(`${day}T10:00:30`));
      await drain(dispatcher);
    }
    const rows = await h.prisma.reminderOccurrence.findMany({
      where: { reminderId: reminder.id },
      orderBy: { scheduledFor: 'asc' },
    });
    expect(
      rows.map((r) => [
        DateTime.fromJSDate(r.scheduledFor, { zone: ZONE }).toFormat('MM-dd HH:mm'),
        r.status,
      ]),
    ).toEqual([
      ['12-01 10:00', 'sent'],
      ['12-02 10:00', 'sent'],
      ['12-03 10:00', 'sent'],
      ['12-04 10:00', 'pending'],
    ]);
    expect(h.capturesFor(person)).toHaveLength(3);
  });

  it('keeps 10:00 local across the end of daylight saving time', async () => {
    const person = await h.person();
    h.clock.set(local('2026-10-30T12:00'));
    const reminder = await h.reminders.create({
      ...person,
      kind: 'custom',
      what: 'walk',
      rrule: 'FREQ=DAILY;BYHOUR=10;BYMINUTE=0',
      timeZone: ZONE,
    });
    h.clock.set(local('2026-10-31T10:00:10'));
    await drain(h.dispatcher());
    const next = await h.reminders.get(person.userHash, reminder.id);
    // Clocks fall back at 2:00 on 1 November 2026: that day is 25 hours long.
    expect(next?.nextAt).toEqual(local('2026-11-01T10:00'));
    expect(next!.nextAt!.getTime() - local('2026-10-31T10:00').getTime()).toBe(25 * 60 * MINUTE);
  });

  it('records occurrences found after downtime as missed, not sent, and schedules the next one', async () => {
    const person = await h.person();
    const reminder = await h.reminders.create({
      ...person,
      kind: 'custom',
      what: 'stretch',
      rrule: 'FREQ=DAILY;BYHOUR=11;BYMINUTE=0',
      timeZone: ZONE,
    });
    h.clock.set(local('2026-12-01T11:16'));
    await drain(h.dispatcher());
    expect(h.capturesFor(person)).toHaveLength(0);
    const rows = await h.prisma.reminderOccurrence.findMany({
      where: { reminderId: reminder.id },
      orderBy: { scheduledFor: 'asc' },
    });
    expect(rows.map((r) => r.status)).toEqual(['missed', 'pending']);
    expect(rows[1].scheduledFor).toEqual(local('2026-12-02T11:00'));
  });

  it('sends an occurrence that is late but within the grace window', async () => {
    const person = await h.person();
    await h.reminders.create({
      ...person,
      kind: 'custom',
      what: 'water',
      firstAt: local('2026-12-01T09:30'),
      timeZone: ZONE,
    });
    h.clock.set(local('2026-12-01T09:44'));
    await drain(h.dispatcher());
    expect(h.capturesFor(person)).toHaveLength(1);
  });

  it('moves skill reminders out of quiet hours, and custom and session reminders only by choice', async () => {
    const person = await h.person();
    const late = await h.reminders.create({
      ...person,
      kind: 'skill',
      what: 'grounding',
      rrule: 'FREQ=DAILY;BYHOUR=22;BYMINUTE=30',
      timeZone: ZONE,
    });
    expect(late.nextAt).toEqual(local('2026-12-02T08:00'));
    const early = await h.reminders.create({
      ...person,
      kind: 'custom',
      what: 'pills',
      firstAt: local('2026-12-02T06:15'),
      timeZone: ZONE,
      respectQuietHours: true,
    });
    expect(early.nextAt).toEqual(local('2026-12-02T08:00'));
    const chosen = await h.reminders.create({
      ...person,
      kind: 'custom',
      what: 'meds',
      firstAt: local('2026-12-01T22:45'),
      timeZone: ZONE,
    });
    expect(chosen.nextAt).toEqual(local('2026-12-01T22:45'));
    const sessionKept = await h.reminders.create({
      ...person,
      kind: 'session',
      what: 'group',
      rrule: 'FREQ=DAILY;BYHOUR=7;BYMINUTE=30',
      leadMinutes: 30,
      respectQuietHours: false,
      timeZone: ZONE,
    });
    expect(sessionKept.nextAt).toEqual(local('2026-12-02T07:00'));
    const sessionMoved = await h.reminders.create({
      ...person,
      kind: 'session',
      what: 'group',
      rrule: 'FREQ=DAILY;BYHOUR=7;BYMINUTE=30',
      leadMinutes: 30,
      respectQuietHours: true,
      timeZone: ZONE,
    });
    expect(sessionMoved.nextAt).toEqual(local('2026-12-02T08:00'));

    h.clock.set(local('2026-12-01T22:31'));
    await drain(h.dispatcher());
    expect(h.capturesFor(person)).toHaveLength(0);
    h.clock.set(local('2026-12-01T22:45:05'));
    await drain(h.dispatcher());
    expect(h.capturesFor(person)).toHaveLength(1);
    h.clock.set(local('2026-12-02T07:00:05'));
    await drain(h.dispatcher());
    expect(h.capturesFor(person)).toHaveLength(2);
    h.clock.set(local('2026-12-02T08:00:05'));
    await drain(h.dispatcher());
    // The quiet-hours move is not lateness: 22:30 → 08:00 is delivered at 08:00, not missed.
    expect(h.capturesFor(person)).toHaveLength(5);
  });
});
