import type { FaqLexiconLanguage } from './faqSchema';
import { tokenize } from './textNormalizer';

/**
 * Recognises a bare request to continue ("tell me more", "más información") that names no topic
 * of its own, so the matcher can answer with the topic already under discussion.
 */
export class MoreRequestDetector {
  private readonly cues: readonly string[][];
  private readonly fillers: ReadonlySet<string>;

  constructor(lexicon: FaqLexiconLanguage) {
    this.cues = lexicon.moreCues.map((cue) => tokenize(cue)).sort((a, b) => b.length - a.length);
    this.fillers = new Set([...lexicon.moreFillers, ...lexicon.stopwords].flatMap((word) => tokenize(word)));
  }

  /** @param words folded words of the message, as produced by the term analyzer. */
  isMoreRequest(words: readonly string[]): boolean {
    let sawCue = false;
    let position = 0;
    while (position < words.length) {
      const cue = this.cues.find((candidate) => startsWithAt(words, candidate, position));
      if (cue) {
        sawCue = true;
        position += cue.length;
      } else if (this.fillers.has(words[position])) {
        position += 1;
      } else {
        return false;
      }
    }
    return sawCue;
  }
}

function startsWithAt(words: readonly string[], cue: readonly string[], position: number): boolean {
  return cue.length > 0 && cue.every((word, offset) => words[position + offset] === word);
}
