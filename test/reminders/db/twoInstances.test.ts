import { countDeliveries, deliveryKey, seedDueOccurrences } from '../../../bench/dispatch';
import { Dispatcher } from '../../../src/reminders/dispatcher';
import { occurrenceRef } from '../../../src/reminders/reminderReplies';
import { createUserLock } from '../../../src/reminders/userLock';
import { type Database, openDatabase } from '../../../src/storage/database';
import { projectRoot, providers } from '../../support/testDatabases';
import { drain, type Harness, openHarness } from './harness';

const COUNT = 10_000;

// Several bot instances share one database only on PostgreSQL (SQLite is one process).
const postgres = providers().filter((p) => p === 'postgresql');

describe.each(postgres)('two dispatcher instances on %s', (provider) => {
  let h: Harness;
  const extra: Database[] = [];

  beforeAll(async () => {
    h = await openHarness(provider);
  });

  afterAll(async () => {
    await Promise.all(extra.map((d) => d.close()));
    await h.close();
  });

  it('deliver 10,000 due occurrences exactly once between them', async () => {
    const seeded = await seedDueOccurrences(h.prisma, h.cipher, {
      count: COUNT,
      serviceUrl: h.serviceUrl,
      dueAt: (i) => new Date(h.clock.now().getTime() - 60_000 + (i % 600) * 100),
    });
    const instances: Dispatcher[] = [];
    for (const name of ['instance-a', 'instance-b']) {
      // Its own connection pool and lock, as a separate process would have.
      const database = await openDatabase({ provider, url: h.url, projectRoot, migrate: false, poolSize: 8 });
      extra.push(database);
      instances.push(
        new Dispatcher(
          {
            db: database.prisma,
            lock: createUserLock(database),
            sender: h.sender,
            cipher: h.cipher,
            clock: h.clock,
          },
          { provider, workerId: name, concurrency: 6, batchSize: 200 },
        ),
      );
    }
    await Promise.all(instances.map((d) => drain(d, 200)));

    // Each seeded occurrence was delivered exactly once, to its own conversation.
    const deliveries = countDeliveries(h.connector.received);
    const capturesPerOccurrence = seeded.map(
      (o) => deliveries.get(deliveryKey(o.conversationId, occurrenceRef(o.id))) ?? 0,
    );
    const rows = await h.prisma.reminderOccurrence.findMany({
      where: { id: { in: seeded.map((o) => o.id) } },
      select: { id: true, idempotencyKey: true, status: true, claimedBy: true },
    });
    expect(new Set(rows.map((r) => r.idempotencyKey)).size).toBe(COUNT);
    expect(capturesPerOccurrence.filter((n) => n !== 1)).toEqual([]);
    expect(h.connector.received).toHaveLength(COUNT);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    // Both instances took part.
    const byWorker = new Map<string, number>();
    for (const r of rows) byWorker.set(r.claimedBy ?? '', (byWorker.get(r.claimedBy ?? '') ?? 0) + 1);
    expect([...byWorker.keys()].sort()).toEqual(['instance-a', 'instance-b']);
    expect(Math.min(...byWorker.values())).toBeGreaterThan(COUNT / 10);
  }, 120_000);
});
