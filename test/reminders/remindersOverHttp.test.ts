import type { Activity } from 'botbuilder';
import {
  FakeClock,
  messageActivity,
  postActivity,
  startTestApp,
  type RunningTestApp,
} from '../support/testApp';
import { providers } from '../support/testDatabases';

/**
 * Reminders end to end through the real service: a person sets one up over /api/messages, the
 * app's own dispatcher (as `npm start` wires it) sends it through the conversation's serviceUrl
 * (a loopback stand-in for the Bot Connector), the person answers it, and after STOP nothing more
 * arrives. The clock is a test clock so "tomorrow at 9" does not take a day; each send is one
 * `runOnce()` of the dispatcher, exactly what its polling loop calls.
 */
describe.each(providers())('reminders over HTTP (%s)', (provider) => {
  let t: RunningTestApp;
  const clock = new FakeClock(new Date('2026-12-01T15:00:00Z')); // 10:00 in New York

  beforeAll(async () => {
    t = await startTestApp({ provider, clock, env: { REMINDERS_ENABLED: 'false' } });
  });
  afterAll(async () => t.close());

  let seq = 0;
  /** Posts as a channel does (replies go to the connector) and returns this turn's replies. */
  async function say(user: Record<string, unknown>, text: string): Promise<Partial<Activity>[]> {
    const conversationId = (user.conversation as { id: string }).id;
    const before = t.connector.received.length;
    const res = await postActivity(
      t.baseUrl,
      messageActivity(text, { serviceUrl: t.serviceUrl, id: `in-${++seq}`, ...user }),
    );
    expect(res.status).toBeLessThan(300);
    return t.connector.received
      .slice(before)
      .filter((c) => c.conversationId === conversationId)
      .map((c) => c.activity);
  }

  function textOf(replies: Partial<Activity>[]): string {
    return replies.map((r) => `${r.text ?? ''} ${JSON.stringify(r.attachments ?? [])}`).join('\n');
  }

  /** Sets up a daily reminder at 9:00, answering the bot's confirmation questions. */
  async function setUpDaily(user: Record<string, unknown>): Promise<void> {
    let replies = await say(user, 'remind me every day at 9am to take a short walk');
    for (let i = 0; i < 4 && !/every day/i.test(textOf(replies)); i++) replies = await say(user, 'yes');
    for (let i = 0; i < 4 && /\?/.test(textOf(replies).split('\n').pop() ?? ''); i++) {
      replies = await say(user, 'yes');
    }
    expect(textOf(replies)).toMatch(/every day/i);
    expect(textOf(replies)).toMatch(/9:00/);
  }

  async function deliveredTo(conversationId: string, after: number): Promise<Partial<Activity>[]> {
    await t.app.dispatcher.runOnce();
    return t.connector.received
      .slice(after)
      .filter((c) => c.conversationId === conversationId)
      .map((c) => c.activity);
  }

  test('a reminder set in chat arrives at 9:00 local time, is answered with Done, and STOP ends it', async () => {
    const user = {
      channelId: 'webchat',
      conversation: { id: `web-${provider}-1` },
      from: { id: `visitor-${provider}-1` },
      localTimezone: 'America/New_York',
    };
    clock.set('2026-12-01T15:00:00Z');
    await setUpDaily(user);

    // Not yet due at 8:59 New York time.
    clock.set('2026-12-02T13:59:00Z');
    let mark = t.connector.received.length;
    expect(await deliveredTo(`web-${provider}-1`, mark)).toEqual([]);

    clock.set('2026-12-02T14:00:05Z');
    mark = t.connector.received.length;
    const sent = await deliveredTo(`web-${provider}-1`, mark);
    expect(sent).toHaveLength(1);
    expect(textOf(sent)).toMatch(/walk/);
    const buttons = JSON.stringify(sent[0].suggestedActions ?? []);
    const done = /"(done #[0-9a-f]{8})"/.exec(buttons)?.[1];
    expect(done).toBeDefined();

    const answer = await say(user, done!);
    expect(textOf(answer)).toMatch(/nice|great|logged|noted|done/i);
    expect(await t.app.database.prisma.practiceLog.count()).toBeGreaterThanOrEqual(1);

    // Sent once: running the dispatcher again the same minute sends nothing more.
    mark = t.connector.received.length;
    expect(await deliveredTo(`web-${provider}-1`, mark)).toEqual([]);

    // STOP, then the next day's 9:00 passes in silence.
    const stopped = await say(user, 'STOP');
    expect(textOf(stopped)).toMatch(/stop|no more/i);
    clock.set('2026-12-03T14:00:05Z');
    mark = t.connector.received.length;
    expect(await deliveredTo(`web-${provider}-1`, mark)).toEqual([]);
    clock.set('2026-12-04T14:00:05Z');
    expect(await deliveredTo(`web-${provider}-1`, mark)).toEqual([]);
  });

  test('SMS: the reminder arrives as plain text with numbered choices, and "1" answers it (Done)', async () => {
    const phone = provider === 'sqlite' ? '+12015550111' : '+12015550112';
    const user = {
      channelId: 'sms',
      conversation: { id: `sms-${phone}` },
      from: { id: phone },
      locale: 'en-US',
    };
    clock.set('2026-12-01T15:00:00Z');
    let replies = await say(user, 'remind me every day at 9am to take a short walk');
    // SMS sends no time zone: the bot asks, and a ZIP code is an answer; then it confirms.
    expect(textOf(replies)).toMatch(/time zone/i);
    replies = await say(user, '07030');
    expect(textOf(replies)).toMatch(/Every day at 9:00 AM.*Eastern time.*Is that OK\?/s);
    replies = await say(user, 'yes');
    expect(textOf(replies)).not.toMatch(/\?\s*$/);
    // The confirmation offered choices of its own; the reminder comes later and takes over "1".
    clock.set('2026-12-02T14:00:05Z');
    const mark = t.connector.received.length;
    const sent = await deliveredTo(`sms-${phone}`, mark);
    expect(sent.length).toBeGreaterThanOrEqual(1);
    for (const s of sent) {
      expect(s.attachments ?? []).toEqual([]);
      expect((s.text ?? '').length).toBeLessThanOrEqual(320);
    }
    expect(textOf(sent)).toMatch(/1\) Done/);
    const before = await t.app.database.prisma.practiceLog.count();
    const answer = await say(user, '1');
    expect(textOf(answer)).not.toMatch(/I don't know that one/);
    expect(await t.app.database.prisma.practiceLog.count()).toBe(before + 1);
  });

  test('Teams: the reminder arrives as an Adaptive Card, and tapping Done (a card submit) logs the practice', async () => {
    const id = `a:teams-${provider}`;
    const user = {
      channelId: 'msteams',
      conversation: { id, conversationType: 'personal', tenantId: 'tenant-1' },
      from: { id: `29:teams-user-${provider}`, aadObjectId: `aad-${provider}` },
      localTimezone: 'America/Chicago',
      channelData: { tenant: { id: 'tenant-1' } },
    };
    clock.set('2026-12-01T15:00:00Z');
    await setUpDaily(user);
    clock.set('2026-12-02T15:00:05Z'); // 9:00 in Chicago
    const mark = t.connector.received.length;
    const sent = await deliveredTo(id, mark);
    expect(sent).toHaveLength(1);
    expect(sent[0].suggestedActions).toBeUndefined();
    expect(sent[0].attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = JSON.stringify(sent[0].attachments?.[0].content);
    expect(card).toMatch(/walk/);
    expect(card).toMatch(/Action\.Submit/);
    const done = /"(done #[0-9a-f]{8})"/.exec(card)?.[1];
    expect(done).toBeDefined();
    const before = await t.app.database.prisma.practiceLog.count();
    const tapped = await postActivity(
      t.baseUrl,
      messageActivity('', {
        ...user,
        text: undefined,
        serviceUrl: t.serviceUrl,
        id: `in-${++seq}`,
        value: { msteams: { type: 'imBack', value: done }, choice: done },
      }),
    );
    expect(tapped.status).toBeLessThan(300);
    expect(await t.app.database.prisma.practiceLog.count()).toBe(before + 1);
  });
});
