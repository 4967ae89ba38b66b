import { US_STATES } from './usStates';

/** A word of the user's text: as typed, folded for matching, and in the spelling of city names. */
export interface PlaceToken {
  raw: string;
  norm: string;
  city: string;
}

// People write "St Louis", "Mt. Vernon", "Ft Myers"; the ZIP data spells these words out.
const SPELLED_OUT: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

/** Lower case, accents removed, punctuation as spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Splits text into words, keeping the typed form so abbreviations in capitals can be told apart. */
export function placeTokens(text: string): PlaceToken[] {
  const tokens: PlaceToken[] = [];
  for (const raw of text.split(/[^\p{L}\p{N}]+/u)) {
    const folded = foldText(raw);
    if (!folded) continue;
    for (const norm of folded.split(' ')) tokens.push({ raw, norm, city: SPELLED_OUT[norm] ?? norm });
  }
  return tokens;
}

/** The normalised key for a city name, as stored in the town index. */
export function cityKey(city: string): string {
  return placeTokens(city)
    .map((token) => token.city)
    .join(' ');
}

/**
 * Two-letter codes that are also everyday English or Spanish words ("in", "me", "la", "mi"):
 * in free text they count as a state only when typed in capitals.
 */
const WORDLIKE_CODES = new Set([
  'in',
  'or',
  'me',
  'oh',
  'ok',
  'hi',
  'de',
  'la',
  'pa',
  'ma',
  'id',
  'al',
  'co',
  'mo',
  'va',
  'mi',
  'ga',
  'as',
  'ne',
]);

const STATE_PHRASES: ReadonlyMap<string, string> = new Map(
  US_STATES.flatMap((state) => [
    [state.code.toLowerCase(), state.code] as const,
    [foldText(state.name), state.code] as const,
    ...state.aliases.map((alias) => [alias, state.code] as const),
  ]),
);

/** The longest state name, in words: how far back from a position a state phrase can start. */
export const MAX_STATE_WORDS = Math.max(
  ...[...STATE_PHRASES.keys()].map((phrase) => phrase.split(' ').length),
);

/**
 * The state code spelled by tokens[start, end), or undefined. With `strict`, a word-like code
 * such as "in" or "me" counts only when typed in capitals ("IN", "ME").
 */
export function stateAt(
  tokens: readonly PlaceToken[],
  start: number,
  end: number,
  strict: boolean,
): string | undefined {
  if (start < 0 || end > tokens.length || start >= end) return undefined;
  const phrase = tokens
    .slice(start, end)
    .map((token) => token.norm)
    .join(' ');
  const code = STATE_PHRASES.get(phrase);
  if (!code || !strict || phrase.length !== 2 || !WORDLIKE_CODES.has(phrase)) return code;
  const typed = tokens[start].raw;
  return typed === typed.toUpperCase() ? code : undefined;
}
