import { foldText } from '../src/reminders/textPatterns';

const YES = new Set([
  'yes',
  'y',
  'yeah',
  'yep',
  'yup',
  'ok',
  'okay',
  'sure',
  'correct',
  'right',
  'sounds good',
  'that works',
  'yes please',
  'si',
  'claro',
  'vale',
  'de acuerdo',
  'correcto',
  'esta bien',
  'si por favor',
  'perfecto',
]);

const NO = new Set([
  'no',
  'n',
  'nope',
  'nah',
  'not now',
  'no thanks',
  'no thank you',
  'ahora no',
  'no gracias',
]);

/** Reads a reply to a yes/no question in English or Spanish; null when it is neither. */
export function readYesNo(text: string): 'yes' | 'no' | null {
  const folded = foldText(text)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (YES.has(folded)) return 'yes';
  if (NO.has(folded)) return 'no';
  return null;
}
