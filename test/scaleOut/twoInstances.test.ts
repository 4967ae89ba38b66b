import crypto from 'node:crypto';
import type { Activity, ConversationReference } from 'botbuilder';
import { systemClock } from '../../src/bot/turnServices';
import { LoopbackConnector } from '../../src/channels/loopbackConnector';
import { ReminderStore } from '../../src/reminders/reminderStore';
import { createUserLock } from '../../src/reminders/userLock';
import { ConversationReferenceStore } from '../../src/storage/conversationReferenceStore';
import { type Database, openDatabase } from '../../src/storage/database';
import { createFieldCipher, parseCipherKeys } from '../../src/storage/fieldCipher';
import { PrismaStorage } from '../../src/storage/prismaStorage';
import { UserHasher } from '../../src/storage/userHasher';
import { DirectLineClient, type WireActivity } from '../channels/support/directLineClient';
import { type ServerProcess, startServerProcess } from '../support/serverProcess';
import { messageActivity, postActivity } from '../support/testApp';
import {
  createTestDatabase,
  postgresEnabled,
  projectRoot,
  type TestDatabase,
} from '../support/testDatabases';

/**
 * Scale-out: two real server processes (`node dist/src/index.js`, as `npm start` runs it) behind
 * "one URL" (the test spreads requests over both), sharing one fresh PostgreSQL database. SQLite is
 * one process by design (ADR 0010), so this runs on PostgreSQL only; on CI PostgreSQL is required
 * (test/support/globalSetup.ts fails the run without it), so there it never skips.
 */
const onPostgres = postgresEnabled() ? describe : describe.skip;

// Secrets every instance must share: same keys, same hashes, same Direct Line tokens.
const FIELD_ENCRYPTION_KEY = crypto.randomBytes(32).toString('base64');
const USER_HASH_SECRET = crypto.randomBytes(24).toString('base64');
const DIRECT_LINE_TOKEN_SECRET = crypto.randomBytes(48).toString('base64');
const cipher = createFieldCipher(parseCipherKeys(FIELD_ENCRYPTION_KEY));
const hasher = new UserHasher(Buffer.from(USER_HASH_SECRET, 'utf8'));

type Plain = Record<string, unknown>;

onPostgres('two instances on one PostgreSQL database', () => {
  let database: TestDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  let db: Database;
  let storage: PrismaStorage;
  const statuses: number[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgresql');
    const env = {
      DATABASE_URL: database.url,
      FIELD_ENCRYPTION_KEY,
      USER_HASH_SECRET,
      DIRECT_LINE_TOKEN_SECRET,
      REMINDER_POLL_MS: '200',
      RATE_LIMIT_MESSAGES_PER_MINUTE: '0',
      RATE_LIMIT_IP_PER_MINUTE: '0',
      SHUTDOWN_GRACE_MS: '5000',
    };
    // Started together: both apply migrations at once (the advisory lock makes one wait).
    [a, b] = await Promise.all([startServerProcess(env, 90_000), startServerProcess(env, 90_000)]);
    db = await openDatabase({
      provider: 'postgresql',
      url: database.url,
      projectRoot,
      migrate: false,
      poolSize: 4,
    });
    // The same keys as the instances: state keys are stored hashed, values sealed.
    storage = new PrismaStorage(db.prisma, cipher, hasher);
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.destroy();
  }, 60_000);

  /** One turn over /api/messages with the replies in the response body. */
  async function turn(
    server: ServerProcess,
    conversationId: string,
    userId: string,
    text: string,
    locale = 'en-US',
  ): Promise<Partial<Activity>[]> {
    const res = await postActivity(
      server.baseUrl,
      messageActivity(text, {
        deliveryMode: 'expectReplies',
        conversation: { id: conversationId },
        from: { id: userId },
        locale,
      }),
    );
    statuses.push(res.status);
    if (res.status !== 200) return [];
    return ((await res.json()) as { activities?: Partial<Activity>[] }).activities ?? [];
  }

  const state = async (key: string): Promise<Plain | undefined> =>
    (await storage.read([key]))[key] as Plain | undefined;
  const conversationData = async (id: string) =>
    (await state(`webchat/conversations/${id}/`))?.conversation as Plain | undefined;
  const profile = async (userId: string) =>
    (await state(`webchat/users/${userId}/`))?.profile as Plain | undefined;

  test('concurrent turns for the same and different conversations keep every change, with no 5xx', async () => {
    const people = [
      { zip: '07030', label: 'Hoboken, NJ 07030' },
      { zip: '60601', label: 'Chicago, IL 60601' },
      { zip: '94103', label: 'San Francisco, CA 94103' },
      { zip: '02139', label: 'Cambridge, MA 02139' },
      { zip: '98101', label: 'Seattle, WA 98101' },
      { zip: '30303', label: 'Atlanta, GA 30303' },
      { zip: '78701', label: 'Austin, TX 78701' },
      { zip: '80202', label: 'Denver, CO 80202' },
    ].map((p, i) => ({ ...p, user: `person-${i}`, english: `en-${i}`, spanish: `es-${i}` }));

    // Each person, all at once: in one conversation a question on one instance and a program
    // search on the other; in a second conversation two Spanish questions, one per instance.
    // Every turn of a person also writes that person's profile (first seen, location).
    await Promise.all(
      people.flatMap((p, i) => {
        const [first, second] = i % 2 ? [a, b] : [b, a];
        return [
          turn(first, p.english, p.user, 'what is cbt'),
          turn(second, p.english, p.user, `find an IOP near ${p.zip}`),
          turn(second, p.spanish, p.user, 'hola, ¿qué es la terapia dialéctica conductual?', 'es-US'),
          turn(first, p.spanish, p.user, '¿qué es un programa intensivo ambulatorio?', 'es-US'),
        ];
      }),
    );

    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    for (const p of people) {
      // The question's topic and the search's location both survived, whichever saved last.
      const english = await conversationData(p.english);
      expect(english).toMatchObject({ welcomed: true, language: 'en', lastTopicId: 'cbt' });
      const spanish = await conversationData(p.spanish);
      expect(spanish).toMatchObject({ welcomed: true, language: 'es', lastTopicId: expect.any(String) });
      expect(await profile(p.user)).toMatchObject({
        firstSeen: expect.any(String),
        location: { label: p.label },
      });
    }

    // The other instance uses what this one saved: each person's next search, on the instance
    // that did not run their first one, starts from the saved place.
    const replies = await Promise.all(
      people.map((p, i) => turn(i % 2 ? a : b, `again-${i}`, p.user, 'find an IOP near me')),
    );
    people.forEach((p, i) => expect(replies[i].map((r) => r.text ?? '').join(' ')).toContain(p.label));
    expect(statuses.filter((s) => s !== 200)).toEqual([]);

    const logs = a.output() + b.output();
    expect(logs).not.toMatch(/"msg":"turn failed"|changes not saved|"level":"(error|fatal)"/);
    const merged = [a, b].map((s) => conflictCount(s.output()));
    console.log(`state conflicts merged by instance (informational): A=${merged[0]}, B=${merged[1]}`);
  }, 180_000);

  test('reminders due now are delivered exactly once between the two instances', async () => {
    const connector = new LoopbackConnector();
    const serviceUrl = await connector.start();
    try {
      const references = new ConversationReferenceStore(db.prisma, cipher, hasher);
      const reminders = new ReminderStore(db.prisma, cipher, systemClock, createUserLock(db));
      const count = 30;
      const conversations: string[] = [];
      for (let i = 0; i < count; i++) {
        const reference = {
          channelId: 'webchat',
          serviceUrl,
          conversation: { id: `reminded-${i}` },
          user: { id: `reminded-user-${i}` },
          bot: { id: 'bot' },
        } as Partial<ConversationReference>;
        await references.remember(reference);
        conversations.push(`reminded-${i}`);
        await reminders.create({
          userHash: hasher.hash('webchat', `reminded-user-${i}`),
          conversationKey: references.keyFor(reference),
          channelId: 'webchat',
          kind: 'custom',
          what: `stretch ${i}`,
          timeZone: 'America/New_York',
          respectQuietHours: false,
          // Due a moment from now: both dispatchers (polling every 200 ms) race for each.
          firstAt: new Date(Date.now() + 1500),
        });
      }

      await waitUntil(() => new Set(connector.received.map((c) => c.conversationId)).size === count, 90_000);
      // Time for a duplicate to show up, if either instance were going to send one.
      await new Promise((r) => setTimeout(r, 3000));

      const perConversation = conversations.map(
        (id) => connector.received.filter((c) => c.conversationId === id).length,
      );
      expect(perConversation).toEqual(conversations.map(() => 1));
      expect(connector.received).toHaveLength(count);
      const rows = await db.prisma.reminderOccurrence.findMany({ select: { status: true, claimedBy: true } });
      expect(rows.filter((r) => r.status === 'sent')).toHaveLength(count);
      const workers = new Set(rows.map((r) => r.claimedBy));
      console.log(`reminder occurrences claimed by ${workers.size} instance(s) (informational)`);
    } finally {
      await connector.stop();
    }
  }, 180_000);

  test('built-in Direct Line: started on A, posted via B, read from both', async () => {
    const { client: onA } = await DirectLineClient.start(a.baseUrl);
    const onB = new DirectLineClient(b.baseUrl, onA.token, onA.conversationId);

    // A message posted through B is answered (by B's turn), and both instances show it.
    const firstId = await onB.post('what is dbt');
    const isReplyTo = (id: string) => (x: WireActivity) => x.from.role === 'bot' && x.replyToId === id;
    const seenOnA = await onA.pollUntil(isReplyTo(firstId), 60_000);
    const seenOnB = await onB.pollUntil(isReplyTo(firstId), 60_000);
    expect(seenOnA.some((x) => x.id === firstId && x.from.role === 'user')).toBe(true);
    expect(seenOnB.some((x) => x.id === firstId && x.from.role === 'user')).toBe(true);

    // And the other way round, reading on from a watermark.
    const { watermark } = await onB.poll();
    const secondId = await onA.post('what is an iop');
    const later = await pollFrom(onB, watermark, isReplyTo(secondId));
    expect(later.map((x) => x.id)).toContain(secondId);
    expect(later.every((x) => Number(x.id.split('|')[1]) > Number(watermark))).toBe(true);

    // Both instances hold one history: same activities, same order, same watermark.
    const [fromA, fromB] = await Promise.all([onA.poll(), onB.poll()]);
    expect(fromB.activities.map((x) => x.id)).toEqual(fromA.activities.map((x) => x.id));
    expect(fromB.watermark).toBe(fromA.watermark);

    // A token issued by A is renewed by B.
    const refreshed = await onB.request('POST', '/tokens/refresh');
    expect(refreshed.status).toBe(200);
    const logs = a.output() + b.output();
    expect(logs).not.toMatch(/"msg":"(turn failed|direct line turn failed|direct line request failed)"/);
  }, 180_000);

  test('both instances shut down cleanly', async () => {
    expect(await Promise.all([a.stop(), b.stop()])).toEqual([0, 0]);
  }, 60_000);
});

function conflictCount(output: string): number {
  return output.split('\n').filter((l) => l.includes('"msg":"state save conflict"')).length;
}

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Polls from a watermark until an activity matches; returns what arrived after the watermark. */
async function pollFrom(
  client: DirectLineClient,
  watermark: string,
  match: (x: WireActivity) => boolean,
  timeoutMs = 60_000,
): Promise<WireActivity[]> {
  const deadline = Date.now() + timeoutMs;
  const seen: WireActivity[] = [];
  let mark = watermark;
  for (;;) {
    const batch = await client.poll(mark);
    seen.push(...batch.activities);
    mark = batch.watermark;
    if (seen.some(match)) return seen;
    if (Date.now() > deadline) throw new Error('pollFrom: nothing matched');
    await new Promise((r) => setTimeout(r, 100));
  }
}
