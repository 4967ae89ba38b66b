import crypto from 'node:crypto';
import { DateTime } from 'luxon';
import { CohortStore } from '../../src/reminders/cohortStore';
import { ConsentStore } from '../../src/reminders/consentStore';
import { reminderReplyValue } from '../../src/reminders/reminderReplies';
import { createReminderPorts } from '../../src/reminders/reminderPortAdapter';
import { ReminderStore } from '../../src/reminders/reminderStore';
import { createUserLock } from '../../src/reminders/userLock';
import type { Db } from '../../src/storage/database';
import { createFieldCipher } from '../../src/storage/fieldCipher';
import { DialogChat, type SharedClock } from '../dialogs/support/chatHarness';
import { openTestDatabase, providers } from '../support/testDatabases';

const NY = 'America/New_York';
// Monday, November 30 2026, 3:00 PM in New York.
const START = DateTime.fromISO('2026-11-30T15:00', { zone: NY }).toJSDate();

/** The dialogs on the real stores, through the adapter, on one test database. */
describe.each(providers())('reminder dialogs on the %s stores', (provider) => {
  let prisma: Db;
  let cleanup: () => Promise<void>;
  let clock: SharedClock;
  let cohorts: CohortStore;
  let chat: (userHash: string) => DialogChat;

  beforeAll(async () => {
    const opened = await openTestDatabase(provider);
    prisma = opened.db.prisma;
    cleanup = opened.cleanup;
    clock = { now: START };
    const storeClock = { now: () => clock.now };
    const cipher = createFieldCipher([{ id: 't1', key: crypto.randomBytes(32) }]);
    const lock = createUserLock(opened.db);
    cohorts = new CohortStore(prisma, cipher, storeClock, lock);
    const ports = createReminderPorts({
      reminders: new ReminderStore(prisma, cipher, storeClock, lock),
      consent: new ConsentStore(prisma, lock, storeClock),
      cohorts,
      prisma,
      cipher,
    });
    chat = (userHash) => new DialogChat(ports, { now: START, clientTimeZone: NY, userHash }, clock);
  });

  afterAll(async () => {
    await cleanup();
  });

  beforeEach(() => {
    clock.now = START;
  });

  /** Marks the reminder's next queued message as sent now, as the dispatcher would. */
  async function deliverNext(userHash: string): Promise<string> {
    const occurrence = await prisma.reminderOccurrence.findFirstOrThrow({
      where: { reminder: { userHash }, status: 'pending' },
      orderBy: { dueAt: 'asc' },
    });
    await prisma.reminderOccurrence.update({
      where: { id: occurrence.id },
      data: { status: 'sent', sentAt: clock.now },
    });
    return occurrence.id.replace(/-/g, '').slice(0, 8);
  }

  it('creates, lists, changes, pauses and resumes through the store', async () => {
    const person = chat('adapter-a');
    await person.say('remind me to do box breathing every day at 8pm');
    expect(await person.sayText('yes')).toMatch(/^Done! Every day at 8:00 PM/);
    const [row] = await prisma.reminder.findMany({ where: { userHash: 'adapter-a' } });
    expect(row).toMatchObject({
      kind: 'skill',
      skillId: 'box-breathing',
      rrule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0',
    });
    expect(row.what).not.toContain('box breathing');

    expect(await person.sayText('my reminders')).toContain('1) do box breathing: every day at 8:00 PM');
    expect(await person.sayText('change reminder 1 to 9pm')).toBe(
      'Done. "do box breathing" is now: every day at 9:00 PM.',
    );
    expect((await prisma.reminder.findUniqueOrThrow({ where: { id: row.id } })).rrule).toBe(
      'FREQ=DAILY;BYHOUR=21;BYMINUTE=0',
    );
    expect(await person.sayText('pause my reminders')).toMatch(/^I paused 1 reminder\./);
    expect((await prisma.reminder.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('paused');
    expect(await person.sayText('resume')).toBe('I turned 1 reminder back on.');
    expect((await prisma.reminder.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('active');
  });

  it('answers Done, Snooze and Stop on a delivered message', async () => {
    const person = chat('adapter-b');
    await person.say('remind me to take a walk every day at 3:30pm');
    await person.say('yes');
    clock.now = new Date(START.getTime() + 31 * 60_000);
    const ref = await deliverNext('adapter-b');
    expect(await person.sayText('done')).toMatch(/^Nice work! I noted it\. You practiced 1 time this week\./);
    expect(await prisma.practiceLog.count({ where: { userHash: 'adapter-b' } })).toBe(1);
    expect(await person.sayText(reminderReplyValue('snooze60', ref))).toBe(
      "OK, I'll remind you again in 1 hour.",
    );
    expect(await person.sayText(reminderReplyValue('stop', ref))).toMatch(
      /^OK, I stopped the reminder "take a walk"\./,
    );
    expect(await person.sayText('my reminders')).toMatch(/^You don't have any reminders yet\./);
  });

  it('STOP opts out in the store and stops reminders; START opts back in', async () => {
    const person = chat('adapter-c');
    await person.say('remind me to stretch every day at 9pm');
    await person.say('yes');
    expect(await person.sayText('STOP')).toMatch(/^You're unsubscribed/);
    expect(await person.say('STOP')).toEqual([]);
    expect(await prisma.optOut.count({ where: { userHash: 'adapter-c' } })).toBe(1);
    expect((await prisma.reminder.findFirstOrThrow({ where: { userHash: 'adapter-c' } })).status).toBe(
      'stopped',
    );
    expect(await person.sayText('remind me to stretch every day at 9pm')).toMatch(/Reply START/);
    expect(await person.sayText('START')).toMatch(/^You're subscribed to Riverside IOP reminders again\./);
    expect(await prisma.optOut.count({ where: { userHash: 'adapter-c' } })).toBe(0);
  });

  it('joins a group by its code', async () => {
    const group = await cohorts.create({
      name: 'Tuesday group',
      schedule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=18;BYMINUTE=0',
      timeZone: NY,
    });
    const person = chat('adapter-d');
    expect(await person.sayText(`join ${group.joinCode.toLowerCase()}`)).toBe(
      "You'll get reminders before each session of Tuesday group (every Tuesday at 6:00 PM). OK?",
    );
    await person.say('yes');
    expect(await person.sayText('2 hours')).toMatch(
      /2 hours before each session of Tuesday group\. Next session: Tue, Dec 1/,
    );
    const member = await prisma.cohortMember.findFirstOrThrow({ where: { userHash: 'adapter-d' } });
    expect(member.leadMinutes).toBe(120);
    expect(await person.sayText('my reminders')).toContain(
      'Tuesday group: every Tuesday at 6:00 PM (reminder 2 hours before)',
    );
  });
});
