import { isVetoed } from './contextCues';
import type { CrisisCategory, CrisisSubject } from './crisisTypes';
import { CUE_RULES } from './cueRules';
import { tagCues } from './cueTagger';
import { inferSubject } from './inferSubject';

/** One co-occurrence rule that matched. */
export interface CueHit {
  id: string;
  category: CrisisCategory;
  weight: number;
  subject: CrisisSubject;
}

/**
 * Scores a message by which kinds of words occur together (a wish and a death word, a goodbye
 * and "forever", a means and a stockpiling verb) rather than by exact phrasings. Runs on text
 * already normalised and idiom-masked, so figures of speech are gone before cues are read.
 */
export function scoreCues(normalized: string): CueHit[] {
  const tagged = tagCues(normalized);
  const hits: CueHit[] = [];
  for (const rule of CUE_RULES) {
    const match = rule.regex.exec(tagged.tags);
    if (!match) continue;
    if (rule.vetoes.some((kind) => isVetoed(kind, normalized))) continue;
    const start = tagged.starts[match.index];
    const end = tagged.ends[match.index + Math.max(match[0].length, 1) - 1];
    const subject = inferSubject(normalized, start, normalized.slice(start, end));
    hits.push({ id: rule.id, category: rule.category, weight: rule.weight, subject });
  }
  return hits;
}
