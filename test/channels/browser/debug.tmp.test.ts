import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startTestApp } from '../../support/testApp';
test('debug', async () => {
  const t = await startTestApp({ env: { DIRECT_LINE_TOKEN_SECRET: 'x'.repeat(40) } });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chrome-'));
  const browser = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage();
    page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    await page.goto(t.baseUrl + '/');
    await page.waitForTimeout(3000);
    await page.screenshot({ path: '/tmp/shot1.png' });
    const input = page.locator('input[type=text], textarea').first();
    await input.fill('what is an IOP?');
    await input.press('Enter');
    await page.waitForTimeout(3000);
    await page.screenshot({ path: '/tmp/shot2.png', fullPage: true });
    console.log((await page.locator('#chat').innerText()).slice(0, 2000));
  } finally {
    await browser.close();
    await t.close();
  }
}, 60000);
