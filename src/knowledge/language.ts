import type { Language } from '../channels/outboundMessage';
import { tokenize } from './textNormalizer';

// Accented vowels, ñ and inverted punctuation almost never appear in English messages.
const SPANISH_MARKS = /[ñáéíóúü¿¡]/i;
const MARK_WEIGHT = 2;

// Frequent words that belong to only one of the two languages (folded, without accents). Words
// shared by both, such as "me", "no" or "a", are left out on purpose.
const SPANISH_WORDS = new Set(
  (
    'que como cuanto cuanta cuantos cuantas donde cuando porque para por el la los las un una unos es son esta ' +
    'estoy estas de del y o mi mis tu yo te se lo hay tengo tiene tienen puedo puede puedes necesito quiero ' +
    'hola gracias si terapia ayuda programa programas cuesta seguro familia grupo hijo hija trabajo escuela con ' +
    'sin pero muy mas tambien ansiedad depresion buenas buenos dias tardes noches vale claro bueno sobre cerca ' +
    'ciudad codigo postal quien cual ahora siento mal ya eso esto algo alguien nada soy eres sera'
  ).split(' '),
);
const ENGLISH_WORDS = new Set(
  (
    'the an is are what whats how why who where when do does can i my you your it to of and or for with in on ' +
    'at this that have need want therapy help program programs cost hi hello thanks please insurance near much ' +
    'long about there be will would should am im dont cant its get know feel family group work'
  ).split(' '),
);

/**
 * Picks the conversation language. A locale starting with "es" or "en" wins; otherwise the text
 * decides by its accents and common words; English is the default when nothing points to Spanish.
 */
export function detectLanguage(text: string, locale?: string): Language {
  const fromLocale = locale?.trim().toLowerCase() ?? '';
  if (fromLocale.startsWith('es')) return 'es';
  if (fromLocale.startsWith('en')) return 'en';
  let spanishLead = SPANISH_MARKS.test(text) ? MARK_WEIGHT : 0;
  for (const word of tokenize(text)) {
    if (SPANISH_WORDS.has(word)) spanishLead += 1;
    if (ENGLISH_WORDS.has(word)) spanishLead -= 1;
  }
  return spanishLead > 0 ? 'es' : 'en';
}
