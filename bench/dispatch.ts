/**
 * Reminder dispatch benchmark: 10,000 occurrences due in the same minute, delivered by the real
 * dispatcher (two instances on PostgreSQL, each with its own connection pool, as two bot
 * processes would have) through CloudAdapter to a LoopbackConnector.
 *   node dist/bench/dispatch.js [sqlite|postgresql] [count]
 */
import crypto from 'node:crypto';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationReference,
} from 'botbuilder';
import { systemClock } from '../src/bot/turnServices';
import { type CapturedActivity, LoopbackConnector } from '../src/channels/loopbackConnector';
import { type DatabaseProvider, projectRoot } from '../src/config/config';
import { Dispatcher } from '../src/reminders/dispatcher';
import { regularKey } from '../src/reminders/occurrencePlan';
import { ProactiveSender } from '../src/reminders/proactiveSender';
import { ReminderMessages } from '../src/reminders/reminderMessages';
import { createUserLock } from '../src/reminders/userLock';
import { ConversationReferenceStore } from '../src/storage/conversationReferenceStore';
import { type Database, type Db, openDatabase } from '../src/storage/database';
import { createFieldCipher, type FieldCipher } from '../src/storage/fieldCipher';
import { createBenchDatabase } from './benchDatabases';
import { percentile, round } from './stats';

export interface DispatchBenchOptions {
  /** Occurrences to deliver (default 10,000). */
  count?: number;
  /** Dispatcher instances (default 2 on PostgreSQL, 1 on SQLite: SQLite is one process). */
  instances?: number;
  /** Spread of the due times inside the minute (default 0: all due at the same instant, the peak). */
  spreadMs?: number;
  /** Groups in flight per instance (default 6 on PostgreSQL, 4 on SQLite); see DispatcherOptions. */
  concurrency?: number;
  batchSize?: number;
  /** Give up after this long (default 120 s). */
  timeoutMs?: number;
}

export interface DispatchBenchResult {
  provider: DatabaseProvider;
  instances: number;
  count: number;
  delivered: number;
  duplicates: number;
  sendsPerSecond: number;
  latenessP50Ms: number;
  latenessP99Ms: number;
  elapsedMs: number;
}

export interface SeedOptions {
  count: number;
  serviceUrl: string;
  dueAt: (index: number) => Date;
  channelId?: string;
}

/** One seeded due occurrence and the conversation it is delivered to. */
export interface SeededOccurrence {
  id: string;
  conversationId: string;
}

/**
 * Inserts `count` people, each with a conversation reference, a one-time reminder and its due
 * occurrence, in bulk. Returns the occurrences in index order.
 */
export async function seedDueOccurrences(
  prisma: Db,
  cipher: FieldCipher,
  options: SeedOptions,
): Promise<SeededOccurrence[]> {
  const now = new Date();
  const rows = Array.from({ length: options.count }, (_, i) => seedRows(i, cipher, options, now));
  for (let start = 0; start < rows.length; start += 2000) {
    const chunk = rows.slice(start, start + 2000);
    await prisma.conversationRef.createMany({ data: chunk.map((r) => r.ref) });
    await prisma.reminder.createMany({ data: chunk.map((r) => r.reminder) });
    await prisma.reminderOccurrence.createMany({ data: chunk.map((r) => r.occurrence) });
  }
  return rows.map((r) => ({ id: r.occurrence.id, conversationId: r.conversationId }));
}

/** The rows of one seeded person: conversation reference, reminder and due occurrence. */
function seedRows(i: number, cipher: FieldCipher, options: SeedOptions, now: Date) {
  const channelId = options.channelId ?? 'webchat';
  const conversationId = `bench-${i}-${crypto.randomBytes(3).toString('hex')}`;
  const reference = {
    channelId,
    serviceUrl: options.serviceUrl,
    conversation: { id: conversationId },
    user: { id: `u${i}` },
    bot: { id: 'bot' },
  };
  const key = ConversationReferenceStore.keyOf(reference as Partial<ConversationReference>);
  const userHash = crypto.createHash('sha256').update(`bench-user-${i}`).digest('base64url');
  const reminderId = crypto.randomUUID();
  const dueAt = options.dueAt(i);
  const stamps = { createdAt: now, updatedAt: now };
  return {
    conversationId,
    ref: { key, channelId, userHash, reference: cipher.seal(JSON.stringify(reference)), ...stamps },
    reminder: {
      id: reminderId,
      userHash,
      conversationKey: key,
      channelId,
      kind: 'custom',
      what: cipher.seal(`practice ${i}`),
      timeZone: 'UTC',
      ...stamps,
    },
    occurrence: {
      id: crypto.randomUUID(),
      reminderId,
      scheduledFor: dueAt,
      dueAt,
      idempotencyKey: regularKey(reminderId, dueAt),
      ...stamps,
    },
  };
}

/** The occurrence reference in a captured reminder's buttons. */
export function capturedRef(captured: CapturedActivity): string | undefined {
  return /"done #([0-9a-f]{8})"/.exec(JSON.stringify(captured.activity))?.[1];
}

/**
 * What identifies one delivery: its conversation plus the short occurrence reference on its
 * buttons. The reference alone (8 hex digits) is shared by two of 10,000 occurrences about once
 * in a hundred runs, so counting by it alone reports phantom duplicates.
 */
export function deliveryKey(conversationId: string, ref: string): string {
  return `${conversationId}#${ref}`;
}

/** Deliveries captured per `deliveryKey`. */
export function countDeliveries(received: readonly CapturedActivity[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of received) {
    const ref = capturedRef(c);
    if (!ref) continue;
    const key = deliveryKey(c.conversationId, ref);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export async function benchDispatch(
  provider: DatabaseProvider,
  options: DispatchBenchOptions = {},
): Promise<DispatchBenchResult> {
  const count = options.count ?? 10_000;
  const instances = options.instances ?? (provider === 'postgresql' ? 2 : 1);
  const bench = await createBenchDatabase(provider);
  const connector = new LoopbackConnector();
  const databases: Database[] = [];
  try {
    const serviceUrl = await connector.start();
    const main = await openDatabase({ provider, url: bench.url, projectRoot, poolSize: 4 });
    databases.push(main);
    const cipher = createFieldCipher([{ id: 'b1', key: crypto.randomBytes(32) }]);
    const seeded = await seedDueOccurrences(main.prisma, cipher, { count, serviceUrl, dueAt: () => PARKED });
    const ids = seeded.map((o) => o.id);
    const dispatchers = await startDispatchers(provider, bench.url, instances, cipher, options, databases);
    // The minute starts once every dispatcher is up and idle, so seeding time is not lateness.
    const dueStart = Date.now() + 1500;
    const spread = options.spreadMs ?? 0;
    await makeDue(main.prisma, ids, dueStart, spread);
    await waitForDeliveries(connector, count, dueStart + spread + (options.timeoutMs ?? 120_000));
    await Promise.all(dispatchers.map((d) => d.stop()));
    return await summarise(main.prisma, connector, { provider, instances, count, dueStart });
  } finally {
    await Promise.all(databases.map((d) => d.close()));
    await connector.stop();
    await bench.drop();
  }
}

/** Seeded occurrences wait here, far in the future, until the benchmark makes them due. */
const PARKED = new Date('2100-01-01T00:00:00Z');

/** Sets the due times: `dueStart`, spread evenly over `spreadMs` in groups of 100. */
async function makeDue(prisma: Db, ids: string[], dueStart: number, spreadMs: number): Promise<void> {
  if (spreadMs <= 0) {
    await prisma.reminderOccurrence.updateMany({
      where: { dueAt: PARKED },
      data: { dueAt: new Date(dueStart) },
    });
    return;
  }
  const group = 100;
  for (let start = 0; start < ids.length; start += group) {
    const dueAt = new Date(dueStart + Math.floor((start * spreadMs) / ids.length));
    await prisma.reminderOccurrence.updateMany({
      where: { id: { in: ids.slice(start, start + group) } },
      data: { dueAt },
    });
  }
}

async function startDispatchers(
  provider: DatabaseProvider,
  url: string,
  instances: number,
  cipher: FieldCipher,
  options: DispatchBenchOptions,
  databases: Database[],
): Promise<Dispatcher[]> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const messages = ReminderMessages.load();
  const concurrency = options.concurrency ?? (provider === 'postgresql' ? 6 : 4);
  const dispatchers: Dispatcher[] = [];
  for (let i = 0; i < instances; i += 1) {
    // One pool per instance, sized for its sends in flight (each holds a connection on PostgreSQL).
    const database = await openDatabase({
      provider,
      url,
      projectRoot,
      migrate: false,
      poolSize: concurrency + 2,
    });
    databases.push(database);
    const dispatcher = new Dispatcher(
      {
        db: database.prisma,
        lock: createUserLock(database),
        sender: new ProactiveSender(adapter, ''),
        cipher,
        clock: systemClock,
        messages,
      },
      { provider, workerId: `bench-${i}`, pollMs: 1000, batchSize: options.batchSize ?? 200, concurrency },
    );
    dispatcher.start();
    dispatchers.push(dispatcher);
  }
  return dispatchers;
}

async function waitForDeliveries(
  connector: LoopbackConnector,
  count: number,
  deadline: number,
): Promise<void> {
  while (connector.received.length < count && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  // Let any duplicate still in flight land before counting.
  await new Promise((r) => setTimeout(r, 300));
}

async function summarise(
  prisma: Db,
  connector: LoopbackConnector,
  run: { provider: DatabaseProvider; instances: number; count: number; dueStart: number },
): Promise<DispatchBenchResult> {
  const perRef = countDeliveries(connector.received);
  const duplicates = [...perRef.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const sent = await prisma.reminderOccurrence.findMany({
    where: { status: 'sent' },
    select: { dueAt: true, sentAt: true },
  });
  const lateness = sent.map((o) => o.sentAt!.getTime() - o.dueAt.getTime()).sort((a, b) => a - b);
  const lastSent = Math.max(...sent.map((o) => o.sentAt!.getTime()));
  const elapsedMs = lastSent - run.dueStart;
  return {
    provider: run.provider,
    instances: run.instances,
    count: run.count,
    delivered: perRef.size,
    duplicates,
    sendsPerSecond: round((perRef.size / Math.max(1, elapsedMs)) * 1000, 0),
    latenessP50Ms: percentile(lateness, 50),
    latenessP99Ms: percentile(lateness, 99),
    elapsedMs,
  };
}

if (require.main === module) {
  const provider = (process.argv[2] ?? 'sqlite') as DatabaseProvider;
  const count = process.argv[3] ? Number(process.argv[3]) : undefined;
  void benchDispatch(provider, { count }).then((result) => console.log(JSON.stringify(result)));
}
