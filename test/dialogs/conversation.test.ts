import { ConversationHarness, choicesOf, textOf } from '../support/conversationHarness';
import { startTestApp, type RunningTestApp } from '../support/testApp';

const isCrisis = (r: { channelData?: unknown }) =>
  (r.channelData as { safety?: string } | undefined)?.safety === 'crisis';

describe('conversations through the test adapter', () => {
  let t: RunningTestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  test('a first question is answered at once, after a short welcome and disclaimer', async () => {
    const chat = new ConversationHarness(t.app);
    const replies = await chat.say('what is an IOP?');
    expect(replies[0].text).toMatch(/automated assistant/i);
    expect(replies[0].text).toMatch(/not medical advice|not a clinician/i);
    expect(textOf(replies.slice(1))).toMatch(/3 to 5 days/);
    expect(replies.some(isCrisis)).toBe(false);
  });

  test('Spanish questions are answered in Spanish', async () => {
    const chat = new ConversationHarness(t.app, { locale: 'en-US' });
    const replies = await chat.say('¿qué es un programa intensivo ambulatorio?');
    expect(textOf(replies)).toMatch(/días|semana/);
    expect(textOf(replies)).toMatch(/asistente automático/);
  });

  test('follow-ups work in context: after CBT, "and DBT?" answers DBT', async () => {
    const chat = new ConversationHarness(t.app);
    expect(textOf(await chat.say('what is cbt'))).toMatch(/thought/i);
    expect(textOf(await chat.say('and DBT?'))).toMatch(/emotion/i);
  });

  test('an unknown question gets an honest "I don\'t know" with the helpline', async () => {
    const chat = new ConversationHarness(t.app);
    await chat.say('hi');
    const text = textOf(await chat.say('what is the capital of australia'));
    expect(text).toMatch(/don't know/i);
    expect(text).toMatch(/1-800-662-4357/);
  });

  test('diagnosis and medication requests get a kind decline; "are you a person?" an honest answer', async () => {
    const chat = new ConversationHarness(t.app);
    await chat.say('hi');
    expect(textOf(await chat.say('should I stop taking my zoloft?'))).toMatch(
      /not able to give medical advice/i,
    );
    expect(textOf(await chat.say('are you a real person?'))).toMatch(/automated assistant, not a person/i);
  });

  test('a crisis interrupts, comes first and tagged; later turns keep the resources close', async () => {
    const chat = new ConversationHarness(t.app);
    await chat.say('what is DBT');
    const crisis = await chat.say('honestly i just want to die');
    expect(crisis.length).toBeGreaterThan(0);
    expect(crisis.every(isCrisis)).toBe(true);
    expect(crisis[0].text).toMatch(/988/);
    const fine = await chat.say("I'm fine");
    expect(fine.some(isCrisis)).toBe(false);
    expect(textOf(fine)).toMatch(/988/);
    expect(choicesOf(fine[fine.length - 1])).toContain('call 988');
    const next = await chat.say('what is group therapy');
    expect(textOf(next)).toMatch(/group/i);
    expect(textOf(next)).toMatch(/988/);
    expect(next.some(isCrisis)).toBe(false);
  });

  test('figures of speech do not trigger the crisis reply', async () => {
    const chat = new ConversationHarness(t.app);
    await chat.say('hi');
    for (const text of [
      'this traffic is killing me',
      "i'm dying to know how much IOP costs",
      'me corté el pelo ayer',
    ]) {
      const replies = await chat.say(text);
      expect(replies.some(isCrisis)).toBe(false);
    }
  });

  test('a tapped crisis resource button gets plain instructions', async () => {
    const chat = new ConversationHarness(t.app);
    await chat.say('i want to kill myself');
    expect(textOf(await chat.say('text 741741'))).toMatch(/HOME to 741741/);
  });

  test('SMS replies are plain text with numbered choices that can be answered by number', async () => {
    const chat = new ConversationHarness(t.app, { channelId: 'sms' });
    const first = await chat.say('what is cbt');
    for (const reply of first) {
      expect(reply.attachments ?? []).toHaveLength(0);
      expect(reply.suggestedActions).toBeUndefined();
      expect((reply.text ?? '').length).toBeLessThanOrEqual(320);
    }
    expect(first.length).toBeLessThanOrEqual(3);
    const menu = first[first.length - 1].text ?? '';
    expect(menu).toMatch(/Reply 1, 2, 3 or 4/);
    const dbtLine = menu.split('\n').find((l) => /DBT/.test(l));
    const number = dbtLine?.match(/^(\d)\)/)?.[1];
    expect(number).toBeDefined();
    expect(textOf(await chat.say(number!))).toMatch(/emotion/i);
  });
});
