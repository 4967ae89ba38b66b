import { DateTime } from 'luxon';
import {
  ask,
  FakeClock,
  messageActivity,
  postActivity,
  startTestApp,
  type RunningTestApp,
} from '../support/testApp';

/** The value of one sample line in Prometheus text format, or undefined when absent. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const escaped = `${name}${labels}`.replace(/[{}"=,.*+?^$()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^${escaped} ([0-9.e+-]+)$`, 'm').exec(text);
  return match ? Number(match[1]) : undefined;
}

describe('GET /metrics', () => {
  let t: RunningTestApp;
  const clock = new FakeClock(new Date('2026-12-01T15:00:00Z'));
  const TOKEN = 'metrics-test-token-0123456789';

  beforeAll(async () => {
    t = await startTestApp({ clock, env: { METRICS_TOKEN: TOKEN, REMINDERS_ENABLED: 'false' } });
  });
  afterAll(async () => t.close());

  async function scrape(): Promise<string> {
    const res = await fetch(`${t.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    return res.text();
  }

  test('needs the bearer token when METRICS_TOKEN is set', async () => {
    expect((await fetch(`${t.baseUrl}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${t.baseUrl}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
  });

  test('counts turns, FAQ answers and misses, locator searches and crisis replies by what happened', async () => {
    const before = await scrape();
    const user = { channelId: 'webchat', conversation: { id: 'metrics-1' }, from: { id: 'metrics-user-1' } };
    await ask(t.baseUrl, 'what is an IOP?', user);
    await ask(t.baseUrl, 'purple elephants dance at noon', user);
    await ask(t.baseUrl, 'find an IOP near 07030', user);
    await ask(t.baseUrl, 'I want to kill myself', {
      ...user,
      channelId: 'sms',
      conversation: { id: 'sms-m' },
    });
    const after = await scrape();

    const delta = (name: string, labels = ''): number =>
      (sample(after, name, labels) ?? 0) - (sample(before, name, labels) ?? 0);
    expect(delta('iop_turns_total', '{channel="webchat"}')).toBe(3);
    expect(delta('iop_turns_total', '{channel="sms"}')).toBe(1);
    expect(delta('iop_turn_duration_seconds_count', '{channel="webchat"}')).toBe(3);
    expect(delta('iop_faq_answers_total')).toBeGreaterThanOrEqual(1);
    expect(delta('iop_faq_no_match_total')).toBe(1);
    expect(delta('iop_locator_searches_total')).toBe(1);
    expect(delta('iop_crisis_replies_total', '{channel="sms"}')).toBe(1);
    // Every statement is timed by table and verb; state is read on each turn.
    expect(
      delta('iop_db_query_duration_seconds_count', '{model="StateEntry",operation="select"}'),
    ).toBeGreaterThan(0);
    // The conversation reference is written once, not again on every turn of the conversation.
    expect(delta('iop_db_query_duration_seconds_count', '{model="ConversationRef",operation="insert"}')).toBe(
      2,
    );
    // Node's own process metrics are exported too.
    expect(after).toMatch(/^process_cpu_user_seconds_total /m);
    expect(after).toMatch(/^nodejs_heap_size_used_bytes /m);
  });

  test('counts reminders due and sent, and their lateness', async () => {
    const before = await scrape();
    const user = {
      channelId: 'webchat',
      conversation: { id: 'metrics-2' },
      from: { id: 'metrics-user-2' },
      localTimezone: 'America/New_York',
      serviceUrl: t.serviceUrl,
    };
    clock.set('2026-12-01T15:00:00Z');
    for (const text of ['remind me tomorrow at 9am to stretch', 'yes']) {
      expect((await postActivity(t.baseUrl, messageActivity(text, user))).status).toBeLessThan(300);
    }
    clock.set(DateTime.fromISO('2026-12-02T09:00:30', { zone: 'America/New_York' }).toJSDate());
    expect(await t.app.dispatcher.runOnce()).toBe(1);
    const after = await scrape();
    const delta = (name: string): number => (sample(after, name) ?? 0) - (sample(before, name) ?? 0);
    expect(delta('iop_reminders_due_total')).toBe(1);
    expect(delta('iop_reminders_sent_total')).toBe(1);
    expect(delta('iop_reminder_lateness_seconds_count')).toBe(1);
    expect(sample(after, 'iop_reminders_failed_total')).toBe(0);
  });
});
