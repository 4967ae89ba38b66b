import { FakeBotFrameworkIdentity } from '../support/fakeBotFrameworkIdentity';
import { messageActivity, postActivity, startTestApp, type RunningTestApp } from '../support/testApp';

const APP_ID = '3f0b6c1e-7a51-4d2e-9c8b-1a2b3c4d5e6f';
const OTHER_APP_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';

/** Everything a refused request must leave as it was: stored rows and the channel's inbox. */
async function snapshot(t: RunningTestApp) {
  const prisma = t.app.database.prisma;
  return {
    state: await prisma.stateEntry.findMany({ select: { key: true, etag: true }, orderBy: { key: 'asc' } }),
    references: await prisma.conversationRef.findMany({
      select: { key: true, updatedAt: true },
      orderBy: { key: 'asc' },
    }),
    outbound: t.connector.received.length,
  };
}

describe('inbound Bot Framework authentication', () => {
  let fake: FakeBotFrameworkIdentity;
  let t: RunningTestApp;
  let conversationNumber = 0;
  const nextConversation = () => ({ id: `auth-conv-${++conversationNumber}` });

  beforeAll(async () => {
    // The SDK prints each token it rejects to console.error; the assertions below check the outcome.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    fake = await new FakeBotFrameworkIdentity().start();
    t = await startTestApp({
      env: {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'test-only-password',
        BOT_OPENID_METADATA_URL: fake.metadataUrl,
        RATE_LIMIT_MESSAGES_PER_MINUTE: '3',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
    jest.restoreAllMocks();
  });

  test('a valid channel token with expectReplies gets 200 and the replies', async () => {
    const activity = messageActivity('hello', {
      deliveryMode: 'expectReplies',
      conversation: nextConversation(),
    });
    const token = fake.bearer({ audience: APP_ID, serviceUrl: activity.serviceUrl });
    const res = await postActivity(t.baseUrl, activity, { authorization: token });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: { text?: string }[] };
    expect(body.activities.length).toBeGreaterThan(0);
    expect(body.activities[0].text).toMatch(/automated assistant/i);
    expect(await t.app.database.prisma.stateEntry.count()).toBeGreaterThan(0);
    expect(fake.keyFetches).toBeGreaterThan(0);
  });

  test('a key endorsed only for Teams is accepted for msteams activities', async () => {
    const activity = messageActivity('hello', {
      channelId: 'msteams',
      deliveryMode: 'expectReplies',
      conversation: nextConversation(),
    });
    const token = fake.bearer({ audience: APP_ID, serviceUrl: activity.serviceUrl, key: 'teamsOnly' });
    expect((await postActivity(t.baseUrl, activity, { authorization: token })).status).toBe(200);
  });

  const forged: [string, (serviceUrl: string) => string | undefined][] = [
    ['no Authorization header', () => undefined],
    ['a scheme other than Bearer', (serviceUrl) => `Basic ${fake.token({ audience: APP_ID, serviceUrl })}`],
    ['a token that is not a JWT', () => 'Bearer not.a.token'],
    ['another bot as audience', (serviceUrl) => fake.bearer({ audience: OTHER_APP_ID, serviceUrl })],
    [
      'an expired token',
      (serviceUrl) => fake.bearer({ audience: APP_ID, serviceUrl, expiresIn: -600, notBefore: -1200 }),
    ],
    ['a token not valid yet', (serviceUrl) => fake.bearer({ audience: APP_ID, serviceUrl, notBefore: 900 })],
    [
      'a signature by an unknown key',
      (serviceUrl) => fake.bearer({ audience: APP_ID, serviceUrl, key: 'unpublished' }),
    ],
    [
      'an unsigned token (alg none)',
      (serviceUrl) => fake.bearer({ audience: APP_ID, serviceUrl, algorithm: 'none' }),
    ],
    [
      'another issuer',
      (serviceUrl) => fake.bearer({ audience: APP_ID, serviceUrl, issuer: 'https://issuer.example.net' }),
    ],
    [
      'a serviceurl claim for another service',
      () => fake.bearer({ audience: APP_ID, serviceUrl: 'https://smba.trafficmanager.net/amer/' }),
    ],
    ['no serviceurl claim', () => fake.bearer({ audience: APP_ID })],
    [
      'a key not endorsed for the channel',
      (serviceUrl) => fake.bearer({ audience: APP_ID, serviceUrl, key: 'teamsOnly' }),
    ],
  ];

  test.each(forged)('%s gets 401 and changes nothing', async (_name, header) => {
    // Posted without expectReplies: an accepted activity would be answered through serviceUrl.
    const activity = messageActivity('hello', { serviceUrl: t.serviceUrl, conversation: nextConversation() });
    const before = await snapshot(t);
    const authorization = header(t.serviceUrl);
    const res = await postActivity(t.baseUrl, activity, authorization ? { authorization } : {});
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(await res.json()).toEqual({
      error: { code: 'Unauthorized', message: expect.stringMatching(/Bot Framework token/) },
    });
    expect(await snapshot(t)).toEqual(before);
    expect(t.connector.received).toHaveLength(0);
  });

  test('unauthenticated requests do not use up a conversation allowance', async () => {
    const conversation = nextConversation();
    for (let i = 0; i < 5; i++) {
      const res = await postActivity(
        t.baseUrl,
        messageActivity('flood', { conversation, deliveryMode: 'expectReplies' }),
      );
      expect(res.status).toBe(401);
    }
    const activity = messageActivity('hello', { deliveryMode: 'expectReplies', conversation });
    const token = fake.bearer({ audience: APP_ID, serviceUrl: activity.serviceUrl });
    expect((await postActivity(t.baseUrl, activity, { authorization: token })).status).toBe(200);
  });

  test('an authenticated conversation over its allowance gets 429 and is not processed', async () => {
    const conversation = nextConversation();
    const send = () => {
      const activity = messageActivity('hello', { deliveryMode: 'expectReplies', conversation });
      return postActivity(t.baseUrl, activity, {
        authorization: fake.bearer({ audience: APP_ID, serviceUrl: activity.serviceUrl }),
      });
    };
    for (let i = 0; i < 3; i++) expect((await send()).status).toBe(200);
    const before = await snapshot(t);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await snapshot(t)).toEqual(before);
  });
});
