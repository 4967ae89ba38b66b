/** Letters and digits in any script: JavaScript's `\b` treats "día" as ending before the "í". */
const WORD_CHAR = '[\\p{L}\\p{N}_]';

/**
 * Compiles `source` so it only matches whole words or phrases (Unicode-aware), case-insensitive.
 * The returned regex is global; use it with matchAll or replace.
 */
export function wordPattern(source: string): RegExp {
  return new RegExp(`(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`, 'giu');
}

/** Lower-cases and removes accents, for comparisons that should forgive "dias" for "días". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A half-open range [start, end) of a string. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Every match of `pattern` in `text` as spans. */
export function findSpans(text: string, pattern: RegExp): TextSpan[] {
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}
