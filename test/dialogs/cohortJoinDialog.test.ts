import { DateTime } from 'luxon';
import type { CohortView } from '../../dialogs/reminderPort';
import { ChatHarness, FALLBACK_TEXT } from './support/chatHarness';

const NY = 'America/New_York';
// Monday, November 30 2026, 3:00 PM in New York.
const NOW = DateTime.fromISO('2026-11-30T15:00', { zone: NY }).toJSDate();
const GROUP: CohortView = {
  code: 'K7MQ4D',
  name: 'Evening DBT group',
  schedule: 'FREQ=WEEKLY;BYDAY=TU,TH;BYHOUR=18;BYMINUTE=0',
  timeZone: NY,
};

function chat(language: 'en' | 'es' = 'en'): ChatHarness {
  return new ChatHarness({ now: NOW, clientTimeZone: NY, cohorts: [GROUP], language });
}

describe('CohortJoinDialog', () => {
  it('asks for consent, then the lead time, then confirms what was set up', async () => {
    const person = chat();
    const [confirm] = await person.say('join k7mq4d');
    expect(confirm.text).toBe(
      "You'll get reminders before each session of Evening DBT group (every Tuesday and Thursday at 6:00 PM). OK?",
    );
    const [lead] = await person.say('yes');
    expect(lead.text).toBe('How long before each session should I remind you?');
    expect(lead.choices?.map((c) => c.label)).toEqual(['30 minutes', '1 hour', '2 hours', 'The day before']);
    expect(person.cohorts.joins).toHaveLength(0);
    expect(await person.sayText('2')).toBe(
      "All set! You'll get a reminder 1 hour before each session of Evening DBT group. Next session: Tue, Dec 1 at 6:00 PM. You can reply STOP at any time.",
    );
    expect(person.cohorts.joins).toEqual([
      {
        owner: { userHash: 'user-1', conversationKey: 'webchat|conversation-1', channelId: 'webchat' },
        code: 'K7MQ4D',
        leadMinutes: 60,
        language: 'en',
      },
    ]);
  });

  it('takes "the day before" and typed durations', async () => {
    const person = chat();
    await person.say('join K7MQ4D');
    await person.say('ok');
    expect(await person.sayText('the day before')).toContain(
      'the day before each session of Evening DBT group',
    );
    expect(person.cohorts.joins[0].leadMinutes).toBe(24 * 60);
    await person.say('join K7MQ4D');
    await person.say('yes');
    await person.say('30 min');
    expect(person.cohorts.joins).toHaveLength(1);
    expect(person.cohorts.joins[0].leadMinutes).toBe(30);
  });

  it('asks once more for a lead time it cannot read, then lets go', async () => {
    const person = chat();
    await person.say('join K7MQ4D');
    await person.say('yes');
    expect(await person.sayText('45 minutes')).toBe('Please pick one of these options.');
    expect(await person.sayText('whenever')).toBe(FALLBACK_TEXT);
    expect(person.cohorts.joins).toHaveLength(0);
  });

  it('adds nothing on No', async () => {
    const person = chat();
    await person.say('join K7MQ4D');
    expect(await person.sayText('no')).toBe("OK, I won't add reminders for Evening DBT group.");
    expect(person.cohorts.joins).toHaveLength(0);
  });

  it('says clearly when a code matches no group', async () => {
    expect(await chat().sayText('join ABC123')).toBe(
      "I couldn't find a group with the code ABC123. Please check the code with your program staff and try again.",
    );
  });

  it('does not read ordinary words as codes', async () => {
    expect(await chat().sayText('join today')).toBe(FALLBACK_TEXT);
  });

  it('needs the person opted in', async () => {
    const person = chat();
    person.consent.optedOut.add('user-1');
    expect(await person.sayText('join K7MQ4D')).toMatch(/Reply START to turn them back on/);
  });

  it('works in Spanish', async () => {
    const person = chat('es');
    expect(await person.sayText('unirme al grupo K7MQ4D')).toBe(
      'Recibirás recordatorios antes de cada sesión de Evening DBT group (cada martes y jueves a las 6:00 p. m.). ¿Te parece bien?',
    );
    const [lead] = await person.say('sí');
    expect(lead.choices?.map((c) => c.label)).toEqual(['30 minutos', '1 hora', '2 horas', 'El día anterior']);
    expect(await person.sayText('El día anterior')).toBe(
      '¡Listo! Recibirás un recordatorio el día anterior a cada sesión de Evening DBT group. Próxima sesión: martes, 1 de diciembre a las 6:00 p. m. Puedes responder STOP en cualquier momento.',
    );
  });
});
