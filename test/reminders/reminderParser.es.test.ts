import { at, localIso, scheduled } from './support';

const MADRID = 'Europe/Madrid';
const MEXICO = 'America/Mexico_City';
// Monday, November 30 2026, 3:00 PM in Madrid.
const NOW = at('2026-11-30T15:00', MADRID);

describe('parseReminder (Spanish): one-time reminders', () => {
  it.each([
    ['mañana a las 8 de la noche', '2026-12-01T20:00:00.000+01:00', 'tu recordatorio'],
    ['manana a las 8 de la noche', '2026-12-01T20:00:00.000+01:00', 'tu recordatorio'],
    ['mañana a las ocho de la noche', '2026-12-01T20:00:00.000+01:00', 'tu recordatorio'],
    ['mañana en la noche a las 8', '2026-12-01T20:00:00.000+01:00', 'tu recordatorio'],
    ['mañana a las 9 y media de la noche', '2026-12-01T21:30:00.000+01:00', 'tu recordatorio'],
    ['mañana a la 1 de la tarde', '2026-12-01T13:00:00.000+01:00', 'tu recordatorio'],
    ['recuérdame caminar mañana a las 6 de la tarde', '2026-12-01T18:00:00.000+01:00', 'caminar'],
    ['recuérdame tomar agua en 30 minutos', '2026-11-30T15:30:00.000+01:00', 'tomar agua'],
    ['en una hora y media', '2026-11-30T16:30:00.000+01:00', 'tu recordatorio'],
    ['en media hora', '2026-11-30T15:30:00.000+01:00', 'tu recordatorio'],
    ['dentro de 2 horas llamar a Ana', '2026-11-30T17:00:00.000+01:00', 'llamar a Ana'],
    ['el 24 de diciembre a las 10am', '2026-12-24T10:00:00.000+01:00', 'tu recordatorio'],
    ['a las 18 hrs', '2026-11-30T18:00:00.000+01:00', 'tu recordatorio'],
    ['a las 12 del mediodía', '2026-12-01T12:00:00.000+01:00', 'tu recordatorio'],
    [
      'hoy a las 9 de la noche hacer la respiración cuadrada',
      '2026-11-30T21:00:00.000+01:00',
      'hacer la respiración cuadrada',
    ],
    ['el viernes a las 7pm llamar a mamá', '2026-12-04T19:00:00.000+01:00', 'llamar a mamá'],
  ])('"%s" → %s', (text, next, what) => {
    const reminder = scheduled(text, NOW, MADRID, 'es-ES');
    expect(reminder).toMatchObject({ kind: 'once', rrule: null, timeZone: MADRID, what });
    expect(localIso(reminder.next, MADRID)).toBe(next);
  });

  it('applies a lead time to a one-time appointment', () => {
    const text = 'recuérdame que tengo cita mañana a las 3 de la tarde, avísame 30 minutos antes';
    const reminder = scheduled(text, NOW, MADRID, 'es-ES');
    expect(reminder).toMatchObject({ kind: 'once', what: 'tengo cita', leadMinutes: 30 });
    expect(localIso(reminder.next, MADRID)).toBe('2026-12-01T14:30:00.000+01:00');
  });
});

describe('parseReminder (Spanish): recurring reminders', () => {
  it.each([
    [
      'cada lunes a las 7 de la tarde',
      'FREQ=WEEKLY;BYDAY=MO;BYHOUR=19;BYMINUTE=0',
      '2026-11-30T19:00:00.000+01:00',
    ],
    ['todos los días a las 9am', 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0', '2026-12-01T09:00:00.000+01:00'],
    [
      'todos los dias a las 9 de la mañana',
      'FREQ=DAILY;BYHOUR=9;BYMINUTE=0',
      '2026-12-01T09:00:00.000+01:00',
    ],
    ['cada día a las 8 de la noche', 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0', '2026-11-30T20:00:00.000+01:00'],
    ['todas las noches a las 9', 'FREQ=DAILY;BYHOUR=21;BYMINUTE=0', '2026-11-30T21:00:00.000+01:00'],
    [
      'entre semana a las 7 am',
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=0',
      '2026-12-01T07:00:00.000+01:00',
    ],
    [
      'de lunes a viernes a las 7am',
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=0',
      '2026-12-01T07:00:00.000+01:00',
    ],
    [
      'los lunes y miércoles a las 6:30 pm',
      'FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=18;BYMINUTE=30',
      '2026-11-30T18:30:00.000+01:00',
    ],
    [
      'todos los martes a las 18:00',
      'FREQ=WEEKLY;BYDAY=TU;BYHOUR=18;BYMINUTE=0',
      '2026-12-01T18:00:00.000+01:00',
    ],
    [
      'sábados y domingos a las 10 de la mañana',
      'FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=10;BYMINUTE=0',
      '2026-12-05T10:00:00.000+01:00',
    ],
  ])('"%s" → %s', (text, rrule, next) => {
    const reminder = scheduled(text, NOW, MADRID, 'es-ES');
    expect(reminder).toMatchObject({ kind: 'recurring', rrule, what: 'tu recordatorio' });
    expect(localIso(reminder.next, MADRID)).toBe(next);
  });

  it('keeps the subject of a recurring reminder', () => {
    const text = 'recuérdame hacer la respiración cuadrada todos los días a las 9 de la noche';
    expect(scheduled(text, NOW, MADRID, 'es-ES').what).toBe('hacer la respiración cuadrada');
  });

  it.each([
    ['una hora antes', 60, '2026-12-01T17:00:00.000-06:00'],
    ['media hora antes', 30, '2026-12-01T17:30:00.000-06:00'],
    ['30 minutos antes', 30, '2026-12-01T17:30:00.000-06:00'],
  ])('session-relative: "mi grupo es los martes a las 6pm, avísame %s"', (lead, minutes, next) => {
    const now = at('2026-11-30T15:00', MEXICO);
    const reminder = scheduled(`mi grupo es los martes a las 6pm, avísame ${lead}`, now, MEXICO, 'es-ES');
    expect(reminder).toMatchObject({
      kind: 'recurring',
      what: 'mi grupo',
      rrule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=18;BYMINUTE=0',
      leadMinutes: minutes,
      timeZone: MEXICO,
    });
    expect(localIso(reminder.next, MEXICO)).toBe(next);
  });
});
