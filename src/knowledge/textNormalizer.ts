/**
 * Lower-cases text and strips accents so that "Qué", "que" and "QUE" compare equal. Visitors often
 * type Spanish without accents, so the matcher works on folded text throughout.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Splits text into folded word tokens. Apostrophes are dropped rather than split on, so "what's"
 * becomes "whats" and "don't" becomes "dont", matching how people type without them.
 */
export function tokenize(text: string): string[] {
  return foldText(text)
    .replace(/['’‘`´]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}
