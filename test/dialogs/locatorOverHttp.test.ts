import path from 'node:path';
import { importDirectory } from '../../src/programs/directoryImporter';
import { ConversationHarness, textOf } from '../support/conversationHarness';
import { startTestApp, type RunningTestApp } from '../support/testApp';

const fixture = path.join(__dirname, 'fixtures', 'locator-programs.csv');

describe('the locator through the whole bot', () => {
  let t: RunningTestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await importDirectory(t.app.database.prisma, fixture, { now: new Date('2026-11-29T12:00:00Z') });
  });
  afterAll(async () => t.close());

  test('Web Chat: a one-shot search answers with program cards', async () => {
    const chat = new ConversationHarness(t.app, { channelId: 'webchat' });
    const replies = await chat.say('find an IOP near 07030');
    const cards = replies.flatMap((r) => r.attachments ?? []);
    expect(cards.length).toBeGreaterThan(0);
    const card = JSON.stringify(cards[0].content);
    expect(card).toContain('Harbor Light IOP');
    expect(card).toContain('tel:');
    expect(card).toMatch(/Intensive outpatient/i);
  });

  test('Teams: results come as Adaptive Cards with no suggested actions', async () => {
    const chat = new ConversationHarness(t.app, { channelId: 'msteams' });
    const replies = await chat.say('programs near 07030');
    expect(
      replies.some((r) =>
        (r.attachments ?? []).some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive'),
      ),
    ).toBe(true);
    expect(replies.every((r) => r.suggestedActions === undefined)).toBe(true);
  });

  test('SMS: compact numbered text, no cards, within three texts', async () => {
    const chat = new ConversationHarness(t.app, { channelId: 'sms' });
    const replies = await chat.say('find an IOP near 07030');
    expect(replies.length).toBeLessThanOrEqual(3);
    for (const r of replies) {
      expect(r.attachments ?? []).toHaveLength(0);
      expect(r.suggestedActions).toBeUndefined();
    }
    expect(textOf(replies)).toMatch(/A\) Harbor Light IOP, \d+\.\d mi, 201-555-0142/);
  });

  test('multi-turn: asks for a location, then searches and remembers it', async () => {
    const chat = new ConversationHarness(t.app, { channelId: 'webchat' });
    await chat.say('hello');
    const ask = await chat.say('I want to find a program');
    expect(textOf(ask)).toMatch(/ZIP|town/i);
    const results = await chat.say('07030');
    expect(JSON.stringify(results)).toContain('Harbor Light IOP');
  });
});
