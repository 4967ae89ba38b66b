import type { CrisisSubject } from './crisisTypes';

const FIRST_PERSON: ReadonlySet<string> = new Set([
  'i',
  'me',
  'my',
  'myself',
  'mine',
  'yo',
  'mi',
  'mis',
  'conmigo',
  'quiero',
  'estoy',
  'tengo',
  'pienso',
  'siento',
  'voy',
  'puedo',
  'aguanto',
  'prefiero',
  'quisiera',
  'deseo',
  'necesito',
]);

const THIRD_PERSON: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'him',
  'his',
  'her',
  'their',
  'them',
  'himself',
  'herself',
  'themselves',
  'themself',
  'el',
  'ella',
  'ellos',
  'ellas',
  'se',
  'su',
  'sus',
  'quiere',
  'esta',
  'dice',
  'dijo',
  'intento',
  'friend',
  'son',
  'daughter',
  'kid',
  'teen',
  'amigo',
  'amiga',
  'hijo',
  'hija',
]);

/** Spanish infinitives carry the person on the end: "matarme" is me, "matarse" is them. */
const FIRST_CLITIC = /(?:ar|er|ir)me$/;
const THIRD_CLITIC = /(?:ar|er|ir)se$/;

/** How far back, in words, to look for a subject when the match itself has none. */
const LOOKBACK_WORDS = 8;

/**
 * Decides whether a matched phrase is about the writer or someone else: first from the words of
 * the match, then from the nearest person word before it in the same sentence. Defaults to the
 * writer, the safer reading.
 */
export function inferSubject(normalized: string, matchStart: number, matchText: string): CrisisSubject {
  const fromMatch = lastPersonIn(matchText.split(' '));
  if (fromMatch) return fromMatch;
  const before = normalized.slice(0, matchStart).split(' | ').pop() ?? '';
  const words = before
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(-LOOKBACK_WORDS);
  return lastPersonIn(words) ?? 'self';
}

function lastPersonIn(words: readonly string[]): CrisisSubject | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (FIRST_PERSON.has(word) || FIRST_CLITIC.test(word)) return 'self';
    if (THIRD_PERSON.has(word) || THIRD_CLITIC.test(word)) return 'other';
  }
  return undefined;
}
