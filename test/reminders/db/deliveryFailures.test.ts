import { listDeadLetters } from '../../../src/reminders/deadLetters';
import { providers } from '../../support/testDatabases';
import { drain, type Harness, openHarness, type Person, START, ZONE } from './harness';

const MINUTE = 60_000;

/** Deterministic pseudo-random numbers (mulberry32), so a storm is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The most sends seen in any `windowMs` span of the capture times. */
function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i += 1) {
    while (sorted[i] - sorted[j] >= windowMs) j += 1;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe.each(providers())('reminder delivery failures on %s', (provider) => {
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

  async function dueReminders(person: Person, count: number, rrule?: string): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const at = new Date(h.clock.now().getTime() + MINUTE);
      const r = await h.reminders.create({
        ...person,
        kind: 'custom',
        what: `item ${i}`,
        timeZone: ZONE,
        ...(rrule ? { rrule, firstAt: at } : { firstAt: at }),
      });
      ids.push(r.id);
    }
    return ids;
  }

  it('delivers everything through a 429 storm, within the per-conversation rate limits', async () => {
    const busy = await h.person();
    await dueReminders(busy, 20);
    const others = await Promise.all(Array.from({ length: 30 }, () => h.person()));
    for (const p of others) await dueReminders(p, 2);
    h.clock.advance(MINUTE);
    const random = seeded(7);
    // About 30% of all requests are answered 429: after each success, the next request fails with
    // probability 0.43 (0.43 / 1.43 ≈ 0.3). Retry-After is 0 or, now and then, 1 second.
    const off = h.connector.onActivity(() => {
      if (random() < 0.43) h.connector.failNext(1, 429, random() < 0.85 ? 0 : 1);
    });
    h.connector.failNext(2, 429, 0);
    const dispatcher = h.dispatcher({
      concurrency: 6,
      maxAttempts: 20,
      backoff: { baseMs: 1000, maxMs: 4000 },
    });
    for (let round = 0; round < 40; round += 1) {
      await drain(dispatcher);
      const pending = await h.prisma.reminderOccurrence.count({
        where: { status: { in: ['pending', 'claimed'] } },
      });
      if (pending === 0) break;
      h.clock.advance(5000);
    }
    off();
    expect(h.capturesFor(busy)).toHaveLength(20);
    expect(others.map((p) => h.capturesFor(p).length)).toEqual(others.map(() => 2));
    const times = h.capturesFor(busy).map((c) => c.receivedAt);
    expect(busiestWindow(times, 1000)).toBeLessThanOrEqual(7);
    expect(await h.prisma.reminderOccurrence.count({ where: { status: 'dead' } })).toBe(0);
  });

  it('retries a 429 after a jittered backoff that honours Retry-After', async () => {
    const person = await h.person();
    const [id] = await dueReminders(person, 1);
    h.clock.advance(MINUTE);
    const dispatcher = h.dispatcher({ backoff: { baseMs: 10, maxMs: 100 } });
    // A bare 429 is not retried inside the SDK, so it reaches our backoff at once.
    h.connector.failNext(1, 429);
    await dispatcher.runOnce();
    let row = await h.prisma.reminderOccurrence.findFirstOrThrow({ where: { reminderId: id } });
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: '429', claimedBy: null });
    const delay = row.dueAt.getTime() - h.clock.now().getTime();
    expect(delay).toBeGreaterThanOrEqual(5);
    expect(delay).toBeLessThanOrEqual(10);
    h.clock.advance(delay);
    if (provider === 'sqlite') {
      // The SDK retries a 429 with Retry-After three times itself; the fourth answer reaches us.
      h.connector.failNext(4, 429, 1);
      await dispatcher.runOnce();
      row = await h.prisma.reminderOccurrence.findFirstOrThrow({ where: { reminderId: id } });
      expect(row.dueAt.getTime() - h.clock.now().getTime()).toBeGreaterThanOrEqual(1000);
      h.clock.advance(1000);
    }
    await drain(dispatcher);
    expect(h.capturesFor(person)).toHaveLength(1);
    row = await h.prisma.reminderOccurrence.findFirstOrThrow({ where: { reminderId: id } });
    expect(row).toMatchObject({ status: 'sent', lastError: null });
  }, 20_000);

  it('marks the person undeliverable on 403 and cancels what was queued', async () => {
    const person = await h.person();
    const [first, second] = await dueReminders(person, 2, 'FREQ=DAILY;BYHOUR=12;BYMINUTE=0');
    h.clock.advance(MINUTE);
    h.connector.failNext(1, 403);
    await drain(h.dispatcher({ concurrency: 1, groupSize: 1 }));
    expect(h.capturesFor(person)).toHaveLength(0);
    const reminders = await h.prisma.reminder.findMany({ where: { userHash: person.userHash } });
    expect(reminders.map((r) => r.status)).toEqual(['undeliverable', 'undeliverable']);
    const failed = await h.prisma.reminderOccurrence.findMany({
      where: { reminderId: { in: [first, second] } },
    });
    expect(failed.map((o) => [o.status, o.lastError]).sort()).toEqual([
      ['cancelled', null],
      ['failed', '403'],
    ]);
    h.clock.advance(2 * 24 * 60 * MINUTE);
    await drain(h.dispatcher());
    expect(h.capturesFor(person)).toHaveLength(0);
  });

  it('treats 404 the same way, and a missing conversation reference too', async () => {
    const person = await h.person();
    await dueReminders(person, 1);
    const ghost = await h.person();
    await dueReminders(ghost, 1);
    await h.references.forget(ghost.conversationKey);
    h.clock.advance(MINUTE);
    h.connector.failNext(1, 404);
    await drain(h.dispatcher({ concurrency: 1, groupSize: 1 }));
    for (const p of [person, ghost]) {
      expect((await h.prisma.reminder.findFirstOrThrow({ where: { userHash: p.userHash } })).status).toBe(
        'undeliverable',
      );
    }
    const ghostRow = await h.prisma.reminderOccurrence.findFirstOrThrow({
      where: { reminder: { userHash: ghost.userHash } },
    });
    expect(ghostRow.lastError).toBe('no_reference');
  });

  it('dead-letters after the maximum attempts, keeps the series going, and lists it for the admin', async () => {
    const person = await h.person();
    const [id] = await dueReminders(person, 1, 'FREQ=DAILY;BYHOUR=12;BYMINUTE=0');
    h.clock.advance(MINUTE);
    const dispatcher = h.dispatcher({ maxAttempts: 3, backoff: { baseMs: 1000, maxMs: 1000 } });
    h.connector.failNext(3, 412);
    for (let i = 0; i < 3; i += 1) {
      await drain(dispatcher);
      h.clock.advance(1000);
    }
    const rows = await h.prisma.reminderOccurrence.findMany({
      where: { reminderId: id },
      orderBy: { scheduledFor: 'asc' },
    });
    expect(rows.map((o) => [o.status, o.attempts, o.lastError])).toEqual([
      ['dead', 3, '412'],
      ['pending', 0, null],
    ]);
    const dead = await listDeadLetters(h.prisma);
    expect(dead).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ occurrenceId: rows[0].id, attempts: 3, lastError: '412', kind: 'custom' }),
      ]),
    );
  });
});
