import { messageActivity, postActivity, startTestApp, ask, type RunningTestApp } from '../support/testApp';

describe('POST /api/messages', () => {
  let t: RunningTestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  test('replies reach the channel through serviceUrl, welcome first on first contact', async () => {
    const conversation = { id: 'conv-serviceurl' };
    const res = await postActivity(
      t.baseUrl,
      messageActivity('hello', { serviceUrl: t.serviceUrl, conversation }),
    );
    expect(res.status).toBe(200);
    const first = await t.connector.waitFor((c) => c.conversationId === 'conv-serviceurl');
    expect(first.activity.text).toMatch(/automated assistant/i);
    expect(first.activity.replyToId).toBeDefined();
  });

  test('deliveryMode expectReplies returns the replies in the response body', async () => {
    const replies = await ask(t.baseUrl, 'hello there', { conversation: { id: 'conv-expect' } });
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0].type).toBe('message');
    expect(replies[0].text).toMatch(/automated assistant/i);
  });

  test('the welcome is given once per conversation', async () => {
    const conversation = { id: 'conv-once' };
    const first = await ask(t.baseUrl, 'hi', { conversation });
    const second = await ask(t.baseUrl, 'hi again', { conversation });
    expect(first.some((r) => /automated assistant/i.test(r.text ?? ''))).toBe(true);
    expect(second.some((r) => /automated assistant/i.test(r.text ?? ''))).toBe(false);
  });

  test('malformed JSON gets a 400 with a clear error', async () => {
    const res = await postActivity(t.baseUrl, '{"type": "message", ');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'MalformedJson', message: expect.stringMatching(/not valid JSON/) },
    });
  });

  test('an activity missing required fields gets a 400 naming them', async () => {
    const res = await postActivity(t.baseUrl, { type: 'message', text: 'hi' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/channelId/);
    expect(body.error.message).toMatch(/conversation/);
  });

  test('a JSON array or scalar is refused with 400', async () => {
    expect((await postActivity(t.baseUrl, '[1,2]')).status).toBe(400);
    expect((await postActivity(t.baseUrl, '42')).status).toBe(400);
  });

  test('a body over the limit gets a 413 without the server buffering it', async () => {
    const huge = JSON.stringify(messageActivity('x'.repeat(300 * 1024)));
    const res = await postActivity(t.baseUrl, huge);
    expect(res.status).toBe(413);
    // A chunked upload with no Content-Length is cut off while streaming.
    const stream = new ReadableStream({
      start(controller) {
        const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
        for (let i = 0; i < 8; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const chunked = await fetch(`${t.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    const health = await fetch(`${t.baseUrl}/healthz`);
    expect(health.status).toBe(200);
  });

  test('a serviceUrl that is not http(s) is refused', async () => {
    const res = await postActivity(t.baseUrl, messageActivity('hi', { serviceUrl: 'file:///etc/passwd' }));
    expect(res.status).toBe(400);
  });

  test('/healthz and /readyz report a live, migrated service', async () => {
    expect(await (await fetch(`${t.baseUrl}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  test('a conversation reference is stored for proactive messages', async () => {
    await ask(t.baseUrl, 'hello', { conversation: { id: 'conv-ref' } });
    const stored = await t.app.references.get(
      t.app.references.keyFor({ channelId: 'webchat', conversation: { id: 'conv-ref' } }),
    );
    expect(stored?.conversation?.id).toBe('conv-ref');
    expect(stored?.serviceUrl).toBeDefined();
  });

  test('logs carry no message text', async () => {
    await ask(t.baseUrl, 'canary-zebra-4471 is my secret', { conversation: { id: 'conv-log' } });
    await postActivity(t.baseUrl, '{"canary-zebra-4471"');
    expect(t.logs.text).not.toContain('canary-zebra-4471');
  });
});

describe('auth-required mode', () => {
  let t: RunningTestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: {
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
        MicrosoftAppPassword: 'not-a-real-secret',
      },
    });
  });
  afterAll(async () => t.close());

  test('an unsigned request gets 401 and nothing is stored', async () => {
    const res = await postActivity(
      t.baseUrl,
      messageActivity('hi', { serviceUrl: t.serviceUrl, conversation: { id: 'conv-unsigned' } }),
    );
    expect(res.status).toBe(401);
    expect(t.connector.received).toHaveLength(0);
    expect(await t.app.database.prisma.stateEntry.count()).toBe(0);
    expect(
      await t.app.references.get(
        t.app.references.keyFor({ channelId: 'webchat', conversation: { id: 'conv-unsigned' } }),
      ),
    ).toBeUndefined();
  });
});
