import type { Activity } from 'botbuilder';
import { ask, startTestApp, type RunningTestApp } from '../../support/testApp';
import { programAt } from '../../programs/db/programFixtures';

/**
 * Every dialog as an SMS user meets it (channelId "sms"): plain text only, at most three texts per
 * turn, each within two SMS segments, and numbered choices that can be answered with a number.
 */
const SEGMENT = 320;
let phone = 5550100;

function smsUser(): Record<string, unknown> {
  phone++;
  return {
    channelId: 'sms',
    conversation: { id: `sms-+1201${phone}` },
    from: { id: `+1201${phone}` },
    locale: undefined,
  };
}

function texts(replies: Partial<Activity>[]): string[] {
  return replies.map((r) => r.text ?? '');
}

function expectSmsShape(replies: Partial<Activity>[]): void {
  expect(replies.length).toBeGreaterThan(0);
  expect(replies.length).toBeLessThanOrEqual(3);
  for (const reply of replies) {
    expect(reply.attachments ?? []).toEqual([]);
    expect(reply.suggestedActions).toBeUndefined();
    expect((reply.text ?? '').length).toBeGreaterThan(0);
    expect((reply.text ?? '').length).toBeLessThanOrEqual(SEGMENT);
  }
}

/** The options of the last numbered menu in these replies ("2) Label" lines before "Reply 1, 2 or 3."). */
function numberedOptions(replies: Partial<Activity>[]): string[] {
  const last = texts(replies).join('\n\n');
  const menu = /((?:^\d+\) .+\n)+)Reply [\d, or]+\.\s*$/m.exec(last);
  return menu
    ? menu[1]
        .trim()
        .split('\n')
        .map((line) => line.replace(/^\d+\) /, ''))
    : [];
}

describe('SMS rendering of every dialog', () => {
  let t: RunningTestApp;
  beforeAll(async () => {
    t = await startTestApp();
    for (const [name, lat, lon] of [
      ['Riverside Evening IOP', 40.7452, -74.0302],
      ['Harbor Light IOP', 40.7365, -74.0391],
    ] as const) {
      await t.app.database.prisma.program.create({
        data: programAt(name, lat, lon, {
          levelIop: true,
          treatsMentalHealth: true,
          zip: '07030',
          phone: '201-555-0100',
        }),
      });
    }
  });
  afterAll(async () => t.close());

  test.each([
    ['first contact (welcome and disclaimer)', ['hi']],
    ['a question (FAQ answer with follow-up choices)', ['what is an IOP?']],
    ['a long answer ("tell me more")', ['what is an IOP?', 'tell me more']],
    ['the program locator (results as numbered text)', ['find an IOP near 07030']],
    ['the locator follow-up ("more")', ['find an IOP near 07030', 'more']],
    ['a treatment-advice question (guardrail)', ['which medication dose should I take for my depression?']],
    ['data rights (delete my data)', ['delete my data']],
    ['a crisis message (crisis resources)', ['I want to kill myself']],
    ['something the bot does not know (fallback)', ['purple elephants dance at noon']],
    ['a reminder request', ['remind me tomorrow at 9am to stretch']],
  ])('%s: plain texts, at most 3 per turn, each ≤ 320 characters', async (_name, messages) => {
    const user = smsUser();
    for (const message of messages) expectSmsShape(await ask(t.baseUrl, message, user));
  });

  test('a crisis reply on SMS keeps its safety marker and names 988 in the first text', async () => {
    const replies = await ask(t.baseUrl, 'I want to kill myself', smsUser());
    expect(replies[0].channelData).toEqual({ safety: 'crisis' });
    expect(replies[0].text).toMatch(/988/);
  });

  test.each([
    ['an FAQ follow-up', ['what is an IOP?'], 2],
    ['a yes/no confirmation (data rights)', ['delete my data'], 2],
    ['a locator refinement', ['find an IOP near 07030'], 2],
  ])(
    'numbered choices (%s) are parsed back: replying with the number equals typing the choice',
    async (_name, setup, pick) => {
      const byNumber = smsUser();
      let replies: Partial<Activity>[] = [];
      for (const message of setup) replies = await ask(t.baseUrl, message, byNumber);
      const options = numberedOptions(replies);
      expect(options.length).toBeGreaterThanOrEqual(pick);
      expect(texts(replies).join('\n')).toMatch(/Reply 1(, \d+)* or \d+\./);
      const answeredByNumber = texts(await ask(t.baseUrl, String(pick), byNumber));

      const byLabel = smsUser();
      for (const message of setup) await ask(t.baseUrl, message, byLabel);
      const answeredByLabel = texts(await ask(t.baseUrl, options[pick - 1], byLabel));
      expect(answeredByNumber).toEqual(answeredByLabel);
      expect(answeredByNumber.join(' ')).not.toMatch(/I don't know that one/);
    },
  );

  test('a turn never uses the same number for two different things ("Reply 1" must be unambiguous)', async () => {
    const replies = await ask(t.baseUrl, 'find an IOP near 07030', smsUser());
    const numbers = [
      ...texts(replies)
        .join('\n')
        .matchAll(/^(\d+)\) /gm),
    ].map((m) => m[1]);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual([...new Set(numbers)]);
  });
});
