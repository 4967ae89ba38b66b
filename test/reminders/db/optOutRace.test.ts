import type { ReminderSender } from '../../../src/reminders/proactiveSender';
import type { UserLock } from '../../../src/reminders/userLock';
import { providers } from '../../support/testDatabases';
import { drain, type Harness, openHarness, type Person, ZONE } from './harness';

const MINUTE = 60_000;
const ITERATIONS = 30;

describe.each(providers())('STOP racing a due reminder on %s', (provider) => {
  let h: Harness;

  beforeAll(async () => {
    h = await openHarness(provider);
  });

  afterAll(async () => {
    await h.close();
  });

  /** Two reminders due right now for a new person. */
  async function duePerson(): Promise<Person> {
    const person = await h.person();
    const at = new Date(h.clock.now().getTime() + MINUTE);
    await h.reminders.create({ ...person, kind: 'custom', what: 'one time', firstAt: at, timeZone: ZONE });
    await h.reminders.create({
      ...person,
      kind: 'skill',
      what: 'daily',
      rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0',
      firstAt: at,
      timeZone: ZONE,
    });
    return person;
  }

  it('sends nothing that arrives after the opt-out commits, whatever the interleaving', async () => {
    const sendStarted: (() => void)[] = [];
    // Holds each send a few ms before its HTTP call, widening the window a STOP can land in.
    const slow: ReminderSender = {
      send: async (reference, message, options) => {
        sendStarted.shift()?.();
        await new Promise((r) => setTimeout(r, 3));
        return h.sender.send(reference, message, options);
      },
    };
    const dispatcher = h.dispatcher({ concurrency: 2, graceMs: 24 * 60 * MINUTE }, { sender: slow });
    const people: Person[] = [];
    const outcomes = { sentBeforeStop: 0, stoppedBeforeSend: 0 };
    for (let i = 0; i < ITERATIONS; i += 1) {
      const person = await duePerson();
      people.push(person);
      h.clock.advance(MINUTE);
      const midSend = new Promise<void>((resolve) => sendStarted.push(resolve));
      const dispatching = dispatcher.runOnce();
      // Three interleavings: STOP at once, STOP while a send is in progress, STOP a little later.
      if (i % 3 === 1) await midSend;
      if (i % 3 === 2) await new Promise((r) => setTimeout(r, i % 7));
      await h.consent.optOut(person.userHash, person.channelId);
      const committedAt = Date.now();
      await dispatching;
      sendStarted.length = 0;

      const captures = h.capturesFor(person);
      expect(captures.filter((c) => c.receivedAt > committedAt)).toEqual([]);
      if (captures.length > 0) outcomes.sentBeforeStop += 1;
      if (captures.length < 2) outcomes.stoppedBeforeSend += 1;
      const live = await h.prisma.reminderOccurrence.count({
        where: { reminder: { userHash: person.userHash }, status: { in: ['pending', 'claimed'] } },
      });
      expect(live).toBe(0);
    }
    // Both sides of the race were exercised.
    expect(outcomes.sentBeforeStop).toBeGreaterThan(0);
    expect(outcomes.stoppedBeforeSend).toBeGreaterThan(0);

    // Later occurrences of the recurring reminders never come.
    const before = h.connector.received.length;
    h.clock.advance(2 * 24 * 60 * MINUTE);
    await drain(dispatcher);
    expect(h.connector.received.length).toBe(before);
    for (const person of people) {
      expect(await h.consent.records(person.userHash)).toEqual([
        { action: 'opt_out', channelId: person.channelId, at: expect.any(Date) },
      ]);
      const statuses = Object.fromEntries(
        (await h.reminders.list(person.userHash)).map((r) => [r.kind, r.status]),
      );
      expect(statuses.skill).toBe('stopped');
      expect(['stopped', 'ended']).toContain(statuses.custom);
    }
  });

  it('cancels occurrences a worker claimed before STOP, and START does not revive old reminders', async () => {
    const person = await duePerson();
    h.clock.advance(MINUTE);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let claimed = false;
    // The worker has claimed both occurrences and pauses before taking the person's lock.
    const slowLock: UserLock = {
      run: (userHash, work, options) => h.lock.run(userHash, work, options),
      runAll: async (userHashes, work, options) => {
        claimed = true;
        await gate;
        return h.lock.runAll(userHashes, work, options);
      },
    };
    const worker = h.dispatcher({ workerId: 'slow', concurrency: 2 }, { lock: slowLock });
    const running = worker.runOnce();
    while (!claimed) await new Promise((r) => setTimeout(r, 2));
    expect(
      await h.prisma.reminderOccurrence.count({
        where: { reminder: { userHash: person.userHash }, status: 'claimed' },
      }),
    ).toBe(2);
    await h.consent.optOut(person.userHash, person.channelId);
    release();
    await running;
    expect(h.capturesFor(person)).toEqual([]);
    const statuses = await h.prisma.reminderOccurrence.findMany({
      where: { reminder: { userHash: person.userHash } },
      select: { status: true },
    });
    expect(statuses.map((o) => o.status)).toEqual(['cancelled', 'cancelled']);

    await h.consent.optIn(person.userHash, person.channelId);
    expect(await h.consent.isOptedOut(person.userHash)).toBe(false);
    h.clock.advance(2 * 24 * 60 * MINUTE);
    await drain(h.dispatcher());
    expect(h.capturesFor(person)).toEqual([]);
    expect((await h.consent.records(person.userHash)).map((r) => r.action)).toEqual(['opt_out', 'opt_in']);
  });
});
