import { DateTime } from 'luxon';
import { JOIN_CODE_ALPHABET } from '../../../src/reminders/joinCode';
import { providers } from '../../support/testDatabases';
import { drain, type Harness, openHarness, type Person, START, ZONE } from './harness';

function local(iso: string): Date {
  return DateTime.fromISO(iso, { zone: ZONE }).toJSDate();
}

const TUE_THU_6PM = 'FREQ=WEEKLY;BYDAY=TU,TH;BYHOUR=18;BYMINUTE=0';

describe.each(providers())('cohorts on %s', (provider) => {
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

  async function pendingFor(person: Person): Promise<Date[]> {
    const rows = await h.prisma.reminderOccurrence.findMany({
      where: { reminder: { userHash: person.userHash }, status: 'pending' },
      orderBy: { dueAt: 'asc' },
    });
    return rows.map((r) => r.dueAt);
  }

  it('creates cohorts with distinct, unambiguous six-character join codes', async () => {
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        h.cohorts.create({ name: `Group ${i}`, schedule: TUE_THU_6PM, timeZone: ZONE }),
      ),
    );
    const codes = created.map((c) => c.joinCode);
    expect(new Set(codes).size).toBe(12);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z2-9]{6}$/);
      expect([...code].every((c) => JOIN_CODE_ALPHABET.includes(c))).toBe(true);
      expect(code).not.toMatch(/[01OI]/);
    }
    const shown = await h.cohorts.show(` ${codes[0].slice(0, 3).toLowerCase()}-${codes[0].slice(3)} `);
    expect(shown).toMatchObject({
      name: 'Group 0',
      members: 0,
      sessionMinutes: 180,
      nextSession: local('2026-12-01T18:00'),
    });
    expect((await h.cohorts.list()).length).toBeGreaterThanOrEqual(12);
    expect(await h.cohorts.show('ZZZZZZ')).toBeUndefined();
  });

  it('rejects a bad zone, a rule without a session time, a malformed rule, and odd lengths', async () => {
    await expect(
      h.cohorts.create({ name: 'x', schedule: TUE_THU_6PM, timeZone: 'Nowhere/City' }),
    ).rejects.toThrow(/time zone/);
    await expect(
      h.cohorts.create({ name: 'x', schedule: 'FREQ=WEEKLY;BYDAY=TU', timeZone: ZONE }),
    ).rejects.toThrow(/session time/);
    await expect(
      h.cohorts.create({ name: 'x', schedule: 'FREQ=SOMETIMES;BYHOUR=9', timeZone: ZONE }),
    ).rejects.toThrow(RangeError);
    await expect(
      h.cohorts.create({ name: 'x', schedule: TUE_THU_6PM, timeZone: ZONE, sessionMinutes: 0 }),
    ).rejects.toThrow(/length/);
    await expect(h.cohorts.create({ name: '  ', schedule: TUE_THU_6PM, timeZone: ZONE })).rejects.toThrow(
      /name/,
    );
  });

  it('gives a joining member a session reminder before each session, and joining twice updates it', async () => {
    const cohort = await h.cohorts.create({ name: 'Evening IOP', schedule: TUE_THU_6PM, timeZone: ZONE });
    const person = await h.person();
    const joined = await h.cohorts.join(
      cohort.joinCode.toLowerCase(),
      person.userHash,
      person.conversationKey,
      60,
      'en',
    );
    expect(joined?.cohort.members).toBe(1);
    expect(await pendingFor(person)).toEqual([local('2026-12-01T17:00')]);
    const again = await h.cohorts.join(cohort.joinCode, person.userHash, person.conversationKey, 30, 'en');
    expect(again?.reminderId).toBe(joined?.reminderId);
    expect(await pendingFor(person)).toEqual([local('2026-12-01T17:30')]);
    expect(await h.cohorts.join('ABCDEF', person.userHash, person.conversationKey, 30, 'en')).toBeUndefined();

    h.clock.set(local('2026-12-01T17:30:10'));
    await drain(h.dispatcher());
    const [captured] = h.capturesFor(person);
    expect(captured.activity.summary).toBe('Your group session (Evening IOP) starts at 6:00 PM.');
    expect(await pendingFor(person)).toEqual([local('2026-12-03T17:30')]);
  });

  it('flows a new schedule and a cancelled session to every member', async () => {
    const cohort = await h.cohorts.create({ name: 'Day program', schedule: TUE_THU_6PM, timeZone: ZONE });
    const members = [await h.person(), await h.person(), await h.person()];
    for (const [i, m] of members.entries())
      await h.cohorts.join(cohort.joinCode, m.userHash, m.conversationKey, 30 * (i + 1), 'en');

    const moved = await h.cohorts.changeSchedule(
      cohort.joinCode,
      'FREQ=WEEKLY;BYDAY=WE;BYHOUR=10;BYMINUTE=0',
    );
    expect(moved?.nextSession).toEqual(local('2026-12-02T10:00'));
    expect(await pendingFor(members[0])).toEqual([local('2026-12-02T09:30')]);
    expect(await pendingFor(members[2])).toEqual([local('2026-12-02T08:30')]);

    const cancelled = await h.cohorts.cancelSession(cohort.joinCode, '2026-12-02T10:00');
    expect(cancelled?.cancelled).toEqual(['2026-12-02T10:00']);
    expect(cancelled?.nextSession).toEqual(local('2026-12-09T10:00'));
    for (const [i, m] of members.entries()) {
      expect(await pendingFor(m)).toEqual([
        new Date(local('2026-12-09T10:00').getTime() - 30 * (i + 1) * 60_000),
      ]);
    }
    await expect(h.cohorts.cancelSession(cohort.joinCode, '2026-12-03T10:00')).rejects.toThrow(/no session/);
    await expect(h.cohorts.cancelSession(cohort.joinCode, '2026-02-30T10:00')).rejects.toThrow(/not a valid/);

    // The series skips the cancelled week and keeps the cancellation afterwards.
    h.clock.set(local('2026-12-09T09:31'));
    await drain(h.dispatcher());
    expect(await pendingFor(members[0])).toEqual([local('2026-12-16T09:30')]);
  });

  it('deletes a cohort with its members and their session reminders', async () => {
    const cohort = await h.cohorts.create({ name: 'Short-lived', schedule: TUE_THU_6PM, timeZone: ZONE });
    const person = await h.person();
    await h.cohorts.join(cohort.joinCode, person.userHash, person.conversationKey, 60, 'es');
    expect(await h.cohorts.delete(cohort.joinCode)).toBe(true);
    expect(await h.cohorts.delete(cohort.joinCode)).toBe(false);
    expect(await h.reminders.list(person.userHash)).toEqual([]);
    expect(await h.prisma.cohortMember.count({ where: { userHash: person.userHash } })).toBe(0);
  });

  it('lets a member leave', async () => {
    const cohort = await h.cohorts.create({ name: 'Leaving', schedule: TUE_THU_6PM, timeZone: ZONE });
    const person = await h.person();
    await h.cohorts.join(cohort.joinCode, person.userHash, person.conversationKey, 60, 'en');
    expect(await h.cohorts.leave(cohort.joinCode, person.userHash)).toBe(true);
    expect(await pendingFor(person)).toEqual([]);
    expect((await h.cohorts.show(cohort.joinCode))?.members).toBe(0);
  });
});
