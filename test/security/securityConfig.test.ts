import { ConfigError, loadConfig } from '../../src/config/config';
import { API_SECURITY_HEADERS, strictTransportSecurity } from '../../src/server/securityHeaders';
import { messageActivity, postActivity, startTestApp } from '../support/testApp';

describe('security settings', () => {
  test('defaults: 30 turns per conversation, 600 requests per address, no allowlist, SDK key server', () => {
    const { security } = loadConfig({});
    expect(security).toEqual({
      openIdMetadataUrl: undefined,
      serviceUrlAllowlist: undefined,
      messagesPerMinute: 30,
      addressPerMinute: 600,
    });
  });

  test('an empty rate means the default; 0 turns a limit off', () => {
    expect(
      loadConfig({ RATE_LIMIT_MESSAGES_PER_MINUTE: '', RATE_LIMIT_IP_PER_MINUTE: ' ' }).security,
    ).toMatchObject({
      messagesPerMinute: 30,
      addressPerMinute: 600,
    });
    expect(loadConfig({ RATE_LIMIT_MESSAGES_PER_MINUTE: '0' }).security.messagesPerMinute).toBe(0);
  });

  test('bad values are named', () => {
    expect(() => loadConfig({ RATE_LIMIT_IP_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_IP_PER_MINUTE/);
    expect(() => loadConfig({ RATE_LIMIT_MESSAGES_PER_MINUTE: 'lots' })).toThrow(
      /RATE_LIMIT_MESSAGES_PER_MINUTE/,
    );
    expect(() => loadConfig({ SERVICE_URL_ALLOWLIST: 'https://bots.example.org/' })).toThrow(
      /SERVICE_URL_ALLOWLIST/,
    );
    expect(() => loadConfig({ BOT_OPENID_METADATA_URL: 'not a url' })).toThrow(/BOT_OPENID_METADATA_URL/);
  });

  test('the allowlist is split and lower-cased', () => {
    expect(
      loadConfig({ SERVICE_URL_ALLOWLIST: ' Bots.Example.org, *.example.net ,' }).security
        .serviceUrlAllowlist,
    ).toEqual(['bots.example.org', '*.example.net']);
  });

  test('production refuses a plain-http key server', () => {
    const production = {
      NODE_ENV: 'production',
      ALLOW_UNAUTHENTICATED_IN_PRODUCTION: 'true',
      FIELD_ENCRYPTION_KEY: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
      USER_HASH_SECRET: 'a-secret-of-enough-length',
    };
    expect(() =>
      loadConfig({ ...production, BOT_OPENID_METADATA_URL: 'http://keys.example.org/openid' }),
    ).toThrow(ConfigError);
    expect(
      loadConfig({ ...production, BOT_OPENID_METADATA_URL: 'https://keys.example.org/openid' }).security
        .openIdMetadataUrl,
    ).toBe('https://keys.example.org/openid');
  });
});

describe('response headers', () => {
  test('HSTS only when the public address is https', () => {
    expect(strictTransportSecurity('https://bot.example.org')).toMatch(/^max-age=\d+$/);
    expect(strictTransportSecurity('http://localhost:3978')).toBeUndefined();
    expect(strictTransportSecurity(undefined)).toBeUndefined();
  });

  test('data endpoints carry the API headers (and HSTS behind https); the chat page keeps its own policy', async () => {
    const t = await startTestApp({ env: { PUBLIC_BASE_URL: 'https://bot.example.org' } });
    try {
      const responses = [
        await fetch(`${t.baseUrl}/healthz`),
        await fetch(`${t.baseUrl}/readyz`),
        await postActivity(t.baseUrl, messageActivity('hi', { deliveryMode: 'expectReplies' })),
        await postActivity(t.baseUrl, '{broken'),
      ];
      for (const res of responses) {
        for (const [name, value] of Object.entries(API_SECURITY_HEADERS))
          expect(res.headers.get(name)).toBe(value);
        expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=/);
      }
      const page = await fetch(`${t.baseUrl}/`);
      expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      expect(page.headers.get('x-frame-options')).not.toBe('DENY');
    } finally {
      await t.close();
    }
  });
});
