import { DirectLineStore, activityId } from '../../../src/channels/directLine/directLineStore';
import { createFieldCipher } from '../../../src/storage/fieldCipher';
import { startTestApp } from '../../support/testApp';
import { createTestDatabase } from '../../support/testDatabases';
import { DirectLineClient, StreamListener } from '../support/directLineClient';

const env = { DIRECT_LINE_TOKEN_SECRET: 'persistence-test-token-secret-0123456789abcdef' };
const isIopAnswer = (a: { summary?: string; text?: string }) =>
  /structured mental-health treatment/i.test(`${a.summary ?? ''} ${a.text ?? ''}`);

describe('built-in Direct Line persistence', () => {
  test('a restart on the same database continues the conversation: same token, history, next watermark', async () => {
    const database = await createTestDatabase('sqlite');
    const first = await startTestApp({ env, database });
    const { client } = await DirectLineClient.start(first.baseUrl);
    await client.post('what is an IOP?');
    const before = await client.poll();
    await first.close();

    const second = await startTestApp({ env, database });
    try {
      const resumed = new DirectLineClient(second.baseUrl, client.token, client.conversationId);
      const reconnect = await resumed.request('GET', `/conversations/${client.conversationId}`);
      expect(reconnect.status).toBe(200);
      const history = await resumed.poll();
      expect(history.activities.map((a) => a.id)).toEqual(before.activities.map((a) => a.id));
      expect(history.activities.some(isIopAnswer)).toBe(true);
      const id = await resumed.post('hello again');
      expect(Number(id.split('|')[1])).toBe(Number(before.watermark) + 1);
    } finally {
      await second.close();
      await database.destroy();
    }
  });

  test('a reply stored by instance B reaches a stream held by instance A (shared database)', async () => {
    const database = await createTestDatabase('sqlite');
    const a = await startTestApp({ env, database });
    const b = await startTestApp({ env, database });
    try {
      const { client, started } = await DirectLineClient.start(a.baseUrl);
      const stream = await StreamListener.open(started.streamUrl);
      // The person's next message lands on instance B (a load balancer without affinity).
      const viaB = new DirectLineClient(b.baseUrl, client.token, client.conversationId);
      const id = await viaB.post('what is an IOP?');
      const reply = await stream.waitFor(isIopAnswer, 4000);
      expect(reply.replyToId).toBe(id);
      // A reminder sent by B through the serviceUrl A stored also reaches A's stream.
      const serviceUrl = (await b.app.references.get(
        b.app.references.keyFor({ channelId: 'webchat', conversation: { id: client.conversationId } }),
      ))!.serviceUrl!;
      const bUrl = serviceUrl.replace(/:\d+\//, `:${new URL(b.baseUrl).port}/`);
      const res = await fetch(`${bUrl}v3/conversations/${client.conversationId}/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'Reminder from B' }),
      });
      expect(res.status).toBe(200);
      await stream.waitFor((x) => x.text === 'Reminder from B', 4000);
      stream.close();
    } finally {
      await a.close();
      await b.close();
      await database.destroy();
    }
  });
});

describe('DirectLineStore', () => {
  test('keeps only the newest activities per conversation and expires idle conversations', async () => {
    const t = await startTestApp({ env });
    try {
      let now = new Date('2026-03-01T12:00:00Z');
      const cipher = createFieldCipher([{ id: 'k1', key: Buffer.alloc(32, 7) }]);
      const store = new DirectLineStore(t.app.database.prisma, cipher, {
        historyLimit: 3,
        ttlMs: 3_600_000,
        now: () => now,
      });
      await store.create('capped', 'hash-1');
      for (let i = 0; i < 5; i++)
        await store.append('capped', (seq) => ({
          id: activityId('capped', seq),
          type: 'message',
          text: `m${seq}`,
        }));
      const kept = await store.since('capped', 0);
      expect(kept.map((k) => k.seq)).toEqual([3, 4, 5]);
      expect(kept.map((k) => k.activity.text)).toEqual(['m3', 'm4', 'm5']);
      const row = await t.app.database.prisma.directLineActivity.findFirstOrThrow({
        where: { conversationId: 'capped' },
      });
      // Stored sealed: no JSON (a quote never appears in the sealed form; a short text such as
      // "m3" can, by chance, inside base64), and opening it gives back one of the kept activities.
      expect(row.activity).toMatch(/^e1:k1:/);
      expect(row.activity).not.toContain('"');
      expect(['m3', 'm4', 'm5']).toContain((JSON.parse(cipher.open(row.activity)) as { text: string }).text);
      expect(await store.append('missing', (seq) => ({ id: String(seq) }))).toBeUndefined();

      expect(await store.isOpen('capped')).toBe(true);
      now = new Date(now.getTime() + 3_600_001);
      expect(await store.isOpen('capped')).toBe(false);
      expect(await store.sweep()).toBe(1);
      expect(
        await t.app.database.prisma.directLineActivity.count({ where: { conversationId: 'capped' } }),
      ).toBe(0);
    } finally {
      await t.close();
    }
  });
});
