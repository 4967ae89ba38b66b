import { DateTime } from 'luxon';
import { ChatHarness, FALLBACK_TEXT } from './support/chatHarness';

const NY = 'America/New_York';
// Monday, November 30 2026, 3:00 PM in New York.
const NOW = DateTime.fromISO('2026-11-30T15:00', { zone: NY }).toJSDate();

function local(instant: Date | null, zone = NY): string {
  return instant ? (DateTime.fromJSDate(instant, { zone }).toISO() ?? '') : 'none';
}

describe('ReminderDialog: creating a reminder on Web Chat (zone sent by the client)', () => {
  it('shows the resolved local time with Yes/No and saves only after Yes', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    const [confirm] = await chat.say('remind me to practice breathing every day at 8pm');
    expect(confirm.text).toBe(
      'Reminder "practice breathing": Every day at 8:00 PM, starting today. Is that OK?',
    );
    expect(confirm.choices?.map((c) => c.label)).toEqual(['Yes', 'No']);
    expect(chat.reminders.reminders).toHaveLength(0);

    const [created] = await chat.say('Yes');
    expect(created.text).toMatch(/^Done! Every day at 8:00 PM, starting today\./);
    expect(created.text).toContain('DONE, SNOOZE or SKIP');
    expect(created.cards?.[0]).toMatchObject({ kind: 'reminder', title: 'Practice breathing' });
    const [saved] = chat.reminders.reminders;
    expect(saved).toMatchObject({
      kind: 'custom',
      what: 'practice breathing',
      rrule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0',
    });
    expect(saved.owner).toEqual({
      userHash: 'user-1',
      conversationKey: 'webchat|conversation-1',
      channelId: 'webchat',
    });
    expect(local(saved.nextAt)).toBe('2026-11-30T20:00:00.000-05:00');
    expect(chat.user.timeZone).toBe(NY);
  });

  it('saves a session reminder with its lead time and a one-time reminder without a subject', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    const [group] = await chat.say('my group is Tuesdays at 6pm, remind me an hour before');
    expect(group.text).toContain('Every Tuesday at 6:00 PM (reminder 1 hour before)');
    await chat.say('yes');
    expect(chat.reminders.reminders[0]).toMatchObject({
      leadMinutes: 60,
      rrule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=18;BYMINUTE=0',
    });
    expect(local(chat.reminders.reminders[0].nextAt)).toBe('2026-12-01T17:00:00.000-05:00');

    const [once] = await chat.say('set a reminder tomorrow at 6pm');
    expect(once.text).toBe('Reminder: Tomorrow (Tue, Dec 1) at 6:00 PM. Is that OK?');
    await chat.say('Yes');
    expect(chat.reminders.reminders[1]).toMatchObject({ kind: 'custom', what: 'your reminder', rrule: null });
  });

  it('saves a reminder that names an exercise as a skill reminder', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    await chat.say('remind me to do box breathing every weekday at 7am');
    await chat.say('yes');
    expect(chat.reminders.reminders[0]).toMatchObject({ kind: 'skill', skillId: 'box-breathing' });
  });

  it('asks for a new time after No and combines it with the original request', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    await chat.say('remind me to take a walk tomorrow at 6pm');
    expect(await chat.sayText('No')).toBe('No problem. What day and time would you like instead?');
    const confirm = await chat.sayText('Friday at 9am');
    expect(confirm).toBe('Reminder "take a walk": Fri, Dec 4 at 9:00 AM. Is that OK?');
    await chat.say('yes');
    expect(local(chat.reminders.reminders[0].nextAt)).toBe('2026-12-04T09:00:00.000-05:00');
  });
});

describe('ReminderDialog: clarifying questions', () => {
  it('asks AM or PM with both times as choices and resumes with the answer', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    const [question] = await chat.say('remind me at 5 to call mom');
    expect(question.text).toBe('Did you mean 5 AM or 5 PM?');
    expect(question.choices?.map((c) => c.label)).toEqual(['5 AM', '5 PM']);
    const confirm = await chat.sayText('2');
    expect(confirm).toBe('Reminder "call mom": Today (Mon, Nov 30) at 5:00 PM. Is that OK?');
  });

  it('asks for a missing time and adds the answer to the request', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    expect(await chat.sayText('remind me to call my sister')).toMatch(/^What time should I remind you\?/);
    expect(await chat.sayText('every Monday at 7pm')).toBe(
      'Reminder "call my sister": Every Monday at 7:00 PM, starting today. Is that OK?',
    );
  });

  it('offers tomorrow when the time has passed today, and "yes" takes it', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    const [question] = await chat.say('remind me to take my meds today at 9am');
    expect(question.text).toBe(
      'That time has already passed today. Should I remind you tomorrow at 9:00 AM instead?',
    );
    expect(question.choices?.map((c) => c.value)).toEqual(['Yes', 'No']);
    expect(await chat.sayText('yes')).toBe(
      'Reminder "take my meds": Tomorrow (Tue, Dec 1) at 9:00 AM. Is that OK?',
    );
  });

  it('repeats the question once when the answer has no time, then lets other dialogs answer', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    await chat.say('remind me to stretch');
    const retry = await chat.sayText('hmm not sure');
    expect(retry).toMatch(/^Sorry, I didn't catch a time in that\./);
    expect(retry).toContain('What time should I remind you?');
    expect(await chat.sayText('still thinking')).toBe(FALLBACK_TEXT);
    expect(chat.conversation.pending).toBeUndefined();
  });

  it('saves the time the person said yes to, and reads the request again once that time has passed', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    expect(await chat.sayText('remind me to stretch in 2 hours')).toBe(
      'Reminder "stretch": Today (Mon, Nov 30) at 5:00 PM. Is that OK?',
    );
    chat.advance(10);
    await chat.say('yes');
    expect(local(chat.reminders.reminders[0].nextAt)).toBe('2026-11-30T17:00:00.000-05:00');

    await chat.say('remind me to drink water today at 3:05pm');
    chat.advance(10);
    // Past by the time of the yes: nothing is saved for a time gone by; the new time is shown instead.
    expect(await chat.sayText('yes')).toBe(
      'Reminder "drink water": Tomorrow (Tue, Dec 1) at 3:05 PM. Is that OK?',
    );
    expect(chat.reminders.reminders).toHaveLength(1);
  });

  it('takes a whole new request while confirming as a fresh start, not as an answer', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    await chat.say('remind me to take a walk tomorrow at 6pm');
    expect(await chat.sayText('remind me to call my sister every Monday at 7pm')).toBe(
      'Reminder "call my sister": Every Monday at 7:00 PM, starting today. Is that OK?',
    );
    // The walk is gone: only the new request's answers are kept.
    expect(chat.conversation.pending?.data).toMatchObject({
      request: 'remind me to call my sister every Monday at 7pm',
      answers: [],
    });
    await chat.say('yes');
    expect(chat.reminders.reminders).toHaveLength(1);
    expect(chat.reminders.reminders[0]).toMatchObject({ what: 'call my sister' });
  });

  it('asks to start over once a request has collected too many answers', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    await chat.say('remind me to take a walk tomorrow at 6pm');
    for (const hour of [1, 2, 3, 4, 5, 6]) {
      expect(await chat.sayText(`make it ${hour}pm`)).toMatch(
        new RegExp(`at ${hour}:00 PM\\. Is that OK\\?$`),
      );
    }
    expect(await chat.sayText('make it 7pm')).toMatch(/^Let's start that reminder over\./);
    expect(chat.conversation.pending).toBeUndefined();
    expect(chat.reminders.reminders).toHaveLength(0);
  });

  it('lets a new question through instead of reading it as the answer', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    await chat.say('remind me to stretch');
    expect(await chat.sayText('what is an IOP?')).toBe(FALLBACK_TEXT);
  });

  it('explains repeats it cannot do, in plain words', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    expect(await chat.sayText('remind me to water the plants every 2 days at 8pm')).toMatch(
      /^I can set a reminder for one time, every day, weekdays, or certain days of the week\./,
    );
  });

  it('does not take questions about reminders as requests', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    expect(await chat.sayText('how do I set a reminder?')).toBe(FALLBACK_TEXT);
  });
});

describe('ReminderDialog: time zone on SMS (no client zone)', () => {
  it('asks once, suggests the saved ZIP’s zone, remembers the answer', async () => {
    const chat = new ChatHarness({
      now: NOW,
      user: { location: { latitude: 41.88, longitude: -87.63, label: 'Chicago, IL 60601' } },
    });
    const [question] = await chat.say('remind me to take a walk tomorrow at 6pm');
    expect(question.text).toBe(
      'Which time zone are you in? Pick one, or type your ZIP code. Your saved location points to Central time.',
    );
    expect(question.choices?.map((c) => c.label)).toEqual([
      'Eastern',
      'Central',
      'Mountain',
      'Pacific',
      'Alaska',
      'Hawaii',
    ]);
    const confirm = await chat.sayText('2');
    expect(confirm).toBe(
      'Reminder "take a walk": Tomorrow (Tue, Dec 1) at 6:00 PM (Central time). Is that OK?',
    );
    expect(chat.user.timeZone).toBe('America/Chicago');
    await chat.say('1');
    expect(local(chat.reminders.reminders[0].nextAt, 'America/Chicago')).toBe(
      '2026-12-01T18:00:00.000-06:00',
    );

    const [next] = await chat.say('remind me to stretch every day at 9pm');
    expect(next.text).toContain('Every day at 9:00 PM, starting today (Central time)');
  });

  it('accepts a ZIP code, and "yes" to the suggested zone', async () => {
    const byZip = new ChatHarness({ now: NOW });
    await byZip.say('remind me to call Ana tomorrow at 10am');
    expect(await byZip.sayText('98101')).toContain('(Pacific time)');
    expect(byZip.user.timeZone).toBe('America/Los_Angeles');

    const bySuggestion = new ChatHarness({
      now: NOW,
      user: { location: { latitude: 40.74, longitude: -74.03, label: 'Hoboken, NJ 07030' } },
    });
    await bySuggestion.say('remind me to call Ana tomorrow at 10am');
    expect(await bySuggestion.sayText('yes')).toContain('(Eastern time)');
  });

  it('asks again once for an answer it does not recognize', async () => {
    const chat = new ChatHarness({ now: NOW });
    await chat.say('remind me to call Ana tomorrow at 10am');
    expect(await chat.sayText('somewhere warm')).toMatch(/^Sorry, I didn't recognize that time zone\./);
    expect(await chat.sayText('pacific')).toContain('(Pacific time)');
  });
});

describe('ReminderDialog: consent', () => {
  it('creates nothing while the person is opted out, and says how to opt back in', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    chat.consent.optedOut.add('user-1');
    expect(await chat.sayText('remind me to walk every day at 8pm')).toMatch(
      /Reply START to turn them back on/,
    );
    expect(chat.conversation.pending).toBeUndefined();
    expect(chat.reminders.reminders).toHaveLength(0);
  });

  it('a STOP in the middle of a question reaches the consent dialog', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
    await chat.say('remind me to walk every day at 8pm');
    expect(await chat.sayText('STOP')).toMatch(/^You're unsubscribed from Riverside IOP reminders\./);
    expect(chat.consent.optedOut.has('user-1')).toBe(true);
    expect(await chat.sayText('yes')).toMatch(/^You're subscribed to Riverside IOP reminders again\./);
    expect(chat.reminders.reminders).toHaveLength(0);
  });
});

describe('ReminderDialog: Spanish', () => {
  it('sets up "recuérdame cada lunes a las 7 de la tarde" in Spanish', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY, language: 'es' });
    const [confirm] = await chat.say('recuérdame cada lunes a las 7 de la tarde');
    expect(confirm.text).toBe('Recordatorio: Cada lunes a las 7:00 p. m., a partir de hoy. ¿Te parece bien?');
    expect(confirm.choices?.map((c) => c.label)).toEqual(['Sí', 'No']);
    expect(await chat.sayText('Sí')).toMatch(/^¡Listo! Cada lunes a las 7:00 p. m., a partir de hoy\./);
    expect(chat.reminders.reminders[0]).toMatchObject({
      language: 'es',
      rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=19;BYMINUTE=0',
    });
  });

  it('asks the time zone in Spanish on SMS', async () => {
    const chat = new ChatHarness({ now: NOW, language: 'es' });
    const [question] = await chat.say('recuérdame llamar a mi hermana mañana a las 6 de la tarde');
    expect(question.text).toBe('¿En qué zona horaria estás? Elige una o escribe tu código postal.');
    expect(question.choices?.map((c) => c.label)).toEqual([
      'Este',
      'Centro',
      'Montaña',
      'Pacífico',
      'Alaska',
      'Hawái',
    ]);
    expect(await chat.sayText('1')).toBe(
      'Recordatorio "llamar a mi hermana": Mañana (martes, 1 de diciembre) a las 6:00 p. m. (hora del Este). ¿Te parece bien?',
    );
  });
});
