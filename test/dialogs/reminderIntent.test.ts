import { readReminderIntent } from '../../dialogs/reminderIntent';

describe('readReminderIntent', () => {
  it.each([
    ['remind me to practice breathing every day at 8pm', { kind: 'create' }],
    ['set a reminder tomorrow at 6pm', { kind: 'create' }],
    ['Can you remind me to call mom at 5?', { kind: 'create' }],
    ['my group is Tuesdays at 6pm, remind me an hour before', { kind: 'create' }],
    ['recuérdame cada lunes a las 7 de la tarde', { kind: 'create' }],
    ['ponme un recordatorio para mañana a las 8', { kind: 'create' }],
    ['my reminders', { kind: 'list' }],
    ['List reminders', { kind: 'list' }],
    ['show me my reminders', { kind: 'list' }],
    ['mis recordatorios', { kind: 'list' }],
    ['¿Qué recordatorios tengo?', { kind: 'list' }],
    ['how am I doing?', { kind: 'stats' }],
    ['¿cómo voy?', { kind: 'stats' }],
    ['pause my reminders', { kind: 'pause' }],
    ['pause reminder 2', { kind: 'pause', number: 2 }],
    ['pausa el recordatorio 1', { kind: 'pause', number: 1 }],
    ['resume', { kind: 'resume' }],
    ['reanudar mis recordatorios', { kind: 'resume' }],
    ['delete reminder 2', { kind: 'delete', number: 2 }],
    ['cancel reminder #3', { kind: 'delete', number: 3 }],
    ['borra el recordatorio 1', { kind: 'delete', number: 1 }],
    ['delete reminder', { kind: 'delete' }],
    ['delete all reminders', { kind: 'deleteAll' }],
    ['Delete all my reminders', { kind: 'deleteAll' }],
    ['borrar todos los recordatorios', { kind: 'deleteAll' }],
    ['change my 8pm reminder to 9pm', { kind: 'change', target: '8pm', newTime: '9pm' }],
    ['move reminder 2 to 7:30am', { kind: 'change', number: 2, newTime: '7:30am' }],
    ['change my walk reminder to 6.30 p.m.', { kind: 'change', target: 'walk', newTime: '6.30 p.m.' }],
    ['cambia mi recordatorio de las 8pm a las 9pm', { kind: 'change', target: '8pm', newTime: 'las 9pm' }],
    ['cambia el recordatorio 2 a las 7', { kind: 'change', number: 2, newTime: 'las 7' }],
  ])('"%s"', (text, expected) => {
    expect(readReminderIntent(text)).toEqual(expected);
  });

  it.each([
    'how do I set a reminder?',
    'what are reminders for?',
    'what is an IOP',
    'I want to cancel my appointment',
    'stop',
  ])('leaves "%s" to other dialogs', (text) => {
    expect(readReminderIntent(text)).toBeNull();
  });

  it('reads "set a reminder to change …" as a new reminder, not a change of time', () => {
    expect(readReminderIntent('set a reminder to change the filter at 5')).toEqual({ kind: 'create' });
  });
});
