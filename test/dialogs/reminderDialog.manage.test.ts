import { DateTime } from 'luxon';
import { ChatHarness, FALLBACK_TEXT } from './support/chatHarness';

const NY = 'America/New_York';
// Monday, November 30 2026, 3:00 PM in New York.
const NOW = DateTime.fromISO('2026-11-30T15:00', { zone: NY }).toJSDate();

function local(instant: Date | null): string {
  return instant ? (DateTime.fromJSDate(instant, { zone: NY }).toISO() ?? '') : 'none';
}

/** A person on Web Chat with three reminders: a daily 8pm walk, weekday 7am breathing, a Friday call. */
async function withThreeReminders(language: 'en' | 'es' = 'en'): Promise<ChatHarness> {
  const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
  for (const request of [
    'remind me to take a walk every day at 8pm',
    'remind me to do box breathing every weekday at 7am',
    'remind me to call the pharmacy on Friday at 3pm',
  ]) {
    await chat.say(request);
    await chat.say('yes');
  }
  chat.language = language;
  return chat;
}

describe('ReminderDialog: listing', () => {
  it('numbers the reminders with their saved schedules', async () => {
    const chat = await withThreeReminders();
    const text = await chat.sayText('my reminders');
    expect(text.split('\n')).toEqual([
      'Your reminders:',
      '1) take a walk: every day at 8:00 PM',
      '2) do box breathing: weekdays at 7:00 AM',
      '3) call the pharmacy: Fri, Dec 4 at 3:00 PM',
      'To change one, say "change reminder 1 to 9 PM", "pause reminder 1" or "delete reminder 1".',
    ]);
    expect(await chat.sayText('list reminders')).toBe(text);
  });

  it('says so when there are none, in Spanish too', async () => {
    const chat = new ChatHarness({ now: NOW, clientTimeZone: NY, language: 'es' });
    expect(await chat.sayText('mis recordatorios')).toMatch(/^Aún no tienes recordatorios\./);
  });

  it('lists in Spanish', async () => {
    const chat = await withThreeReminders('es');
    const text = await chat.sayText('mis recordatorios');
    expect(text).toContain('1) take a walk: todos los días a las 8:00 p. m.');
    expect(text).toContain('2) do box breathing: de lunes a viernes a las 7:00 a. m.');
  });
});

describe('ReminderDialog: pause and resume', () => {
  it('pauses all, shows them as paused, resumes all', async () => {
    const chat = await withThreeReminders();
    expect(await chat.sayText('pause my reminders')).toBe(
      'I paused 3 reminders. Say "resume" when you want them back.',
    );
    expect(chat.reminders.reminders.every((r) => r.status === 'paused')).toBe(true);
    expect(await chat.sayText('my reminders')).toContain('1) take a walk: every day at 8:00 PM (paused)');
    expect(await chat.sayText('resume')).toBe('I turned 3 reminders back on.');
    expect(await chat.sayText('resume')).toBe("You don't have any paused reminders.");
  });

  it('pauses one by its number', async () => {
    const chat = await withThreeReminders();
    await chat.say('my reminders');
    expect(await chat.sayText('pause reminder 2')).toBe(
      'I paused 1 reminder. Say "resume" when you want it back.',
    );
    expect(chat.reminders.reminders.map((r) => r.status)).toEqual(['active', 'paused', 'active']);
    expect(await chat.sayText('pause reminder 7')).toBe(
      'I don\'t see a reminder number 7. Say "my reminders" to see the list.',
    );
  });

  it('understands Spanish', async () => {
    const chat = await withThreeReminders('es');
    expect(await chat.sayText('pausa mis recordatorios')).toMatch(/^Pausé 3 recordatorios\./);
    expect(await chat.sayText('reanudar')).toBe('Volví a activar 3 recordatorios.');
  });
});

describe('ReminderDialog: delete', () => {
  it('deletes one by the number shown in the list', async () => {
    const chat = await withThreeReminders();
    await chat.say('my reminders');
    expect(await chat.sayText('delete reminder 2')).toBe('I deleted the reminder "do box breathing".');
    // Numbers keep meaning the list the person saw: 3 is still the pharmacy call.
    expect(await chat.sayText('delete reminder 3')).toBe('I deleted the reminder "call the pharmacy".');
    expect(chat.reminders.reminders.map((r) => r.what)).toEqual(['take a walk']);
  });

  it('asks which one when there are several and no number', async () => {
    const chat = await withThreeReminders();
    const [question] = await chat.say('delete reminder');
    expect(question.text).toBe('Which reminder? Reply with its number.');
    expect(question.choices?.map((c) => c.label)).toEqual([
      'take a walk: every day at 8:00 PM',
      'do box breathing: weekdays at 7:00 AM',
      'call the pharmacy: Fri, Dec 4 at 3:00 PM',
    ]);
    expect(await chat.sayText('1')).toBe('I deleted the reminder "take a walk".');
  });

  it('confirms before deleting all, and keeps them on No', async () => {
    const chat = await withThreeReminders();
    expect(await chat.sayText('delete all reminders')).toBe(
      "Delete all 3 of your reminders? This can't be undone.",
    );
    expect(await chat.sayText('no')).toBe('OK, I kept your reminders.');
    expect(chat.reminders.reminders).toHaveLength(3);
    await chat.say('delete all my reminders');
    expect(await chat.sayText('yes')).toBe('I deleted all 3 of your reminders.');
    expect(chat.reminders.reminders).toHaveLength(0);
  });

  it('borrar todos los recordatorios, in Spanish', async () => {
    const chat = await withThreeReminders('es');
    expect(await chat.sayText('borrar todos los recordatorios')).toBe(
      '¿Borro tus 3 recordatorios? No se puede deshacer.',
    );
    expect(await chat.sayText('sí')).toBe('Borré tus 3 recordatorios.');
  });
});

describe('ReminderDialog: change the time', () => {
  it('"change my 8pm reminder to 9pm" keeps the days and moves the time', async () => {
    const chat = await withThreeReminders();
    expect(await chat.sayText('change my 8pm reminder to 9pm')).toBe(
      'Done. "take a walk" is now: every day at 9:00 PM.',
    );
    const walk = chat.reminders.reminders[0];
    expect(walk.rrule).toBe('FREQ=DAILY;BYHOUR=21;BYMINUTE=0');
    expect(local(walk.nextAt)).toBe('2026-11-30T21:00:00.000-05:00');
  });

  it('keeps a one-time reminder on its day', async () => {
    const chat = await withThreeReminders();
    expect(await chat.sayText('move reminder 3 to 10am')).toBe(
      'Done. "call the pharmacy" is now: Fri, Dec 4 at 10:00 AM.',
    );
    expect(local(chat.reminders.reminders[2].nextAt)).toBe('2026-12-04T10:00:00.000-05:00');
  });

  it('picks by subject, or asks which one when the time matches none', async () => {
    const chat = await withThreeReminders();
    expect(await chat.sayText('change my walk reminder to 6:30pm')).toBe(
      'Done. "take a walk" is now: every day at 6:30 PM.',
    );
    const [question] = await chat.say('change my 11pm reminder to 9pm');
    expect(question.text).toBe('Which reminder? Reply with its number.');
    expect(await chat.sayText('2')).toBe('Done. "do box breathing" is now: weekdays at 9:00 PM.');
  });

  it('asks AM or PM for an unclear new time', async () => {
    const chat = await withThreeReminders();
    const [question] = await chat.say('change reminder 2 to 9');
    expect(question.text).toBe('Did you mean 9 AM or 9 PM?');
    expect(await chat.sayText('9 AM')).toBe('Done. "do box breathing" is now: weekdays at 9:00 AM.');
  });

  it('cambia el recordatorio, in Spanish', async () => {
    const chat = await withThreeReminders('es');
    expect(await chat.sayText('cambia mi recordatorio de las 8pm a las 9pm')).toBe(
      'Listo. "take a walk" ahora es: todos los días a las 9:00 p. m.',
    );
  });
});

describe('ReminderDialog: leaves other messages alone', () => {
  it.each(['hello', 'what is an IOP?', 'I need help finding a program', 'done with work at 5'])(
    '"%s"',
    async (text) => {
      const chat = new ChatHarness({ now: NOW, clientTimeZone: NY });
      expect(await chat.sayText(text)).toBe(FALLBACK_TEXT);
    },
  );
});
