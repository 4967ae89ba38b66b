import { wordPattern, type TextSpan } from './textPatterns';

/** Request wording around the subject: "remind me to", "set a reminder for", "recuérdame que". */
const REQUEST_WORDS: Record<'en' | 'es', string> = {
  en: [
    '(?:hey|hi|hello|ok|okay)(?=[ ,!])',
    'please|pls',
    '(?:can|could|would|will) you',
    "i (?:want|need|would like|'d like)(?: you to)?",
    '(?:set|create|add|make|schedule|send me)(?: up)?(?: a| an)? reminder(?: to| for| about| that)?',
    '(?:a )?reminder(?: to| for| about|:)?',
    'remind me(?: to| about| of| that i (?:need|have) to| that)?',
    '(?:notify|text|message|ping) me(?: to| about)?',
  ].join('|'),
  es: [
    '(?:hola|oye)(?=[ ,!])',
    'por favor',
    '(?:me )?(?:puedes|podrías)',
    'quiero (?:que me recuerdes|un recordatorio)(?: que| de| para)?',
    '(?:pon|ponme|crea|crear|programa|agrega)(?: un)? recordatorio(?: para| de| que)?',
    'recordatorio(?: para| de|:)?',
    '(?:recuérdame|recordarme|avísame|avisarme)(?: que| de| para| a)?',
  ].join('|'),
};

const MAX_SUBJECT_LENGTH = 120;

/** Connecting words left dangling at either end once the time words are gone. */
const EDGE_WORDS: Record<'en' | 'es', string> = {
  en: 'at|on|in|by|to|for|every|each|and|or|is|are|the|around|about|from|starting|then|also|me|of|that',
  es: 'a|al|las|la|el|los|en|de|del|y|e|o|es|son|cada|todos|todas|para|por|que|desde|sobre|me|a partir',
};

/**
 * The subject of a reminder ("take a walk", "mi grupo"): the text without the time expressions
 * (`timeSpans`), the request wording and dangling connectors. Returns null when nothing is left.
 */
export function extractReminderSubject(
  text: string,
  timeSpans: TextSpan[],
  language: 'en' | 'es',
): string | null {
  const gap = '\u0000';
  let rest = blankSpans(text, timeSpans, gap);
  rest = rest.replace(wordPattern(REQUEST_WORDS[language]), gap);
  const pieces = rest
    .split(gap)
    .map((piece) => trimEdges(piece, EDGE_WORDS[language]))
    .filter((piece) => /[\p{L}\p{N}]/u.test(piece));
  if (pieces.length === 0) return null;
  return shorten(pieces.join(' ').replace(/\s+/g, ' ').trim());
}

/** Long subjects are cut at a word boundary: the subject is repeated in every reminder message. */
function shorten(subject: string): string {
  if (subject.length <= MAX_SUBJECT_LENGTH) return subject;
  const cut = subject.slice(0, MAX_SUBJECT_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_SUBJECT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** Replaces each span with `gap`, merging overlapping spans first so indexes stay valid. */
function blankSpans(text: string, spans: TextSpan[], gap: string): string {
  const merged: TextSpan[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let result = text;
  for (const span of merged.reverse()) result = result.slice(0, span.start) + gap + result.slice(span.end);
  return result;
}

const PUNCTUATION = '[\\s,.;:!?¡¿"\'()\\-]';

/** Strips connector words and punctuation from both ends of a fragment, one token at a time. */
function trimEdges(piece: string, words: string): string {
  const leading = new RegExp(`^(?:${PUNCTUATION}|(?:${words})(?![\\p{L}\\p{N}]))+`, 'iu');
  const trailing = new RegExp(`(?:${PUNCTUATION}|(?<![\\p{L}\\p{N}])(?:${words}))+$`, 'iu');
  return piece.replace(leading, '').replace(trailing, '');
}
