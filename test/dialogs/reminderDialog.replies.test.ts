import { DateTime } from 'luxon';
import { reminderReplyValue } from '../../src/reminders/reminderReplies';
import { ChatHarness, FALLBACK_TEXT } from './support/chatHarness';

const NY = 'America/New_York';
// Monday, November 30 2026, 3:00 PM in New York.
const NOW = DateTime.fromISO('2026-11-30T15:00', { zone: NY }).toJSDate();

/** A person with one daily reminder whose message was sent a minute ago; returns its reference. */
async function withDeliveredReminder(options: { clientTimeZone?: string; language?: 'en' | 'es' } = {}) {
  const chat = new ChatHarness({ now: NOW, clientTimeZone: NY, ...options });
  await chat.say('remind me to do box breathing every day at 3:30pm');
  await chat.say('yes');
  chat.language = options.language ?? 'en';
  const reminderId = chat.reminders.reminders[0].id;
  chat.advance(31);
  const ref = chat.reminders.deliver(reminderId, new Date(chat.now.getTime() - 60_000));
  return { chat, ref, reminderId };
}

describe('ReminderDialog: replies to a reminder message', () => {
  it('"Done" notes the practice and shows the week so far', async () => {
    const { chat } = await withDeliveredReminder();
    expect(await chat.sayText('DONE')).toBe(
      "Nice work! I noted it. You practiced 1 time this week. That's 1 day in a row.",
    );
    expect(chat.practice.entries).toEqual([{ userHash: 'user-1', skillId: 'box-breathing', at: chat.now }]);
    // A second "done" on the same message notes nothing more.
    await chat.say('done');
    expect(chat.practice.entries).toHaveLength(1);
  });

  it('a tapped button names its message: "done #ref"', async () => {
    const { chat, ref } = await withDeliveredReminder();
    const value = reminderReplyValue('done', ref);
    expect(value).toBe(`done #${ref}`);
    expect(await chat.sayText(value)).toMatch(/^Nice work!/);
    expect(chat.reminders.occurrences[0].status).toBe('done');
  });

  it('snoozes 10 minutes by default and an hour when asked', async () => {
    const { chat, ref } = await withDeliveredReminder();
    expect(await chat.sayText('SNOOZE')).toBe("OK, I'll remind you again in 10 minutes.");
    expect(chat.reminders.occurrences[0].dueAt).toEqual(new Date(chat.now.getTime() + 10 * 60_000));
    expect(await chat.sayText(reminderReplyValue('snooze60', ref))).toBe(
      "OK, I'll remind you again in 1 hour.",
    );
    expect(await chat.sayText('snooze 1 hour')).toBe("OK, I'll remind you again in 1 hour.");
  });

  it('skips this one', async () => {
    const { chat } = await withDeliveredReminder();
    expect(await chat.sayText('skip')).toBe("OK, I'll skip this one.");
    expect(chat.reminders.occurrences[0].status).toBe('skipped');
  });

  it('"Stop these reminders" ends that reminder only and points to STOP for everything', async () => {
    const { chat, ref } = await withDeliveredReminder();
    await chat.say('remind me to call mom tomorrow at 6pm');
    await chat.say('yes');
    const reply = await chat.sayText(reminderReplyValue('stop', ref));
    expect(reply).toBe(
      'OK, I stopped the reminder "do box breathing". Your other reminders stay on. To stop all messages, reply STOP.',
    );
    expect((await chat.reminders.list('user-1')).map((r) => r.what)).toEqual(['call mom']);
    expect(chat.consent.optedOut.size).toBe(0);
  });

  it('a button for a message that is gone says so', async () => {
    const { chat } = await withDeliveredReminder();
    expect(await chat.sayText('skip #0badf00d')).toBe(
      'I couldn\'t find that reminder anymore. Say "my reminders" to see your list.',
    );
  });

  it('typed "done" with no reminder sent in the last day is left to other dialogs', async () => {
    const { chat } = await withDeliveredReminder();
    chat.advance(25 * 60);
    expect(await chat.sayText('done')).toBe(FALLBACK_TEXT);
  });

  it('answers in Spanish: LISTO, POSPONER, OMITIR', async () => {
    const { chat } = await withDeliveredReminder({ language: 'es' });
    expect(await chat.sayText('LISTO')).toBe(
      '¡Bien hecho! Ya lo anoté. Practicaste 1 vez esta semana. Llevas 1 día seguido.',
    );
    expect(await chat.sayText('posponer 1 hora')).toBe('De acuerdo, te lo recuerdo otra vez en 1 hora.');
    expect(await chat.sayText('omitir')).toBe('De acuerdo, me salto este.');
  });
});

describe('ReminderDialog: how am I doing?', () => {
  it('counts this week’s practices and the streak of days', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    for (const daysAgo of [3, 2, 1, 0]) {
      chat.practice.entries.push({
        userHash: 'user-1',
        skillId: null,
        at: new Date(NOW.getTime() - daysAgo * 86_400_000),
      });
    }
    chat.practice.entries.push({
      userHash: 'user-1',
      skillId: null,
      at: new Date(NOW.getTime() - 20 * 86_400_000),
    });
    chat.practice.entries.push({ userHash: 'someone-else', skillId: null, at: NOW });
    expect(await chat.sayText('how am I doing?')).toBe(
      "You practiced 4 times this week. That's 4 days in a row. Keep it up!",
    );
    chat.language = 'es';
    expect(await chat.sayText('¿cómo voy?')).toBe(
      'Practicaste 4 veces esta semana. Llevas 4 días seguidos. ¡Sigue así!',
    );
  });

  it('is encouraging when nothing is noted yet', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    expect(await chat.sayText('my progress')).toBe(
      "You haven't noted any practice yet this week. Even a few minutes counts.",
    );
  });
});
