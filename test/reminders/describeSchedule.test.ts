import { describeSchedule } from '../../src/reminders/recurrence';
import type { ScheduledReminder } from '../../src/reminders/reminderParser';
import { at, scheduled } from './support';

const NY = 'America/New_York';
const MADRID = 'Europe/Madrid';
// Monday, November 30 2026, 3:00 PM.
const NOW_NY = at('2026-11-30T15:00', NY);
const NOW_MADRID = at('2026-11-30T15:00', MADRID);

function once(localIso: string, zone: string, extra: Partial<ScheduledReminder> = {}): ScheduledReminder {
  return { kind: 'once', what: 'x', next: at(localIso, zone), rrule: null, timeZone: zone, ...extra };
}

describe('describeSchedule: one-time reminders', () => {
  it.each([
    ['2026-11-30T19:30', 'Today (Mon, Nov 30) at 7:30 PM'],
    ['2026-12-01T18:00', 'Tomorrow (Tue, Dec 1) at 6:00 PM'],
    ['2026-12-24T10:00', 'Thu, Dec 24 at 10:00 AM'],
    ['2027-01-04T00:15', 'Mon, Jan 4, 2027 at 12:15 AM'],
  ])('en: %s → "%s"', (next, expected) => {
    expect(describeSchedule(once(next, NY), 'en-US', NOW_NY)).toBe(expected);
  });

  it.each([
    ['2026-12-01T20:00', 'Mañana (martes, 1 de diciembre) a las 8:00 p. m.'],
    ['2026-12-01T13:00', 'Mañana (martes, 1 de diciembre) a la 1:00 p. m.'],
    ['2026-11-30T21:00', 'Hoy (lunes, 30 de noviembre) a las 9:00 p. m.'],
    ['2026-12-24T10:00', 'Jueves, 24 de diciembre a las 10:00 a. m.'],
  ])('es: %s → "%s"', (next, expected) => {
    expect(describeSchedule(once(next, MADRID), 'es-ES', NOW_MADRID)).toBe(expected);
  });

  it('shows the event time and notes the lead time', () => {
    const reminder = once('2026-12-01T14:30', NY, { leadMinutes: 30 });
    expect(describeSchedule(reminder, 'en-US', NOW_NY)).toBe(
      'Tomorrow (Tue, Dec 1) at 3:00 PM (reminder 30 minutes before)',
    );
  });
});

describe('describeSchedule: recurring reminders', () => {
  it.each([
    ['weekdays at 7am', 'Every weekday at 7:00 AM, starting tomorrow'],
    ['every day at 8pm', 'Every day at 8:00 PM, starting today'],
    ['every Monday and Wednesday at 6:30 pm', 'Every Monday and Wednesday at 6:30 PM, starting today'],
    ['on weekends at 10am', 'Every Saturday and Sunday at 10:00 AM, starting Sat, Dec 5'],
    [
      'my group is Tuesdays at 6pm, remind me an hour before',
      'Every Tuesday at 6:00 PM (reminder 1 hour before), starting tomorrow',
    ],
    [
      'my group is Tuesdays at 6pm, remind me 90 minutes before',
      'Every Tuesday at 6:00 PM (reminder 1 hour and 30 minutes before), starting tomorrow',
    ],
  ])('en: "%s" → "%s"', (text, expected) => {
    expect(describeSchedule(scheduled(text, NOW_NY, NY, 'en-US'), 'en-US', NOW_NY)).toBe(expected);
  });

  it.each([
    ['entre semana a las 7am', 'Cada día entre semana a las 7:00 a. m., a partir de mañana'],
    ['todos los días a las 9 de la noche', 'Todos los días a las 9:00 p. m., a partir de hoy'],
    ['los lunes y miércoles a las 6:30 pm', 'Cada lunes y miércoles a las 6:30 p. m., a partir de hoy'],
    ['cada jueves a la 1 de la tarde', 'Cada jueves a la 1:00 p. m., a partir del jueves, 3 de diciembre'],
    [
      'mi grupo es los martes a las 6pm, avísame una hora antes',
      'Cada martes a las 6:00 p. m. (aviso 1 hora antes), a partir de mañana',
    ],
  ])('es: "%s" → "%s"', (text, expected) => {
    expect(describeSchedule(scheduled(text, NOW_MADRID, MADRID, 'es-ES'), 'es-ES', NOW_MADRID)).toBe(
      expected,
    );
  });
});
