import { wordPattern } from './textPatterns';

type Rewrite = [pattern: RegExp, replace: (match: string, ...groups: string[]) => string];

/** Words people often type without accents; the recognizer only knows the accented forms. */
const SPANISH_ACCENTS: Record<string, string> = {
  manana: 'mañana',
  dia: 'día',
  dias: 'días',
  miercoles: 'miércoles',
  sabado: 'sábado',
  sabados: 'sábados',
  mediodia: 'mediodía',
  recuerdame: 'recuérdame',
  avisame: 'avísame',
};

const SPANISH_SMALL_NUMBERS: Record<string, number> = { una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5 };

const SPANISH_REWRITES: Rewrite[] = [
  [
    wordPattern(Object.keys(SPANISH_ACCENTS).join('|')),
    (word) => SPANISH_ACCENTS[word.toLowerCase()] ?? word,
  ],
  // The recognizer reads "una hora y media" as one hour and misses "en media hora" entirely.
  [
    wordPattern('(\\d+|una?|dos|tres|cuatro|cinco) horas? y (media|cuarto)'),
    (_m, count, part) => `${countOf(count) * 60 + (part.toLowerCase() === 'media' ? 30 : 15)} minutos`,
  ],
  [wordPattern('media hora'), () => '30 minutos'],
  // "a las 18 hrs" is read as a duration of 18 hours.
  [
    wordPattern('(a )?las ([01]?\\d|2[0-3])(?::([0-5]\\d))? ?(?:hrs?|h)'),
    (_m, at, hour, minute) => `${at ?? ''}las ${hour}:${minute ?? '00'}`,
  ],
  [
    wordPattern(
      '(1[0-2]|0?[1-9])(?::([0-5]\\d))?( y (?:media|cuarto))? (?:de|en|por) la (noche|tarde|mañana|madrugada)',
    ),
    (_m, hour, minute, half, part) => dayPartTime(Number(hour), minute, half, part),
  ],
  [wordPattern('(?:las )?12 del? (?:mediodía|medio día)'), () => 'las 12 pm'],
];

const COMMON_REWRITES: Rewrite[] = [
  // "7.30pm" → "7:30pm"; the dot form is common on phones.
  [
    wordPattern('(1[0-2]|0?[1-9])\\.([0-5]\\d) ?([ap]\\.? ?m\\.?)'),
    (_m, hour, minute, suffix) => `${hour}:${minute} ${suffix}`,
  ],
];

/**
 * Rewrites a few spellings the date-time recognizer misreads, before recognition. Only time
 * expressions change, so the rest of the text (what to remind about) is kept as typed.
 */
export function normaliseReminderText(text: string, language: 'en' | 'es'): string {
  const rewrites = language === 'es' ? [...SPANISH_REWRITES, ...COMMON_REWRITES] : COMMON_REWRITES;
  let result = text.replace(/[\p{Cc}\s]+/gu, ' ').trim();
  for (const [pattern, replace] of rewrites) {
    result = result.replace(pattern, replace);
  }
  return result;
}

function countOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (SPANISH_SMALL_NUMBERS[word.toLowerCase()] ?? 1);
}

/** "8 de la noche" → "8:00 pm"; "12 de la noche" is midnight. */
function dayPartTime(
  hour: number,
  minute: string | undefined,
  half: string | undefined,
  part: string,
): string {
  const minutes = half ? (/media/i.test(half) ? '30' : '15') : (minute ?? '00');
  const lowerPart = part.toLowerCase();
  const evening = lowerPart === 'noche' || lowerPart === 'tarde';
  const pm = hour === 12 ? lowerPart === 'tarde' : evening;
  return `${hour}:${minutes} ${pm ? 'pm' : 'am'}`;
}
