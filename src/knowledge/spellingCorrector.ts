import { boundedEditDistance } from './editDistance';

// Short words have too many real neighbours ("game" is one letter from "same"): leave them alone.
const MIN_CORRECTABLE_LENGTH = 6;
// Only long words can absorb two slips without turning into a different real word.
const LONG_WORD_LENGTH = 9;
// A sound-alike spelling is trusted from this length on ("aser" for "hacer", "oras" for "horas").
const MIN_SOUND_ALIKE_LENGTH = 3;
const CACHE_LIMIT = 2000;

/**
 * Maps a misspelt word to the nearest known word, preferring the most frequent one on ties.
 * Known words and words with no close neighbour are returned unchanged.
 */
export class SpellingCorrector {
  private readonly known: ReadonlyMap<string, number>;
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string>();
  private readonly bySound = new Map<string, string>();

  /**
   * @param wordFrequencies every word the corrector may suggest, with how often it occurs.
   * @param soundKey optional reduction of a word to its sound; an unknown word that sounds like a
   *   known one is corrected to it first, whatever its length or first letter.
   */
  constructor(
    wordFrequencies: ReadonlyMap<string, number>,
    private readonly soundKey?: (word: string) => string,
  ) {
    this.known = wordFrequencies;
    for (const word of wordFrequencies.keys()) {
      const bucket = this.byLength.get(word.length) ?? [];
      bucket.push(word);
      this.byLength.set(word.length, bucket);
    }
    if (soundKey) this.indexSounds(soundKey);
  }

  correct(word: string): string {
    if (word.length < MIN_SOUND_ALIKE_LENGTH || this.known.has(word) || /[0-9]/.test(word)) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const soundAlike = this.soundKey ? this.bySound.get(this.soundKey(word)) : undefined;
    const nearest = word.length >= MIN_CORRECTABLE_LENGTH ? this.findNearest(word) : undefined;
    const corrected = soundAlike ?? nearest ?? word;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, corrected);
    return corrected;
  }

  // The most frequent known word wins when several sound the same.
  private indexSounds(soundKey: (word: string) => string): void {
    for (const [word, frequency] of this.known) {
      if (word.length < MIN_SOUND_ALIKE_LENGTH || /[0-9]/.test(word)) continue;
      const key = soundKey(word);
      const current = this.bySound.get(key);
      if (current === undefined || (this.known.get(current) ?? 0) < frequency) this.bySound.set(key, word);
    }
  }

  private findNearest(word: string): string | undefined {
    const limit = word.length >= LONG_WORD_LENGTH ? 2 : 1;
    let best: string | undefined;
    let bestDistance = limit + 1;
    let bestFrequency = 0;
    for (let length = word.length - limit; length <= word.length + limit; length += 1) {
      for (const candidate of this.byLength.get(length) ?? []) {
        // People rarely mistype the first letter; requiring it to match avoids many false fixes.
        if (candidate.length < MIN_CORRECTABLE_LENGTH || candidate[0] !== word[0]) continue;
        const distance = boundedEditDistance(word, candidate, limit);
        if (distance > limit) continue;
        const frequency = this.known.get(candidate) ?? 0;
        if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
          best = candidate;
          bestDistance = distance;
          bestFrequency = frequency;
        }
      }
    }
    return best;
  }
}
