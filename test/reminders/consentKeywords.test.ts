import { classifyConsentKeyword } from '../../src/reminders/consentKeywords';

describe('classifyConsentKeyword', () => {
  it.each([
    'STOP',
    'stop',
    'Stop.',
    ' stop!! ',
    'STOPALL',
    'Stop all',
    'UNSUBSCRIBE',
    'Cancel',
    'END',
    'quit',
    'Revoke',
    'OPTOUT',
    'opt-out',
    'stop please',
    'STOP 🛑',
    'stop texting me',
    'stop reminding me',
    'deja de recordarme',
    'Stop messaging me!',
    'please stop sending me messages',
    "don't message me anymore",
    'Don’t text me again',
    'do not contact me',
    'unsubscribe me',
    'remove me from this list',
    'take me off your list',
    'no more texts',
    "I don't want any more messages",
    'no más mensajes',
    'No más',
    'ya no me envíes mensajes',
    'no me mandes más mensajes',
    'deja de escribirme',
    'Deja de enviarme mensajes',
    'CANCELAR',
    'parar',
    'Baja',
    'dame de baja',
    'no quiero recibir más mensajes',
  ])('"%s" → stop', (text) => {
    expect(classifyConsentKeyword(text)).toBe('stop');
  });

  it.each(['START', 'start', 'Unstop', 'YES', 'yes!', 'Sí', 'si'])('"%s" → start', (text) => {
    expect(classifyConsentKeyword(text)).toBe('start');
  });

  it.each(['HELP', 'help?', 'Info', 'AYUDA', 'ayuda por favor', 'Información'])('"%s" → help', (text) => {
    expect(classifyConsentKeyword(text)).toBe('help');
  });

  it.each([
    'when does the program end?',
    'I want to cancel my appointment',
    'stop the reminder for tomorrow only',
    'how do I stop the reminders?',
    "don't stop",
    'can you help me find a program',
    'yes I have a question',
    'I need info about insurance',
    'quiero cancelar mi cita',
    'no puedo parar de pensar',
    'no',
    'stopwatch',
    'started',
    '',
    '   ',
    '!!!',
  ])('"%s" → null', (text) => {
    expect(classifyConsentKeyword(text)).toBeNull();
  });
});
