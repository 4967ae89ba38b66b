import type { Language } from '../channels/outboundMessage';

function splitWords(list: string): string[] {
  return list.split(' ');
}

// Light suffix strippers. They do not aim for linguistic correctness, only for mapping the
// inflections people actually type ("therapies", "therapy"; "emociones", "emocional") to one key.
// Content and queries go through the same function, so consistency matters more than accuracy.
// Each word loses at most a plural ending and then one suffix: stripping repeatedly conflates
// unrelated words ("maneras" and "mañana" both ended up as "man").
const ENGLISH_SUFFIXES = splitWords(
  'izations ization ational ation ating ated ment ness ity ing ible able ful ive ed ly al er ate y',
);

const SPANISH_SUFFIXES = splitWords(
  'andolo andola andome andote andose iendolo iendola iendome arlo arla arte erlo erla irlo irla ' +
    'amiento imiento acion icion mente adora ador ancia encia able ible ista idad edad oso osa ando ' +
    'iendo aron ieron ado ada ido ida arme erme irme arse erse irse amos emos imos al ar er ir an en ' +
    'are ere ire a o e',
);

// Longest suffix first, so "ation" wins over "on".
const byLengthDescending = (a: string, b: string): number => b.length - a.length;
const SUFFIXES: Record<Language, readonly string[]> = {
  en: [...ENGLISH_SUFFIXES].sort(byLengthDescending),
  es: [...SPANISH_SUFFIXES].sort(byLengthDescending),
};

const MIN_STEM_LENGTH = 3;
const VOWELS = 'aeiou';

function dropEnding(word: string, ending: string): string | undefined {
  return word.endsWith(ending) && word.length - ending.length >= MIN_STEM_LENGTH
    ? word.slice(0, word.length - ending.length)
    : undefined;
}

function englishSingular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses') || /(sh|ch|x|z)es$/.test(word)) return dropEnding(word, 'es') ?? word;
  // "stress", "focus", "basis": the final s belongs to the word.
  if (/(ss|us|is)$/.test(word)) return word;
  return dropEnding(word, 's') ?? word;
}

function spanishSingular(word: string): string {
  if (word.endsWith('es') && !VOWELS.includes(word[word.length - 3] ?? 'a'))
    return dropEnding(word, 'es') ?? word;
  if (word.endsWith('s') && VOWELS.includes(word[word.length - 2] ?? 'x'))
    return dropEnding(word, 's') ?? word;
  return word;
}

function stripSuffix(word: string, language: Language): string {
  for (const suffix of SUFFIXES[language]) {
    const stem = dropEnding(word, suffix);
    if (stem !== undefined) return stem;
  }
  return word;
}

/**
 * Reduces a folded, lower-case word to a crude stem. Numbers and very short words are returned as is.
 */
export function stemWord(word: string, language: Language): string {
  if (/^[0-9]+$/.test(word) || word.length <= MIN_STEM_LENGTH) return word;
  if (language === 'es') return stripSuffix(spanishSingular(word), 'es');
  const stem = stripSuffix(englishSingular(word), 'en');
  // "manage" and "management" should meet at "manag"; short words keep their "e" ("made", "home").
  return stem.endsWith('e') && stem.length > 4 ? stem.slice(0, -1) : stem;
}

// Spanish object pronouns glued to infinitives and gerunds: "matarme", "cuidándolos".
const SPANISH_ENCLITIC = /(ar|er|ir|ando|iendo)(me|te|se|nos|los|las|les|lo|la|le)$/;

/**
 * Removes only light inflection, for matching synonym lists: English plurals, "-ed", "-ing" and a
 * final "e"; Spanish pronouns attached to verbs. Full stems collide across unrelated words
 * ("during" and "duration"), and Spanish verbs in "-s" are not plurals ("puedes" is not "puede"),
 * so Spanish plurals are listed in the synonym data instead.
 */
export function lightStem(word: string, language: Language): string {
  if (/^[0-9]+$/.test(word) || word.length <= MIN_STEM_LENGTH) return word;
  if (language === 'es') return word.replace(SPANISH_ENCLITIC, '$1');
  const singular = englishSingular(word);
  const base = dropEnding(singular, 'ing') ?? dropEnding(singular, 'ed') ?? singular;
  return base.endsWith('e') && base.length > 4 ? base.slice(0, -1) : base;
}
