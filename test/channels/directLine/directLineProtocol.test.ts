import jwt from 'jsonwebtoken';
import { startTestApp, postActivity, messageActivity, type RunningTestApp } from '../../support/testApp';
import { DirectLineClient, refusedStatus, StreamListener, wireText } from '../support/directLineClient';

const TOKEN_SECRET = 'test-direct-line-token-secret-0123456789abcdef';
const env = { DIRECT_LINE_TOKEN_SECRET: TOKEN_SECRET };
const isWelcome = (a: { text?: string; from: { role?: string } }) =>
  a.from.role === 'bot' && /automated assistant/i.test(a.text ?? '');
const isIopAnswer = (a: { summary?: string; text?: string }) =>
  /structured mental-health treatment/i.test(`${a.summary ?? ''} ${a.text ?? ''}`);

describe('built-in Direct Line 3.0 endpoint', () => {
  let t: RunningTestApp;
  beforeAll(async () => {
    t = await startTestApp({ env });
  });
  afterAll(async () => t.close());

  test('starting a conversation returns id, token, expiry and a stream URL on this server; the bot greets', async () => {
    const { client, started } = await DirectLineClient.start(t.baseUrl);
    expect(started.conversationId).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(started.expires_in).toBe(1800);
    const wsBase = t.baseUrl.replace(/^http/, 'ws');
    expect(
      started.streamUrl.startsWith(
        `${wsBase}/v3/directline/conversations/${started.conversationId}/stream?t=`,
      ),
    ).toBe(true);
    const history = await client.pollUntil(isWelcome);
    expect(history[0].id).toBe(`${started.conversationId}|0000001`);
  });

  test('posting returns the activity id; polling with a watermark returns only what is newer', async () => {
    const { client } = await DirectLineClient.start(t.baseUrl);
    await client.pollUntil(isWelcome);
    const first = await client.poll();
    const id = await client.post('what is an IOP?');
    expect(id).toBe(`${client.conversationId}|0000002`);
    const next = await client.poll(first.watermark);
    expect(next.activities.map((a) => a.id)[0]).toBe(id);
    expect(next.activities.some(isIopAnswer)).toBe(true);
    expect(Number(next.watermark)).toBeGreaterThan(Number(first.watermark));
    expect((await client.poll(next.watermark)).activities).toEqual([]);
    const echo = next.activities[0];
    // The sender is the token's user, whatever the client claimed.
    expect(echo.from.role).toBe('user');
    expect(echo.from.id).toMatch(/^dl_/);
    expect(echo.from.id).not.toBe('someone-else');
    const reply = next.activities.find(isIopAnswer);
    expect(reply?.replyToId).toBe(id);
  });

  test('the WebSocket stream delivers history, then replies as they are stored; no connector secret reaches the browser', async () => {
    const { client, started } = await DirectLineClient.start(t.baseUrl);
    const stream = await StreamListener.open(started.streamUrl);
    await stream.waitFor(isWelcome);
    const id = await client.post('what is an IOP?');
    const reply = await stream.waitFor(isIopAnswer);
    expect(reply.replyToId).toBe(id);
    expect(stream.activities.map((a) => a.id)).toContain(id);
    const everything = wireText(stream.activities) + wireText((await client.poll()).activities);
    expect(everything).not.toMatch(/directline-connector|serviceUrl/);
    stream.close();
  });

  test('token refresh and reconnect issue working tokens for the same conversation', async () => {
    const { client } = await DirectLineClient.start(t.baseUrl);
    const refreshed = await client.request('POST', '/tokens/refresh');
    expect(refreshed.status).toBe(200);
    const body = (await refreshed.json()) as { token: string; conversationId: string };
    expect(body.conversationId).toBe(client.conversationId);
    const reconnect = await client.request(
      'GET',
      `/conversations/${client.conversationId}?watermark=0`,
      undefined,
      body.token,
    );
    expect(reconnect.status).toBe(200);
    const again = (await reconnect.json()) as { token: string; streamUrl: string; conversationId: string };
    expect(again.conversationId).toBe(client.conversationId);
    client.token = again.token;
    await client.post('hello');
    const stream = await StreamListener.open(again.streamUrl);
    await stream.waitFor((a) => a.text === 'hello');
    stream.close();
  });

  test('a token for another conversation, a forged token or no token is refused', async () => {
    const a = (await DirectLineClient.start(t.baseUrl)).client;
    const b = await DirectLineClient.start(t.baseUrl);
    const path = `/conversations/${a.conversationId}/activities`;
    expect((await a.request('GET', path, undefined, b.client.token)).status).toBe(403);
    expect((await a.request('POST', path, { type: 'message', text: 'x' }, b.client.token)).status).toBe(403);
    expect(
      (await a.request('GET', `/conversations/${a.conversationId}`, undefined, b.client.token)).status,
    ).toBe(403);
    const forged = jwt.sign(
      { conv: a.conversationId, sub: 'dl_x' },
      'another-secret-of-enough-length-000000',
      {
        issuer: 'iop-assistant/directline',
        audience: 'iop-assistant/directline/conversation',
        expiresIn: 600,
      },
    );
    expect((await a.request('GET', path, undefined, forged)).status).toBe(403);
    const none = await a.request('GET', path, undefined, '');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    const otherStream = b.started.streamUrl.replace(b.client.conversationId, a.conversationId);
    expect(await refusedStatus(otherStream)).toBe(403);
  });

  test('an expired token is refused with 403 TokenExpired, also for refresh and the stream', async () => {
    const { client } = await DirectLineClient.start(t.baseUrl);
    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = jwt.sign(
      { conv: client.conversationId, sub: 'dl_x', iat: past, exp: past + 1800 },
      TOKEN_SECRET,
      {
        issuer: 'iop-assistant/directline',
        audience: 'iop-assistant/directline/conversation',
      },
    );
    const res = await client.request(
      'GET',
      `/conversations/${client.conversationId}/activities`,
      undefined,
      expired,
    );
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('TokenExpired');
    expect((await client.request('POST', '/tokens/refresh', undefined, expired)).status).toBe(403);
    const streamUrl = `${t.baseUrl.replace(/^http/, 'ws')}/v3/directline/conversations/${client.conversationId}/stream?t=${expired}`;
    expect(await refusedStatus(streamUrl)).toBe(403);
  });

  test('attachments and unknown activity types are refused; oversized text gets 400', async () => {
    const { client } = await DirectLineClient.start(t.baseUrl);
    const path = `/conversations/${client.conversationId}/activities`;
    expect(
      (await client.request('POST', path, { type: 'message', attachments: [{ contentType: 'image/png' }] }))
        .status,
    ).toBe(400);
    expect((await client.request('POST', path, { type: 'conversationUpdate' })).status).toBe(400);
    expect((await client.request('POST', path, { type: 'message', text: 'x'.repeat(5000) })).status).toBe(
      400,
    );
  });

  test('a proactive message posted to the connector route as the bot would reaches an open stream', async () => {
    const { client, started } = await DirectLineClient.start(t.baseUrl);
    await client.post('hello');
    const reference = await t.app.references.get(
      t.app.references.keyFor({ channelId: 'webchat', conversation: { id: client.conversationId } }),
    );
    expect(reference?.serviceUrl).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/v3\/directline-connector\/[A-Za-z0-9_-]{43}\/$/,
    );
    const stream = await StreamListener.open(started.streamUrl);
    const res = await fetch(`${reference!.serviceUrl}v3/conversations/${client.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: 'Reminder: time for your walk.',
        serviceUrl: reference!.serviceUrl,
      }),
    });
    expect(res.status).toBe(200);
    const pushed = await stream.waitFor((a) => a.text === 'Reminder: time for your walk.');
    expect(pushed.from.role).toBe('bot');
    expect(wireText([pushed])).not.toContain('directline-connector');
    stream.close();
  });

  test('the connector routes refuse a wrong key, proxied requests and unknown conversations (404)', async () => {
    const { client } = await DirectLineClient.start(t.baseUrl);
    await client.post('hello');
    const serviceUrl = (await t.app.references.get(
      t.app.references.keyFor({ channelId: 'webchat', conversation: { id: client.conversationId } }),
    ))!.serviceUrl!;
    const send = (url: string, headers: Record<string, string> = {}) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{"type":"message","text":"x"}',
      });
    const good = `${serviceUrl}v3/conversations/${client.conversationId}/activities`;
    const wrongKey = good.replace(/directline-connector\/[^/]+\//, `directline-connector/${'A'.repeat(43)}/`);
    expect((await send(wrongKey)).status).toBe(404);
    expect((await send(good, { 'x-forwarded-for': '203.0.113.9' })).status).toBe(404);
    expect((await send(good.replace(client.conversationId, 'no-such-conversation'))).status).toBe(404);
    const before = (await client.poll()).activities.length;
    expect((await client.poll()).activities).toHaveLength(before);
  });

  test('a conversation keeps at most four streams: a fifth closes the oldest', async () => {
    const { started } = await DirectLineClient.start(t.baseUrl);
    const streams = [];
    for (let i = 0; i < 5; i++) streams.push(await StreamListener.open(started.streamUrl));
    expect(await streams[0].waitForClose()).toBe(4001);
    expect(streams.slice(1).every((s) => s.closeCode === undefined)).toBe(true);
    streams.forEach((s) => s.close());
  });
});

describe('built-in Direct Line limits', () => {
  test('conversation starts are limited per client address with 429 and Retry-After', async () => {
    const t = await startTestApp({ env: { ...env, WEBCHAT_TOKENS_PER_MINUTE: '2' } });
    try {
      await DirectLineClient.start(t.baseUrl);
      await DirectLineClient.start(t.baseUrl);
      const third = await fetch(`${t.baseUrl}/v3/directline/conversations`, { method: 'POST' });
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    } finally {
      await t.close();
    }
  });
});

describe('auth-required mode (MicrosoftAppId set)', () => {
  test('the website chat still works in-process while unsigned posts to /api/messages get 401', async () => {
    const t = await startTestApp({
      env: {
        ...env,
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
        MicrosoftAppPassword: 'not-a-real-secret',
      },
    });
    try {
      const { client, started } = await DirectLineClient.start(t.baseUrl);
      const stream = await StreamListener.open(started.streamUrl);
      await stream.waitFor(isWelcome);
      await client.post('what is an IOP?');
      await stream.waitFor(isIopAnswer);
      stream.close();
      const unsigned = await postActivity(t.baseUrl, messageActivity('hi', { serviceUrl: t.serviceUrl }));
      expect(unsigned.status).toBe(401);
    } finally {
      await t.close();
    }
  });
});
