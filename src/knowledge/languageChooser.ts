import type { Language } from '../channels/outboundMessage';
import type { LanguageChooser } from '../bot/turnServices';

// Words that are common in one language and rare in the other. Short messages ("ok", "7030")
// carry no signal, and then the conversation keeps the language it had.
const SPANISH_WORDS = new Set(
  (
    'que qué como cómo cuanto cuánto cuesta donde dónde cuando cuándo es el la los las un una de del por para ' +
    'con sin mi mis tu yo me te se necesito quiero puedo hay programa programas terapia ayuda hola gracias ' +
    'buenos buenas dias días tardes noches cerca ciudad seguro familia grupo hijo hija adolescente español ' +
    'recordatorio recuérdame recuerdame cada lunes martes miércoles miercoles jueves viernes sábado domingo ' +
    'mañana manana tarde noche semana también tambien pero porque sí estoy estás está soy eres y o no más mas ' +
    'borra borrar datos sobre saber sabes'
  ).split(' '),
);
const ENGLISH_WORDS = new Set(
  (
    'what how much where when is the a an of for with without my your i me you need want can there program ' +
    'programs therapy help hello hi thanks thank near city insurance family group son daughter teen teenager ' +
    'english reminder remind every monday tuesday wednesday thursday friday saturday sunday tomorrow evening ' +
    'morning night week also but because yes am are do does it this that and or not more delete data about know'
  ).split(' '),
);
// Words spelled the same in both lists would cancel out; these are too ambiguous to count.
const AMBIGUOUS = new Set(['no', 'me', 'a', 'programa', 'program', 'son', 'mas']);

/** The language a text is written in, or undefined when it gives too little to tell. */
export function textLanguage(text: string): Language | undefined {
  if (/[¿¡ñ]/i.test(text)) return 'es';
  // Whole words only: letters inside a token with digits (a reminder's "done #de6b599d", a ZIP
  // code) are not words, and reading "de" out of a hex reference once switched a reply to Spanish.
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9áéíóúüñ]+/)
    .filter((token) => /^[a-záéíóúüñ]+$/.test(token));
  let es = /[áéíóú]/.test(text) ? 1 : 0;
  let en = 0;
  for (const word of words) {
    if (AMBIGUOUS.has(word)) continue;
    if (SPANISH_WORDS.has(word)) es++;
    if (ENGLISH_WORDS.has(word)) en++;
  }
  if (es === en || Math.max(es, en) < 1) return undefined;
  return es > en ? 'es' : 'en';
}

/**
 * Replies follow the language of the message; a message with no clear language keeps the
 * conversation's language, then the client's locale, then English.
 */
export const languageChooser: LanguageChooser = {
  choose(text, locale, previous) {
    return textLanguage(text) ?? previous ?? (locale?.toLowerCase().startsWith('es') ? 'es' : 'en');
  },
};
