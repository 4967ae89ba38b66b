import Sqlite from 'better-sqlite3';
import { Client } from 'pg';
import { sqliteFilePath } from '../../src/storage/migrator';
import { ask, messageActivity, postActivity, startTestApp, type RunningTestApp } from '../support/testApp';
import { providers } from '../support/testDatabases';

function isCrisis(reply: { channelData?: unknown }): boolean {
  return (reply.channelData as { safety?: string } | undefined)?.safety === 'crisis';
}

/** Takes the database away under a running app: PostgreSQL loses the database, SQLite its tables. */
async function breakDatabase(t: RunningTestApp): Promise<void> {
  if (t.database.provider === 'sqlite') {
    const db = new Sqlite(sqliteFilePath(t.database.url));
    db.exec('DROP TABLE "StateEntry"; DROP TABLE "ConversationRef";');
    db.close();
    return;
  }
  const name = new URL(t.database.url).pathname.slice(1);
  const admin = new Client({ connectionString: process.env.TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
  await admin.end();
}

describe.each(providers())('crisis replies over HTTP on %s', (provider) => {
  let t: RunningTestApp;
  beforeEach(async () => {
    t = await startTestApp({ provider });
  });
  afterEach(async () => t.close().catch(() => undefined));

  test('a crisis message gets the crisis reply first, tagged, with 988, 741741 and 911', async () => {
    const replies = await ask(t.baseUrl, 'i want to kill myself', { conversation: { id: 'c-crisis' } });
    expect(isCrisis(replies[0])).toBe(true);
    expect(replies[0].text).toMatch(/988/);
    expect(replies[0].text).toMatch(/741741/);
    expect(replies[0].text).toMatch(/911/);
    expect(replies.filter(isCrisis)).toHaveLength(replies.length);
  });

  test('Spanish crisis messages get the Spanish reply', async () => {
    const replies = await ask(t.baseUrl, 'ya no quiero vivir', {
      conversation: { id: 'c-es' },
      locale: 'es-US',
    });
    expect(isCrisis(replies[0])).toBe(true);
    expect(replies[0].text).toMatch(/988/);
    expect(replies[0].text).toMatch(/llama|envía|marca/i);
  });

  test('the crisis reply still works when the database is down, on every channel', async () => {
    await ask(t.baseUrl, 'hello', { conversation: { id: 'c-down' } });
    await breakDatabase(t);
    for (const channelId of ['webchat', 'msteams', 'sms']) {
      const res = await postActivity(
        t.baseUrl,
        messageActivity('i am going to end my life tonight', {
          channelId,
          serviceUrl: t.serviceUrl,
          conversation: { id: `c-down-${channelId}` },
        }),
      );
      expect(res.status).toBeLessThan(500);
      const first = await t.connector.waitFor((c) => c.conversationId === `c-down-${channelId}`);
      expect(isCrisis(first.activity)).toBe(true);
      expect(first.activity.text).toMatch(/988/);
    }
    // A non-crisis message now gets an apology, not a crash.
    const res = await postActivity(
      t.baseUrl,
      messageActivity('what is an iop', { serviceUrl: t.serviceUrl, conversation: { id: 'c-down-2' } }),
    );
    expect(res.status).toBeLessThan(500);
    const apology = await t.connector.waitFor((c) => c.conversationId === 'c-down-2');
    expect(apology.activity.text).toMatch(/988/);
    expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(503);
  });
});
