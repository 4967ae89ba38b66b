import { createUserLock } from '../../../src/reminders/userLock';
import { providers } from '../../support/testDatabases';
import { drain, type Harness, openHarness, START, ZONE } from './harness';

const MINUTE = 60_000;

describe.each(providers())('dispatcher shutdown and crashes on %s', (provider) => {
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

  it('stop() hands back claimed work that has not started and waits for sends in flight', async () => {
    const person = await h.person();
    for (let i = 0; i < 6; i += 1) {
      await h.reminders.create({
        ...person,
        kind: 'custom',
        what: `task ${i}`,
        firstAt: new Date(START.getTime() + MINUTE),
        timeZone: ZONE,
      });
    }
    h.clock.advance(MINUTE);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started = 0;
    const slow = {
      send: async (...args: Parameters<Harness['sender']['send']>) => {
        started += 1;
        await gate;
        return h.sender.send(...args);
      },
    };
    const dispatcher = h.dispatcher({ concurrency: 1, groupSize: 1, pollMs: 10_000 }, { sender: slow });
    dispatcher.start();
    while (started === 0) await new Promise((r) => setTimeout(r, 5));
    const stopped = dispatcher.stop();
    release();
    await stopped;
    const statuses = (
      await h.prisma.reminderOccurrence.findMany({ where: { reminder: { userHash: person.userHash } } })
    ).map((o) => o.status);
    expect(statuses.filter((s) => s === 'sent')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'pending')).toHaveLength(5);
    const rest = await h.prisma.reminderOccurrence.findMany({
      where: { reminder: { userHash: person.userHash }, status: 'pending' },
    });
    expect(rest.every((o) => o.attempts === 0 && o.claimedBy === null)).toBe(true);
    await drain(h.dispatcher());
    expect(h.capturesFor(person)).toHaveLength(6);
  });

  it('re-claims the work of a dispatcher that died mid-batch once its lease expires, losing nothing', async () => {
    const people = await Promise.all(Array.from({ length: 12 }, () => h.person()));
    for (const p of people) {
      await h.reminders.create({
        ...p,
        kind: 'custom',
        what: 'check in',
        firstAt: new Date(START.getTime() + MINUTE),
        timeZone: ZONE,
      });
    }
    h.clock.advance(MINUTE);
    let sends = 0;
    const dying = {
      // Three sends go through; then the process "freezes" before its fourth HTTP call and never
      // comes back (as if killed): no error, no cleanup, no stop().
      send: async (...args: Parameters<Harness['sender']['send']>) => {
        sends += 1;
        if (sends > 3) return new Promise<void>(() => undefined);
        return h.sender.send(...args);
      },
    };
    // Its own lock, as a separate process would have. On PostgreSQL its frozen transactions hold
    // their advisory locks until the transaction timeout (kept short here) rolls them back, as the
    // death of a real process's connections would.
    const first = h.dispatcher(
      {
        concurrency: 2,
        groupSize: 1,
        leaseMs: 2 * MINUTE,
        workerId: 'doomed',
        sendTimeoutMs: 500,
        maxRateWaitMs: 0,
      },
      { sender: dying, lock: createUserLock(h.database) },
    );
    void first.runOnce();
    while (sends < 5) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 50));
    const delivered = () => people.filter((p) => h.capturesFor(p).length > 0).length;
    expect(delivered()).toBe(3);
    // Before the lease ends, a second worker must leave the claimed rows alone.
    const second = h.dispatcher({ leaseMs: 2 * MINUTE, workerId: 'survivor' });
    await drain(second);
    expect(delivered()).toBe(3);
    h.clock.advance(2 * MINUTE + 1000);
    await drain(second);
    expect(people.map((p) => h.capturesFor(p).length)).toEqual(people.map(() => 1));
    const statuses = await h.prisma.reminderOccurrence.groupBy({
      by: ['status'],
      where: { reminder: { userHash: { in: people.map((p) => p.userHash) } } },
      _count: true,
    });
    expect(statuses).toEqual([{ status: 'sent', _count: 12 }]);
  });
});
