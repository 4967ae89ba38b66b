import { tokenize } from './textNormalizer';

/** A message cut at its punctuation, with the clause that most likely holds the actual question. */
export interface FocusedMessage {
  clauses: string[];
  /** Index into `clauses`. */
  focus: number;
}

// Commas count as clause breaks because anxious visitors chain context and question with them
// ("i have two kids at home, can i still do this"). Apostrophes and slashes ("24/7") do not.
const CLAUSE = /[^.!?;:,\n]+[.!?;:,\n]*/g;

/**
 * Finds the question inside a long message. People often open with background ("my sister is
 * starting next week, ...") and ask at the end, so the matcher can weigh the question's words
 * above the preamble's. Messages without punctuation stay one clause.
 */
export class QuestionFocus {
  private readonly starts: ReadonlySet<string>;

  /** @param questionStarts words that open a question in this language ("how", "can", "cuánto"). */
  constructor(questionStarts: readonly string[]) {
    this.starts = new Set(questionStarts.flatMap((word) => tokenize(word)));
  }

  focus(text: string): FocusedMessage {
    const clauses: string[] = [];
    const asks: boolean[] = [];
    const opens: boolean[] = [];
    for (const [piece] of text.matchAll(CLAUSE)) {
      const words = tokenize(piece);
      if (words.length === 0) continue;
      clauses.push(piece);
      asks.push(piece.includes('?'));
      opens.push(this.starts.has(words[0]));
    }
    return { clauses, focus: lastIndexWhere(asks) ?? lastIndexWhere(opens) ?? clauses.length - 1 };
  }
}

function lastIndexWhere(flags: readonly boolean[]): number | undefined {
  const index = flags.lastIndexOf(true);
  return index >= 0 ? index : undefined;
}
