import { ChatHarness, FALLBACK_TEXT } from './support/chatHarness';

const NOW = new Date('2026-11-30T20:00:00Z');
const OPTED_OUT =
  "You're unsubscribed from Riverside IOP reminders. No more messages will be sent. Reply START to resume.";

describe('ConsentDialog: opting out', () => {
  it.each([
    'STOP',
    'stop',
    'Stop.',
    'STOPALL',
    'unsubscribe',
    'Cancel',
    'END',
    'quit!',
    'REVOKE',
    'optout',
    'stop texting me',
    'no más mensajes',
    'BAJA',
  ])('"%s" opts out with exactly one confirmation', async (keyword) => {
    const chat = new ChatHarness({ now: NOW });
    const replies = await chat.say(keyword);
    expect(replies).toHaveLength(1);
    expect(chat.consent.optedOut.has('user-1')).toBe(true);
    expect(chat.consent.events).toEqual([
      { userHash: 'user-1', channelId: 'sms', at: NOW, action: 'opt_out' },
    ]);
  });

  it('confirms in the person’s language, once; a repeated STOP sends nothing more', async () => {
    const chat = new ChatHarness({ now: NOW });
    expect(await chat.sayText('STOP')).toBe(OPTED_OUT);
    expect(chat.conversation.welcomed).toBe(true);
    expect(await chat.say('STOP')).toEqual([]);
    const spanish = new ChatHarness({ now: NOW, language: 'es' });
    expect(await spanish.sayText('PARAR')).toBe(
      'Cancelaste tu suscripción a los recordatorios de Riverside IOP. No se enviarán más mensajes. Responde START para volver a activarlos.',
    );
  });

  it('does not read a sentence with "stop" or "cancel" in it as an opt-out', async () => {
    const chat = new ChatHarness({ now: NOW });
    expect(await chat.sayText('I want to cancel my appointment')).toBe(FALLBACK_TEXT);
    expect(chat.consent.optedOut.size).toBe(0);
  });

  it('still answers the person’s own messages after an opt-out', async () => {
    const chat = new ChatHarness({ now: NOW });
    await chat.say('STOP');
    expect(await chat.sayText('what is an IOP?')).toBe(FALLBACK_TEXT);
  });
});

describe('ConsentDialog: opting back in', () => {
  it.each(['START', 'unstop', 'YES', 'Sí'])('"%s" opts a person who opted out back in', async (keyword) => {
    const chat = new ChatHarness({ now: NOW });
    await chat.say('STOP');
    expect(await chat.sayText(keyword)).toMatch(/^You're subscribed to Riverside IOP reminders again\./);
    expect(chat.consent.optedOut.size).toBe(0);
  });

  it('treats YES as an ordinary answer for someone who never opted out', async () => {
    const chat = new ChatHarness({ now: NOW });
    expect(await chat.sayText('yes')).toBe(FALLBACK_TEXT);
    expect(chat.consent.events).toHaveLength(0);
  });

  it('START when already subscribed says so', async () => {
    const chat = new ChatHarness({ now: NOW });
    expect(await chat.sayText('START')).toBe(
      "You're subscribed to Riverside IOP reminders. Reply STOP to unsubscribe or HELP for help.",
    );
  });
});

describe('ConsentDialog: HELP', () => {
  it.each([
    ['HELP', 'en'],
    ['info', 'en'],
  ] as const)(
    '"%s" names the program, frequency, costs, support and how to stop',
    async (keyword, language) => {
      const chat = new ChatHarness({ now: NOW, language });
      const [reply] = await chat.say(keyword);
      expect(reply.text).toContain('Riverside IOP');
      expect(reply.text).toContain('up to a few a day');
      expect(reply.text).toContain('Msg & data rates may apply');
      expect(reply.text).toContain('call 555-0100');
      expect(reply.text).toContain('Reply STOP to unsubscribe');
      expect(reply.text).toContain('automated');
      expect(reply.text.length).toBeLessThanOrEqual(320);
      expect(chat.consent.events).toHaveLength(0);
    },
  );

  it('AYUDA answers in Spanish', async () => {
    const chat = new ChatHarness({ now: NOW, language: 'es' });
    const text = await chat.sayText('AYUDA');
    expect(text).toContain('Pueden aplicarse tarifas de mensajes y datos');
    expect(text).toContain('Responde STOP para cancelar');
    expect(text).toContain('call 555-0100');
  });

  it('HELP during a question is answered by the consent dialog', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: 'America/New_York' });
    await chat.say('remind me to walk every day at 8pm');
    expect(await chat.sayText('HELP')).toContain('Msg & data rates may apply');
  });
});
