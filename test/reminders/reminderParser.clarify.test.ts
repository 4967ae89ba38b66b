import { parseReminder, isScheduledReminder, type ParsedReminder } from '../../src/reminders/reminderParser';
import { at } from './support';

const NY = 'America/New_York';
const MADRID = 'Europe/Madrid';
// 3:00 PM local on Monday, November 30 2026.
const NOW_NY = at('2026-11-30T15:00', NY);
const NOW_MADRID = at('2026-11-30T15:00', MADRID);

function parseEn(text: string, now = NOW_NY): ParsedReminder {
  return parseReminder(text, { now, timeZone: NY, locale: 'en-US' });
}
function parseEs(text: string): ParsedReminder {
  return parseReminder(text, { now: NOW_MADRID, timeZone: MADRID, locale: 'es-ES' });
}

describe('parseReminder: clarifying questions', () => {
  it.each(['at 5', 'remind me at 5', 'tomorrow at 5', 'every weekday at 7', 'every day at 12:00'])(
    '"%s" is ambiguous between AM and PM',
    (text) => {
      const result = parseEn(text);
      expect(result).toMatchObject({ reason: 'ambiguous' });
      expect(isScheduledReminder(result)).toBe(false);
    },
  );

  it('asks "5 AM or 5 PM?" in English and with day parts in Spanish', () => {
    expect(parseEn('at 5')).toEqual({ clarify: 'Did you mean 5 AM or 5 PM?', reason: 'ambiguous' });
    expect(parseEn('tomorrow at 7:30')).toEqual({
      clarify: 'Did you mean 7:30 AM or 7:30 PM?',
      reason: 'ambiguous',
    });
    expect(parseEs('a las 5')).toEqual({
      clarify: '¿Te refieres a las 5 de la madrugada o a las 5 de la tarde?',
      reason: 'ambiguous',
    });
    expect(parseEs('mañana a la 1')).toEqual({
      clarify: '¿Te refieres a la 1 de la madrugada o a la 1 de la tarde?',
      reason: 'ambiguous',
    });
  });

  it('never schedules in the past: "today at 9am" in the afternoon asks about tomorrow', () => {
    expect(parseEn('today at 9am')).toEqual({
      clarify: 'That time has already passed today. Should I remind you tomorrow at 9:00 AM instead?',
      reason: 'past',
    });
    expect(parseEs('hoy a las 9am')).toEqual({
      clarify: 'Esa hora ya pasó hoy. ¿Quieres que te lo recuerde mañana a las 9:00 a. m.?',
      reason: 'past',
    });
  });

  it('treats an explicit past date, or a lead time that is already over, as past', () => {
    expect(parseEn('on November 2 2026 at 10am')).toMatchObject({ reason: 'past' });
    expect(parseEn('my call is at 3:20pm, remind me 30 minutes before')).toMatchObject({ reason: 'past' });
    expect(parseEn('today at 3pm')).toMatchObject({ reason: 'past' });
  });

  it.each([
    ['en', 'remind me to take a walk'],
    ['en', 'tomorrow'],
    ['en', 'every Monday'],
    ['en', 'tomorrow evening'],
    ['es', 'recuérdame llamar a mi hermana'],
    ['es', 'mañana'],
    ['es', 'cada lunes'],
  ])('[%s] "%s" has no clock time', (language, text) => {
    const result = language === 'es' ? parseEs(text) : parseEn(text);
    expect(result).toMatchObject({ reason: 'no_time' });
    if ('clarify' in result) expect(result.clarify).toMatch(language === 'es' ? /¿A qué hora/ : /What time/);
  });
});

describe('parseReminder: errors', () => {
  it('rejects empty text, an invalid now and an unknown zone', () => {
    expect(parseEn('   ')).toEqual({ error: 'empty_text' });
    expect(parseEn('tomorrow at 6pm', new Date('not a date'))).toEqual({ error: 'invalid_now' });
    expect(parseReminder('tomorrow at 6pm', { now: NOW_NY, timeZone: 'Mars/Base', locale: 'en-US' })).toEqual(
      {
        error: 'invalid_time_zone',
      },
    );
  });

  it.each([
    'every 2 days at 8pm',
    'every hour',
    'every other week at 9am',
    'monthly on the 1st at 9am',
    'weekly at 6pm',
  ])('rejects repeats reminders do not support: "%s"', (text) => {
    expect(parseEn(text)).toEqual({ error: 'unsupported_recurrence' });
  });

  it.each(['cada 2 días a las 8pm', 'cada hora', 'cada mes a las 9am'])(
    'rechaza repeticiones no soportadas: "%s"',
    (text) => {
      expect(parseEs(text)).toEqual({ error: 'unsupported_recurrence' });
    },
  );
});
