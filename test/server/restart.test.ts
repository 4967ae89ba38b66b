import { ask } from '../support/testApp';
import { startServerProcess } from '../support/serverProcess';
import { createTestDatabase, providers } from '../support/testDatabases';

describe.each(providers())('restarting the service on %s', (provider) => {
  test('state written by one server process is read by the next, and SIGTERM exits cleanly', async () => {
    const database = await createTestDatabase(provider);
    try {
      const conversation = { id: `restart-${provider}` };
      const first = await startServerProcess({ DATABASE_URL: database.url });
      const before = await ask(first.baseUrl, 'hello', { conversation });
      expect(before.some((r) => /automated assistant/i.test(r.text ?? ''))).toBe(true);
      await ask(first.baseUrl, 'what is cbt', { conversation });
      expect(await first.stop()).toBe(0);
      expect(first.output()).toContain('shutting down');
      expect(first.output()).toMatch(/local mode: no MicrosoftAppId is set/);

      const second = await startServerProcess({ DATABASE_URL: database.url });
      try {
        // The conversation state survived: no second welcome, and "and DBT?" still has its context.
        const after = await ask(second.baseUrl, 'and DBT?', { conversation });
        expect(after.some((r) => /automated assistant/i.test(r.text ?? ''))).toBe(false);
        expect(
          after.map((r) => `${r.text ?? ''}${(r as { summary?: string }).summary ?? ''}`).join(' '),
        ).toMatch(/emotion/i);
        expect(second.output()).not.toContain('and DBT');
      } finally {
        expect(await second.stop()).toBe(0);
      }
    } finally {
      await database.destroy();
    }
  }, 60000);
});

test('production without an app id refuses to start and says why', async () => {
  await expect(
    startServerProcess({ NODE_ENV: 'production', DATABASE_URL: 'file:./data/never-created.db' }),
  ).rejects.toThrow(/exited with 78[\s\S]*MicrosoftAppId: not set while NODE_ENV=production/);
});
