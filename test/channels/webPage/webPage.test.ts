import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pageLanguage } from '../../../src/channels/webPage/pageLanguage';
import { startTestApp, type RunningTestApp } from '../../support/testApp';

const root = path.resolve(__dirname, '..', '..', '..');
const env = {
  DIRECT_LINE_TOKEN_SECRET: 'web-page-test-token-secret-0123456789abcdef',
  ALLOWED_EMBED_ORIGINS: 'https://clinic.example.org',
};

function pageConfig(html: string): Record<string, unknown> {
  const attribute = /data-config="([^"]*)"/.exec(html)?.[1] ?? '';
  return JSON.parse(
    attribute.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code))),
  ) as Record<string, unknown>;
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
}

describe('the chat page (built-in mode)', () => {
  let t: RunningTestApp;
  beforeAll(async () => {
    t = await startTestApp({ env });
  });
  afterAll(async () => t.close());

  test('GET / sends a strict Content-Security-Policy and the other protective headers', async () => {
    const res = await fetch(`${t.baseUrl}/`);
    expect(res.status).toBe(200);
    const csp = directives(res.headers.get('content-security-policy') ?? '');
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')?.join(' ')).not.toContain('unsafe-inline');
    expect(csp.get('frame-ancestors')).toEqual(["'self'", 'https://clinic.example.org']);
    expect(csp.get('connect-src')).toContain(t.baseUrl.replace(/^http/, 'ws'));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
    expect(pageConfig(html).styleNonce).toBe(nonce);
  });

  test('the page is in Spanish with ?lang=es or a Spanish browser, and tells Web Chat es-ES', async () => {
    const viaQuery = await (await fetch(`${t.baseUrl}/?lang=es`)).text();
    expect(viaQuery).toContain('<html lang="es">');
    expect(viaQuery).toContain('Compartir mi ubicación');
    expect(pageConfig(viaQuery).locale).toBe('es-ES');
    const viaBrowser = await (
      await fetch(`${t.baseUrl}/`, { headers: { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' } })
    ).text();
    expect(pageConfig(viaBrowser).locale).toBe('es-ES');
    const english = await (
      await fetch(`${t.baseUrl}/`, { headers: { 'accept-language': 'fr-FR,en;q=0.8' } })
    ).text();
    expect(english).toContain('<html lang="en">');
    expect(pageConfig(english).locale).toBe('en-US');
  });

  test('the page language follows weights in Accept-Language', () => {
    expect(pageLanguage(null, 'en;q=0.4, es;q=0.9')).toBe('es');
    expect(pageLanguage('en', 'es')).toBe('en');
    expect(pageLanguage(null, undefined)).toBe('en');
    expect(pageLanguage(null, 'es;q=0')).toBe('en');
  });

  test('Web Chat is served by the bot itself from node_modules, cached for a year, with revalidation', async () => {
    const html = await (await fetch(`${t.baseUrl}/`)).text();
    const src = /<script src="([^"]*webchat\.js[^"]*)"/.exec(html)?.[1] ?? '';
    expect(src).toMatch(/^\/webchat\/webchat\.js\?v=\d+\.\d+\.\d+/);
    const res = await fetch(`${t.baseUrl}${src}`, { headers: { 'accept-encoding': 'identity' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const served = Buffer.from(await res.arrayBuffer());
    expect(
      served.equals(fs.readFileSync(path.join(root, 'node_modules/botframework-webchat/dist/webchat.js'))),
    ).toBe(true);
    const again = await fetch(`${t.baseUrl}${src}`, {
      headers: { 'if-none-match': res.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
  });

  test('branding comes from configuration and reaches the page', async () => {
    const branded = await startTestApp({
      env: {
        ...env,
        BOT_NAME: 'Harbor Helper',
        WEBCHAT_ACCENT_COLOR: '#7a1f5c',
        WEBCHAT_LOGO_URL: 'https://cdn.example.org/logo.png',
      },
    });
    try {
      const res = await fetch(`${branded.baseUrl}/`);
      const html = await res.text();
      expect(html).toContain('<h1>Harbor Helper</h1>');
      expect(html).toContain('src="https://cdn.example.org/logo.png"');
      expect(pageConfig(html).accentColor).toBe('#7a1f5c');
      expect(directives(res.headers.get('content-security-policy') ?? '').get('img-src')).toContain(
        'https://cdn.example.org',
      );
    } finally {
      await branded.close();
    }
  });

  test('GET /embed.js carries the labels and accent colour, cached for an hour (other sites hard-code its URL)', async () => {
    const res = await fetch(`${t.baseUrl}/embed.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    const script = await res.text();
    expect(script).not.toContain('__IOP_');
    expect(script).toContain('"open":"Chat with us"');
    expect(script).toContain('"open":"Chatea con nosotros"');
    expect(script).toContain("var accent = '#0b5cad'");
    expect(() => new Function(script)).not.toThrow();
  });

  test('CORS: only allowed embedding origins get access to the Direct Line endpoints', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.baseUrl}/v3/directline/conversations`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization',
        },
      });
    const allowed = await preflight('https://clinic.example.org');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://clinic.example.org');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const other = await preflight('https://evil.example.net');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

/** A stand-in for the hosted Direct Line service's token endpoint. */
async function fakeHostedDirectLine(status = 200) {
  const calls: { authorization?: string; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      calls.push({ authorization: req.headers.authorization, body });
      const ok = req.method === 'POST' && req.url === '/v3/directline/tokens/generate' && status === 200;
      res.writeHead(ok ? 200 : status === 200 ? 404 : status, { 'content-type': 'application/json' });
      res.end(
        ok
          ? JSON.stringify({ conversationId: 'hosted-conv-1', token: 'hosted-token-abc', expires_in: 1800 })
          : '{}',
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, calls, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('Azure mode (DIRECT_LINE_SECRET set)', () => {
  const secret = 'direct-line-channel-secret-do-not-leak';

  test('the token endpoint exchanges the secret server-side; the secret never reaches the browser', async () => {
    const hosted = await fakeHostedDirectLine();
    const t = await startTestApp({
      env: { ...env, DIRECT_LINE_SECRET: secret, DIRECT_LINE_ENDPOINT: hosted.url },
    });
    try {
      const res = await fetch(`${t.baseUrl}/api/directline/token`, { method: 'POST' });
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(JSON.parse(body)).toEqual({
        conversationId: 'hosted-conv-1',
        token: 'hosted-token-abc',
        expires_in: 1800,
      });
      expect(hosted.calls[0].authorization).toBe(`Bearer ${secret}`);
      expect((JSON.parse(hosted.calls[0].body) as { user: { id: string } }).user.id).toMatch(/^dl_/);
      const page = await fetch(`${t.baseUrl}/`);
      const html = await page.text();
      expect(body + html + JSON.stringify([...page.headers])).not.toContain(secret);
      expect(pageConfig(html)).toMatchObject({
        mode: 'azure',
        directLineDomain: `${hosted.url}/v3/directline`,
      });
      expect(page.headers.get('content-security-policy')).toContain(
        `connect-src 'self' ${t.baseUrl} ${hosted.url}`,
      );
      // The built-in endpoint is off in Azure mode.
      expect((await fetch(`${t.baseUrl}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
    } finally {
      await t.close();
      await hosted.close();
    }
  });

  test('token requests are limited per address (429 with Retry-After); a hosted failure is a 502', async () => {
    const hosted = await fakeHostedDirectLine(503);
    const t = await startTestApp({
      env: {
        ...env,
        DIRECT_LINE_SECRET: secret,
        DIRECT_LINE_ENDPOINT: hosted.url,
        WEBCHAT_TOKENS_PER_MINUTE: '2',
      },
    });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${t.baseUrl}/api/directline/token`, { method: 'POST' });
        statuses.push(res.status);
        if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      }
      expect(statuses).toEqual([502, 502, 429]);
      expect(hosted.calls).toHaveLength(2);
    } finally {
      await t.close();
      await hosted.close();
    }
  });
});
