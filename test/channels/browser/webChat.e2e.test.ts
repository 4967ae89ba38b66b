import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { startTestApp, type RunningTestApp } from '../../support/testApp';
import { programAt } from '../../programs/db/programFixtures';

/**
 * The website chat in a real headless Chromium against the real server (SQLite, loopback port):
 * Web Chat from the bot's own files, the built-in Direct Line endpoint, the page's accessibility
 * and Content-Security-Policy. Runs when /usr/bin/chromium exists; CI sets IOP_REQUIRE_BROWSER=1
 * so that a missing browser fails the run instead of passing quietly.
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
const root = path.resolve(__dirname, '..', '..', '..');

if (!hasChromium) {
  test('browser tests need Chromium at /usr/bin/chromium (required when IOP_REQUIRE_BROWSER=1)', () => {
    expect(process.env.IOP_REQUIRE_BROWSER).not.toBe('1');
  });
} else {
  describe('website chat in Chromium', () => {
    let t: RunningTestApp;
    let host: { origin: string; close(): Promise<void> };
    let context: BrowserContext;
    let profile: string;

    beforeAll(async () => {
      host = await startHostSite(() => t.baseUrl);
      t = await startTestApp({
        env: {
          DIRECT_LINE_TOKEN_SECRET: 'browser-test-token-secret-0123456789abcdef',
          ALLOWED_EMBED_ORIGINS: host.origin,
        },
      });
      await seedPrograms(t);
      profile = fs.mkdtempSync(path.join(os.tmpdir(), 'iop-chromium-'));
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
        locale: 'en-US',
        viewport: { width: 1100, height: 900 },
      });
      // Browser-side code is passed as text: these tests are compiled without the DOM library.
      await context.addInitScript(`
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push({
          directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample,
          where: e.target && e.target.outerHTML ? e.target.outerHTML.slice(0, 300) : undefined,
        }));
      `);
    }, 60_000);

    afterAll(async () => {
      await context?.close();
      await t?.close();
      await host?.close();
      if (profile) fs.rmSync(profile, { recursive: true, force: true });
    });

    test('asks what an IOP is, finds programs by ZIP and by shared location, and keeps history across a reload', async () => {
      const page = await context.newPage();
      await page.goto(`${t.baseUrl}/`);
      await expectInTranscript(page, /automated assistant/i);
      await send(page, 'what is an IOP?');
      await expectInTranscript(page, /structured mental-health treatment/i);

      await send(page, 'find an IOP near 07030');
      await expectInTranscript(page, /Riverside Evening IOP/);
      await expectInTranscript(page, /Harbor Light IOP/);

      await context.grantPermissions(['geolocation'], { origin: t.baseUrl });
      await context.setGeolocation({ latitude: 40.7449, longitude: -74.0311 });
      const before = await countInTranscript(page, 'Riverside Evening IOP');
      await page.getByRole('button', { name: 'Share my location' }).click();
      await eventually(
        () => page.locator('#status').innerText(),
        (v) => /Location sent/.test(v),
      );
      await eventually(
        () => countInTranscript(page, 'Riverside Evening IOP'),
        (n) => n > before,
      );
      const shared = await sharedCoordinates(t);
      expect(shared).toEqual({ latitude: 40.74, longitude: -74.03 });

      const conversationBefore = await storedConversationId(page);
      await page.reload();
      await expectInTranscript(page, /structured mental-health treatment/i);
      await expectInTranscript(page, /what is an IOP\?/);
      expect(await storedConversationId(page)).toBe(conversationBefore);
      expect(await cspViolations(page)).toEqual([]);
      await page.close();
    }, 90_000);

    test('a reminder set for a minute ahead arrives in the open page', async () => {
      const page = await context.newPage();
      await page.goto(`${t.baseUrl}/`);
      await expectInTranscript(page, /automated assistant/i);
      const conversationId = (await storedConversationId(page))!;
      await send(page, 'remind me in 1 minute to take a short walk');
      // The bot reads the request back and asks to confirm; a person says yes.
      const question = await eventually(
        () => botSaid(t, conversationId).then((said) => said.filter((m) => /walk/i.test(m) && /\?/.test(m))),
        (asked) => asked.length >= 1,
      );
      expect(question[0]).toMatch(/Is that OK\?/);
      await send(page, 'yes');
      const walkReplies = (said: string[]): number => said.filter((m) => /walk/i.test(m)).length;
      await eventually(
        () => botSaid(t, conversationId).then(walkReplies),
        (n) => n >= 2,
      );
      const stored = await t.app.database.prisma.reminderOccurrence.count({ where: { status: 'pending' } });
      expect(stored).toBeGreaterThanOrEqual(1);
      // The dispatcher delivers it through the conversation's serviceUrl into the open page.
      await eventually(
        () => botSaid(t, conversationId).then(walkReplies),
        (n) => n >= 3,
        100_000,
      );
      await eventually(
        () => countInTranscript(page, 'walk'),
        (n) => n >= 4,
      );
      await page.close();
    }, 150_000);

    test('Spanish: ?lang=es gives a Spanish page, a Spanish Web Chat and Spanish answers', async () => {
      const page = await context.newPage();
      await page.goto(`${t.baseUrl}/?lang=es`);
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      expect(await page.getByRole('button', { name: 'Compartir mi ubicación' }).count()).toBe(1);
      await expectInTranscript(page, /asistente automático/i);
      await send(page, '¿Qué es un IOP?');
      await expectInTranscript(page, /programa intensivo ambulatorio/i);
      expect(await cspViolations(page)).toEqual([]);
      await page.close();
    }, 60_000);

    test('works with the keyboard alone: skip link, send box, visible focus', async () => {
      const page = await context.newPage();
      await page.goto(`${t.baseUrl}/`);
      await expectInTranscript(page, /automated assistant/i);
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement.className')).toBe('skip-link');
      await page.keyboard.press('Enter');
      expect(await page.evaluate("document.activeElement.closest('#chat') !== null")).toBe(true);
      await page.keyboard.type('what is an IOP?');
      await page.keyboard.press('Enter');
      await expectInTranscript(page, /structured mental-health treatment/i);
      await page.getByRole('link', { name: 'Español' }).focus();
      await page.keyboard.press('Tab');
      const focused = (await page.evaluate(`(() => {
        const style = getComputedStyle(document.activeElement);
        return { id: document.activeElement.id, outline: style.outlineStyle, width: style.outlineWidth };
      })()`)) as { id: string; outline: string; width: string };
      expect(focused.id).toBe('share-location');
      expect(focused.outline).not.toBe('none');
      expect(parseFloat(focused.width)).toBeGreaterThanOrEqual(2);
      await page.close();
    }, 60_000);

    test('axe finds no serious or critical accessibility problems on the page (English and Spanish)', async () => {
      const axeSource = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
      for (const url of [`${t.baseUrl}/`, `${t.baseUrl}/?lang=es`]) {
        const page = await context.newPage();
        await page.goto(url);
        await expectInTranscript(
          page,
          url.includes('lang=es') ? /asistente automático/i : /automated assistant/i,
        );
        await page.waitForTimeout(500);
        await page.evaluate(axeSource);
        const result = (await page.evaluate('axe.run()')) as {
          violations: AxeViolation[];
          passes: unknown[];
        };
        expect(result.passes.length).toBeGreaterThan(10);
        const violations = result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
        expect(violations).toEqual([]);
        await page.close();
      }
    }, 60_000);

    test('the embed script adds a button that opens the chat in a panel on another site', async () => {
      const page = await context.newPage();
      await page.goto(`${host.origin}/`);
      const button = page.getByRole('button', { name: 'Chat with us' });
      await button.click();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      const frame = page.frameLocator('iframe[title="Chat with IOP Guide"]');
      await eventually(
        () => frame.locator('#chat').innerText(),
        (v) => /automated assistant/i.test(v),
      );
      await page.getByRole('button', { name: 'Close the chat' }).click();
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate('document.activeElement.textContent')).toBe('Chat with us');
      await page.close();
    }, 60_000);
  });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Polls `probe` until `ok` holds; fails with the last value seen (a real assertion, not a sleep). */
async function eventually<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!ok(last)) {
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms; last value: ${String(last).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 250));
    last = await probe();
  }
  return last;
}

async function send(page: Page, text: string): Promise<void> {
  const box = page.locator('#chat input[type="text"], #chat textarea').first();
  await box.waitFor({ timeout: 20_000 });
  await box.fill(text);
  await box.press('Enter');
}

async function expectInTranscript(page: Page, pattern: RegExp): Promise<void> {
  await eventually(
    () => page.locator('#chat').innerText(),
    (v) => pattern.test(v),
  );
}

async function countInTranscript(page: Page, text: string): Promise<number> {
  const all = await page.locator('#chat').innerText();
  return all.split(text).length - 1;
}

/** The text of every message the bot stored for this conversation (decrypted), oldest first. */
async function botSaid(t: RunningTestApp, conversationId: string): Promise<string[]> {
  const rows = await t.app.database.prisma.directLineActivity.findMany({
    where: { conversationId },
    orderBy: { seq: 'asc' },
  });
  return rows
    .map(
      (r) =>
        JSON.parse(t.app.cipher.open(r.activity)) as {
          from?: { role?: string };
          text?: string;
          summary?: string;
          attachments?: unknown[];
        },
    )
    .filter((a) => a.from?.role === 'bot')
    .map((a) => [a.text ?? '', a.summary ?? '', JSON.stringify(a.attachments ?? [])].join(' '));
}

function storedConversationId(page: Page): Promise<string | undefined> {
  return page.evaluate(`(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('iop-chat:'));
    return key ? JSON.parse(sessionStorage.getItem(key) || '{}').conversationId : undefined;
  })()`);
}

function cspViolations(page: Page): Promise<unknown[]> {
  return page.evaluate('window.__cspViolations');
}

/** The coordinates the last shared-location message carried, as the bot stored them. */
async function sharedCoordinates(t: RunningTestApp): Promise<unknown> {
  const rows = await t.app.database.prisma.directLineActivity.findMany({
    orderBy: { createdAt: 'desc' },
    take: 50,
  });
  for (const row of rows) {
    const activity = JSON.parse(t.app.cipher.open(row.activity)) as {
      channelData?: { latitude?: number; longitude?: number };
    };
    if (activity.channelData?.latitude !== undefined) {
      return { latitude: activity.channelData.latitude, longitude: activity.channelData.longitude };
    }
  }
  return undefined;
}

async function seedPrograms(t: RunningTestApp): Promise<void> {
  const flags = { levelIop: true, treatsMentalHealth: true, agesAdults: true };
  for (const [name, lat, lon] of [
    ['Riverside Evening IOP', 40.7452, -74.0302],
    ['Harbor Light IOP', 40.7365, -74.0391],
  ] as const) {
    await t.app.database.prisma.program.create({
      data: programAt(name, lat, lon, { ...flags, zip: '07030', city: 'Hoboken', phone: '201-555-0100' }),
    });
  }
}

/** Another website (another origin) that embeds the chat with the one-line snippet. */
async function startHostSite(botUrl: () => string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><html lang="en"><head><title>Clinic</title></head><body><main><h1>Clinic</h1>` +
        `<script src="${botUrl()}/embed.js" data-bot-url="${botUrl()}" data-lang="en"></script></main></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
