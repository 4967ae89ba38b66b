import { addressKey } from '../../src/server/addressKey';
import { RateLimiter } from '../../src/server/rateLimiter';
import { messageActivity, postActivity, startTestApp, type RunningTestApp } from '../support/testApp';

function fakeClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  test('allows a burst, then refills at the per-minute rate and says when to retry', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ perMinute: 30, burst: 10, now: clock.now });
    for (let i = 0; i < 10; i++) expect(limiter.take('a')).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    clock.advance(1000);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(1000);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  test('keys are independent', () => {
    const limiter = new RateLimiter({ perMinute: 1, now: fakeClock().now });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  test('refused attempts do not push the retry time further out', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ perMinute: 6, burst: 1, now: clock.now });
    limiter.take('a');
    for (let i = 0; i < 20; i++) expect(limiter.take('a').retryAfterSeconds).toBe(10);
    clock.advance(10_000);
    expect(limiter.take('a').allowed).toBe(true);
  });

  test('forgets keys idle long enough to have refilled', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ perMinute: 60, burst: 5, now: clock.now });
    for (let i = 0; i < 100; i++) limiter.take(`key-${i}`);
    expect(limiter.size).toBe(100);
    clock.advance(5_000);
    limiter.take('late');
    expect(limiter.size).toBe(1);
  });

  test('never holds more than maxKeys; a forgotten key starts afresh', () => {
    const limiter = new RateLimiter({ perMinute: 1, maxKeys: 50, now: fakeClock().now });
    limiter.take('first');
    expect(limiter.take('first').allowed).toBe(false);
    for (let i = 0; i < 500; i++) limiter.take(`flood-${i}`);
    expect(limiter.size).toBe(50);
    expect(limiter.take('first').allowed).toBe(true);
  });

  test('a clock that steps back never takes tokens away', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ perMinute: 60, burst: 2, now: clock.now });
    limiter.take('a');
    clock.advance(-60_000);
    expect(limiter.take('a').allowed).toBe(true);
  });

  test('refuses a rate of 0 or less: turning a limit off is the caller’s decision', () => {
    expect(() => new RateLimiter({ perMinute: 0 })).toThrow(RangeError);
    expect(() => new RateLimiter({ perMinute: Number.NaN })).toThrow(RangeError);
  });
});

describe('addressKey', () => {
  test.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:85a3:12:1:2:3:4', '2001:db8:85a3:12::/64'],
    ['2001:DB8:85A3:0012:ffff::1', '2001:db8:85a3:12::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['unknown', 'unknown'],
    ['1:2:3:4:5:6:7:8:9::10', '1:2:3:4::/64'],
  ])('%s -> %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  test('one IPv6 /64 shares a key', () => {
    expect(addressKey('2001:db8:1:2::aaaa')).toBe(addressKey('2001:db8:1:2:ffff:1:2:3'));
    expect(addressKey('2001:db8:1:2::aaaa')).not.toBe(addressKey('2001:db8:1:3::aaaa'));
  });
});

async function turnCount(t: RunningTestApp): Promise<{ outbound: number; state: number }> {
  return { outbound: t.connector.received.length, state: await t.app.database.prisma.stateEntry.count() };
}

describe('/api/messages per-conversation limit', () => {
  let t: RunningTestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_MESSAGES_PER_MINUTE: '3' } });
  });
  afterAll(async () => t.close());

  test('the turn over the limit gets 429 with Retry-After and is not processed; other conversations go on', async () => {
    const conversation = { id: 'limited-conv' };
    for (let i = 0; i < 3; i++) {
      expect(
        (
          await postActivity(
            t.baseUrl,
            messageActivity(`turn ${i}`, { serviceUrl: t.serviceUrl, conversation }),
          )
        ).status,
      ).toBe(200);
    }
    const before = await turnCount(t);
    const refused = await postActivity(
      t.baseUrl,
      messageActivity('one too many', { serviceUrl: t.serviceUrl, conversation }),
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toEqual({
      error: { code: 'TooManyRequests', message: expect.stringMatching(/conversation/) },
    });
    expect(await turnCount(t)).toEqual(before);
    const other = messageActivity('hello', { serviceUrl: t.serviceUrl, conversation: { id: 'other-conv' } });
    expect((await postActivity(t.baseUrl, other)).status).toBe(200);
  });

  test('the same conversation id on another channel has its own allowance', async () => {
    const conversation = { id: 'shared-id' };
    for (let i = 0; i < 3; i++)
      await postActivity(t.baseUrl, messageActivity('x', { conversation, deliveryMode: 'expectReplies' }));
    const webchat = messageActivity('x', { conversation, deliveryMode: 'expectReplies' });
    expect((await postActivity(t.baseUrl, webchat)).status).toBe(429);
    const sms = messageActivity('x', { conversation, channelId: 'sms', deliveryMode: 'expectReplies' });
    expect((await postActivity(t.baseUrl, sms)).status).toBe(200);
  });
});

describe('/api/messages per-address limit', () => {
  test('counts the socket address; X-Forwarded-For is ignored without a trusted proxy', async () => {
    const t = await startTestApp({ env: { RATE_LIMIT_IP_PER_MINUTE: '4' } });
    try {
      for (let i = 0; i < 4; i++) {
        const activity = messageActivity('hi', {
          deliveryMode: 'expectReplies',
          conversation: { id: `ip-${i}` },
        });
        expect(
          (await postActivity(t.baseUrl, activity, { 'x-forwarded-for': `198.51.100.${i}` })).status,
        ).toBe(200);
      }
      const refused = await postActivity(
        t.baseUrl,
        messageActivity('hi', { deliveryMode: 'expectReplies' }),
        { 'x-forwarded-for': '198.51.100.99' },
      );
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      // The address check comes before the body is read: even a malformed body gets 429, not 400.
      expect((await postActivity(t.baseUrl, '{"not json')).status).toBe(429);
      expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  test('behind a trusted proxy, the address the proxy saw is counted', async () => {
    const t = await startTestApp({ env: { RATE_LIMIT_IP_PER_MINUTE: '2', TRUSTED_PROXY_HOPS: '1' } });
    try {
      const send = (forwardedFor: string) =>
        postActivity(t.baseUrl, messageActivity('hi', { deliveryMode: 'expectReplies' }), {
          'x-forwarded-for': forwardedFor,
        });
      expect((await send('203.0.113.1')).status).toBe(200);
      // A client-supplied entry to the left of the proxy's own does not change the key.
      expect((await send('10.9.9.9, 203.0.113.1')).status).toBe(200);
      expect((await send('203.0.113.1')).status).toBe(429);
      expect((await send('203.0.113.2')).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
