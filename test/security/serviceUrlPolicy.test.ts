import crypto from 'node:crypto';
import {
  createServiceUrlPolicy,
  isAllowedServiceUrl,
  isHostPattern,
} from '../../src/server/serviceUrlPolicy';
import { messageActivity, postActivity, startTestApp, type RunningTestApp } from '../support/testApp';

const production = createServiceUrlPolicy({ production: true });

describe('isAllowedServiceUrl under the production policy', () => {
  test.each([
    'https://smba.trafficmanager.net/amer/',
    'https://smba.trafficmanager.net/teams/',
    'https://webchat.botframework.com/',
    'https://directline.botframework.com/',
    'https://europe.webchat.botframework.com/',
    'https://sms.botframework.com/',
    'https://smba.infra.gcc.teams.microsoft.com/gcc',
    'https://smba.infra.gov.teams.microsoft.us/teams',
    'https://smba.infra.dod.teams.microsoft.us/teams',
    'https://webchat.botframework.azure.us/',
    'https://SMBA.TrafficManager.net./amer/',
  ])('allows the Bot Framework service %s', (url) => {
    expect(isAllowedServiceUrl(url, production)).toBe(true);
  });

  test.each([
    ['an arbitrary host', 'https://attacker.example.com/'],
    ['a look-alike suffix', 'https://smba.trafficmanager.net.attacker.example/'],
    ['a look-alike prefix', 'https://evilbotframework.com/'],
    ['the bare wildcard domain', 'https://botframework.com/'],
    ['another name under trafficmanager.net', 'https://attacker.trafficmanager.net/'],
    ['plain http to a listed host', 'http://webchat.botframework.com/'],
    ['a user name before the host', 'https://smba.trafficmanager.net@attacker.example/'],
    ['credentials in the URL', 'https://user:pw@smba.trafficmanager.net/amer/'],
    ['a backslash parsers disagree on', 'https://attacker.example\\@smba.trafficmanager.net/'],
    ['loopback that nobody listed', 'http://127.0.0.1:3978/'],
    ['localhost that nobody listed', 'http://localhost:9000/'],
    ['a private address', 'https://10.0.0.5/'],
    ['a file URL', 'file:///etc/passwd'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['not a URL', 'smba.trafficmanager.net'],
    ['an empty string', ''],
    ['nothing', undefined],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedServiceUrl(url, production)).toBe(false);
  });
});

describe('policy settings', () => {
  test('outside production the check is off unless an allowlist is given', () => {
    const off = createServiceUrlPolicy({ production: false });
    expect(off.enforced).toBe(false);
    expect(isAllowedServiceUrl('http://10.1.2.3:8080/', off)).toBe(true);
    expect(isAllowedServiceUrl('not a url', off)).toBe(false);
    expect(isAllowedServiceUrl('ftp://example.org/', off)).toBe(false);
    const listed = createServiceUrlPolicy({ production: false, allowlist: ['bots.example.org'] });
    expect(listed.enforced).toBe(true);
    expect(isAllowedServiceUrl('https://bots.example.org/x', listed)).toBe(true);
    expect(isAllowedServiceUrl('http://10.1.2.3:8080/', listed)).toBe(false);
  });

  test('listed entries: wildcards cover subdomains only, ports pin the port, http only on loopback', () => {
    const policy = createServiceUrlPolicy({
      production: true,
      allowlist: ['*.example.org', '127.0.0.1', 'bots.example.net:8443', 'plain.example.com'],
    });
    expect(isAllowedServiceUrl('https://a.example.org/', policy)).toBe(true);
    expect(isAllowedServiceUrl('https://a.b.example.org/', policy)).toBe(true);
    expect(isAllowedServiceUrl('https://example.org/', policy)).toBe(false);
    expect(isAllowedServiceUrl('https://bots.example.net:8443/', policy)).toBe(true);
    expect(isAllowedServiceUrl('https://bots.example.net/', policy)).toBe(false);
    expect(isAllowedServiceUrl('http://127.0.0.1:5000/', policy)).toBe(true);
    expect(isAllowedServiceUrl('http://plain.example.com/', policy)).toBe(false);
    expect(isAllowedServiceUrl('https://plain.example.com/', policy)).toBe(true);
  });

  test("the bot's own connector is allowed by its exact URL prefix, not by host", () => {
    const own = 'http://127.0.0.1:4100/v3/directline-connector/key123/';
    const policy = createServiceUrlPolicy({ production: true, ownServiceUrls: () => [own, undefined] });
    expect(isAllowedServiceUrl(`${own}v3/conversations/abc/activities`, policy)).toBe(true);
    expect(isAllowedServiceUrl(own, policy)).toBe(true);
    expect(isAllowedServiceUrl('http://127.0.0.1:4100/v3/directline-connector/other/', policy)).toBe(false);
    expect(isAllowedServiceUrl('http://127.0.0.1:4101/v3/directline-connector/key123/', policy)).toBe(false);
  });

  test('isHostPattern accepts host names, IPv4, wildcards and ports, nothing else', () => {
    for (const ok of [
      'bots.example.org',
      '*.example.org',
      '127.0.0.1',
      'localhost',
      'host-1.example.org:8443',
    ]) {
      expect(isHostPattern(ok)).toBe(true);
    }
    for (const bad of [
      'https://bots.example.org',
      'example.org/path',
      '*',
      '*example.org',
      'a..b',
      'bad host',
      'a.*.org',
      '',
    ]) {
      expect(isHostPattern(bad)).toBe(false);
    }
  });
});

const productionSecrets = {
  NODE_ENV: 'production',
  ALLOW_UNAUTHENTICATED_IN_PRODUCTION: 'true',
  FIELD_ENCRYPTION_KEY: `k1:${crypto.randomBytes(32).toString('base64')}`,
  USER_HASH_SECRET: crypto.randomBytes(24).toString('base64'),
};

async function counts(t: RunningTestApp) {
  const prisma = t.app.database.prisma;
  return {
    state: await prisma.stateEntry.count(),
    references: await prisma.conversationRef.count(),
    outbound: t.connector.received.length,
  };
}

describe('/api/messages in production', () => {
  let t: RunningTestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: productionSecrets });
  });
  afterAll(async () => t.close());

  test('an activity whose serviceUrl is not allowed gets 403 before any processing', async () => {
    const before = await counts(t);
    const res = await postActivity(
      t.baseUrl,
      messageActivity('hello', { serviceUrl: t.serviceUrl, conversation: { id: 'p-1' } }),
    );
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: { code: 'ServiceUrlNotAllowed', message: expect.stringMatching(/SERVICE_URL_ALLOWLIST/) },
    });
    const forged = messageActivity('hello', {
      serviceUrl: 'https://attacker.example.com/',
      deliveryMode: 'expectReplies',
    });
    expect((await postActivity(t.baseUrl, forged)).status).toBe(403);
    expect(await counts(t)).toEqual(before);
  });

  test('a Bot Framework serviceUrl is accepted', async () => {
    const activity = messageActivity('hello', {
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      deliveryMode: 'expectReplies',
      conversation: { id: 'p-2' },
    });
    expect((await postActivity(t.baseUrl, activity)).status).toBe(200);
  });

  test('the built-in Direct Line connector is on the policy the reminders sender checks', () => {
    const [own] = t.app.serviceUrlPolicy.ownServiceUrls();
    expect(own).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v3\/directline-connector\//);
    expect(isAllowedServiceUrl(`${own}v3/conversations/c1/activities`, t.app.serviceUrlPolicy)).toBe(true);
    expect(isAllowedServiceUrl(t.serviceUrl, t.app.serviceUrlPolicy)).toBe(false);
  });
});

describe('/api/messages with SERVICE_URL_ALLOWLIST', () => {
  test('in production, a listed loopback connector is called', async () => {
    const t = await startTestApp({ env: { ...productionSecrets, SERVICE_URL_ALLOWLIST: '127.0.0.1' } });
    try {
      const res = await postActivity(
        t.baseUrl,
        messageActivity('hello', { serviceUrl: t.serviceUrl, conversation: { id: 'l-1' } }),
      );
      expect(res.status).toBe(200);
      expect((await t.connector.waitFor((c) => c.conversationId === 'l-1')).activity.type).toBe('message');
    } finally {
      await t.close();
    }
  });

  test('in development the list switches the check on', async () => {
    const t = await startTestApp({ env: { SERVICE_URL_ALLOWLIST: 'bots.example.org' } });
    try {
      const refused = await postActivity(t.baseUrl, messageActivity('hello', { serviceUrl: t.serviceUrl }));
      expect(refused.status).toBe(403);
      const listed = messageActivity('hello', {
        serviceUrl: 'https://bots.example.org/x/',
        deliveryMode: 'expectReplies',
      });
      expect((await postActivity(t.baseUrl, listed)).status).toBe(200);
      expect(t.connector.received).toHaveLength(0);
    } finally {
      await t.close();
    }
  });

  test('in development without a list, any http(s) serviceUrl is accepted', async () => {
    const t = await startTestApp();
    try {
      const res = await postActivity(
        t.baseUrl,
        messageActivity('hello', { serviceUrl: t.serviceUrl, conversation: { id: 'd-1' } }),
      );
      expect(res.status).toBe(200);
      await t.connector.waitFor((c) => c.conversationId === 'd-1');
    } finally {
      await t.close();
    }
  });
});
