import { repairSpelling } from './fuzzyAnchors';
import { ILL_MEANS_SICK_AFTER, SLANG_MAP, TWO_MEANS_TO_AFTER } from './slangMap';

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

/** Numbers with units ("20mg", "5am") are real quantities, not leetspeak. */
const UNIT_TOKEN = /^\d+(?:mg|mcg|ml|g|kg|lbs?|am|pm|x|s|th|st|nd|rd|k|mi|km|mins?|hrs?|h|yo|yrs?)$/;

/** Rewrites that need punctuation, so they run before it is stripped. */
const PRE_REWRITES: readonly [RegExp, string][] = [
  [/\b(he|she|i|we|they|you|it)'ll\b/g, ' $1 will '],
  [/\b(he|she|i|we|they|you|it)'d\b/g, ' $1 would '],
  [/\bw\/o\b/g, ' without '],
  [/\bb\/c\b/g, ' because '],
  [/\bw\//g, ' with '],
  [/\bo\.?d\.?(?:'e?d|ed)\b/g, ' overdosed '],
  [/\bo\.?d\.?'?ing\b/g, ' overdosing '],
  [/\bo\.d\.?/g, ' od '],
];

/**
 * Emoji that stand for a means or for death are read as the word, so "💊💊💊 and 🍷" or
 * "i want ⚰️" reach the patterns; every other emoji is dropped with the rest of the symbols.
 */
const EMOJI_WORDS: readonly [RegExp, string][] = [
  [/\u{1F48A}/gu, ' pills '],
  [/\u{1F52A}|\u{1F5E1}/gu, ' knife '],
  [/\u{1F52B}/gu, ' gun '],
  [/\u{1FA78}/gu, ' blood '],
  [/\u{1FAA2}/gu, ' rope '],
  [/\u{26B0}|\u{1FAA6}/gu, ' death '],
  [/[\u{1F377}\u{1F378}\u{1F37A}\u{1F37B}\u{1F37E}\u{1F943}]/gu, ' alcohol '],
];

/** Sentence punctuation becomes a "|" token so patterns do not run across sentences. */
const BOUNDARY = /[.!?;,:\n\r\u00bf\u00a1]+/g;

/**
 * Reduces a message to the canonical form the safety patterns are written against: lowercase,
 * accents folded (so "mí" and "mi" match alike), apostrophes dropped, leetspeak decoded,
 * stretched letters collapsed, sentence breaks kept as " | ", shorthand and contractions
 * expanded ("im" -> "i am"), and a few long key words spell-repaired. Words are separated by
 * single spaces with no leading or trailing space.
 */
export function normalizeForSafety(text: string): string {
  let s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  s = s.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'");
  if (/[\u2600-\u27bf]|[\ud83c-\ud83e]/.test(s))
    for (const [emoji, word] of EMOJI_WORDS) s = s.replace(emoji, word);
  for (const [pattern, replacement] of PRE_REWRITES) s = s.replace(pattern, replacement);
  s = s.replace(/'/g, '');
  s = s.replace(/[a-z0-9@$]+/g, decodeLeet);
  s = s.replace(BOUNDARY, ' | ');
  s = s.replace(/[^a-z0-9| ]+/g, ' ');
  s = s.replace(/([a-z])\1{2,}/g, '$1');
  return expandTokens(s.split(' ').filter((t) => t.length > 0))
    .join(' ')
    .replace(/\b(me|te|se|lo|la|los|las|le|les|nos|yo|ya|no) boy a\b/g, '$1 voy a')
    .replace(/\b(he|she)ll (kill|hurt|murder|beat|hit|find|shoot|stab|rape|come)\b/g, '$1 will $2');
}

function decodeLeet(token: string): string {
  if (!/[a-z]/.test(token) || !/[0-9@$]/.test(token)) return token;
  if (UNIT_TOKEN.test(token) || SLANG_MAP.has(token)) return token;
  return token.replace(/[0-9@$]/g, (ch) => LEET[ch] ?? ch);
}

function expandTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let previous = '';
  for (const token of tokens) {
    // Boundaries never lead, trail or repeat, so patterns can rely on "x | y" spacing.
    if (token === '|' && (out.length === 0 || out[out.length - 1] === '|')) continue;
    out.push(expandToken(token, previous));
    previous = token;
  }
  if (out[out.length - 1] === '|') out.pop();
  return out;
}

function expandToken(token: string, previous: string): string {
  if (token === '2') return TWO_MEANS_TO_AFTER.has(previous) ? 'to' : token;
  if (token === 'ill') return ILL_MEANS_SICK_AFTER.has(previous) ? token : 'i will';
  if (token === 'm') return previous === 'i' ? 'am' : 'me';
  return SLANG_MAP.get(token) ?? repairSpelling(token);
}
