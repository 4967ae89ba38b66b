import {
  ENGLISH_CUES,
  ENGLISH_DIE_UNLESS_OBJECT,
  ENGLISH_EXIST_IF_FINAL,
  ENGLISH_OVER_IF_FINAL,
} from './cueLexiconEnglish';
import {
  SPANISH_CUES,
  SPANISH_EXIST_IF_FINAL,
  SPANISH_MISS_STEMS,
  SPANISH_OVER_IF_FINAL,
} from './cueLexiconSpanish';
import { CLAUSE_BREAK, CUE, NO_CUE, type CueName } from './cueTags';
import { wordList } from './cueWordList';

/** A message reduced to one cue tag per word or phrase, with where each sits in the normalised text. */
export interface TaggedText {
  /** One character per word or phrase (see `CUE`), "|" between sentences. */
  tags: string;
  /** Character offset in the normalised text where the words behind each tag start. */
  starts: readonly number[];
  /** Character offset just past the words behind each tag. */
  ends: readonly number[];
}

type Condition = 'always' | 'atClauseEnd' | 'beforeEnding' | 'withoutObject';

interface Entry {
  tag: string;
  when: Condition;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

/** The tag of words that are dropped from the tag string altogether. */
const NO_TAG = '';

/** Longest phrase in the lexicons, in words ("know what it is for"). */
const MAX_PHRASE_WORDS = 5;

/** What may follow a continuing-word for it to still mean "go on living" ("go on like this"). */
const FINAL_FOLLOWERS = new Set(wordList('|, anymore, any, like, asi, mas, forever, alone, without'));
/** What may follow an ending-word for it to mean everything ending ("stop for good", "acabe todo"). */
const ENDING_FOLLOWERS = new Set([
  ...FINAL_FOLLOWERS,
  ...wordList('all, everything, todo, esto, now, ya, for, permanently, de, para, once'),
]);
/** Words that show "dye" has an object, so it is the colouring verb. */
const OBJECT_STARTS = new Set(
  wordList(
    'my, your, his, her, their, our, the, it, them, a, an, some, this, that, these, those, hair, mi, el',
  ),
);

/** Intensifiers and hedges that carry no cue and would only pad the distance between cues. */
const FILLERS = new Set(
  wordList(`just, even, really, literally, actually, honestly, truly, seriously, lowkey, highkey, kinda,
    so, very, totally, simply, fucking, freaking, neta, realmente, simplemente, tan, muy`),
);

/** Discourse markers that carry no cue, skipped like single fillers ("tbh" arrives expanded). */
const FILLER_PHRASES =
  wordList(`to be honest, not going to lie, for real, i guess, or something, you know, i mean,
  lol, lmao, haha, jaja, jajaja, la verdad, de verdad, en serio, o algo asi, la neta`);

/** Spanish object pronouns written onto an infinitive or gerund ("matarme", "cortándose", "verlo"). */
const CLITIC = /^([a-z]{3,}(?:ar|er|ir|ando|iendo))(me|te|se|nos|lo|la|los|las|le|les)$/;
const CLITIC_TAG: Readonly<Record<string, string>> = {
  me: CUE.selfObject,
  se: CUE.otherObject,
  lo: CUE.other,
  la: CUE.other,
  los: CUE.other,
  las: CUE.other,
  le: CUE.other,
  les: CUE.other,
};

interface Lexicon {
  table: ReadonlyMap<string, Entry>;
  phraseStarts: ReadonlySet<string>;
  /** Words listed under two different cue classes; a unit test keeps this empty. */
  conflicts: readonly string[];
}

function buildLexicon(): Lexicon {
  const table = new Map<string, Entry>();
  const phraseStarts = new Set<string>();
  const conflicts: string[] = [];
  const add = (entry: string, tag: string, when: Condition) => {
    const existing = table.get(entry);
    if (existing && existing.tag !== tag) conflicts.push(entry);
    if (existing) return;
    table.set(entry, { tag, when });
    if (entry.includes(' ')) phraseStarts.add(entry.slice(0, entry.indexOf(' ')));
  };
  for (const cues of [ENGLISH_CUES, SPANISH_CUES]) {
    for (const [name, list] of Object.entries(cues) as [CueName, string][]) {
      for (const entry of wordList(list)) add(entry, CUE[name], 'always');
    }
  }
  for (const entry of [...ENGLISH_EXIST_IF_FINAL, ...SPANISH_EXIST_IF_FINAL])
    add(entry, CUE.exist, 'atClauseEnd');
  for (const entry of [...ENGLISH_OVER_IF_FINAL, ...SPANISH_OVER_IF_FINAL])
    add(entry, CUE.over, 'beforeEnding');
  for (const entry of ENGLISH_DIE_UNLESS_OBJECT) add(entry, CUE.die, 'withoutObject');
  for (const entry of FILLER_PHRASES) add(entry, NO_TAG, 'always');
  return { table, phraseStarts, conflicts };
}

const LEXICON = buildLexicon();

/** Words the cue lexicons list under two classes (should be none). */
export function cueLexiconConflicts(): readonly string[] {
  return LEXICON.conflicts;
}

/** Splits the normalised text into words with offsets, moving Spanish clitics in front of their verb. */
function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  for (const word of normalized.split(' ')) {
    const end = start + word.length;
    const clitic = word.length >= 7 ? CLITIC.exec(word) : null;
    if (clitic && clitic[1].length >= 5) {
      tokens.push({ word: clitic[2], start, end }, { word: clitic[1], start, end });
    } else if (word.length > 0 && !FILLERS.has(word)) {
      tokens.push({ word, start, end });
    }
    start = end + 1;
  }
  return tokens;
}

function conditionHolds(when: Condition, next: string | undefined): boolean {
  if (when === 'atClauseEnd') return next === undefined || FINAL_FOLLOWERS.has(next);
  if (when === 'beforeEnding') return next === undefined || ENDING_FOLLOWERS.has(next);
  if (when === 'withoutObject') return next === undefined || !OBJECT_STARTS.has(next);
  return true;
}

function longestPhrase(tokens: readonly Token[], i: number): { tag: string; length: number } | undefined {
  const keys: string[] = [tokens[i].word];
  for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= tokens.length; n++) {
    keys.push(`${keys[n - 2]} ${tokens[i + n - 1].word}`);
  }
  for (let n = keys.length; n >= 2; n--) {
    const entry = LEXICON.table.get(keys[n - 1]);
    if (entry && conditionHolds(entry.when, tokens[i + n]?.word)) return { tag: entry.tag, length: n };
  }
  return undefined;
}

/** The tag and length (in words) of the longest lexicon entry starting at `i`. */
function lookup(tokens: readonly Token[], i: number): { tag: string; length: number } {
  const word = tokens[i].word;
  if (LEXICON.phraseStarts.has(word)) {
    const phrase = longestPhrase(tokens, i);
    if (phrase) return phrase;
  }
  const entry = LEXICON.table.get(word);
  if (entry && conditionHolds(entry.when, tokens[i + 1]?.word)) return { tag: entry.tag, length: 1 };
  if (CLITIC_TAG[word] !== undefined && i + 1 < tokens.length && tokens[i + 1].start === tokens[i].start) {
    return { tag: CLITIC_TAG[word], length: 1 };
  }
  if (word === CLAUSE_BREAK) return { tag: CLAUSE_BREAK, length: 1 };
  if (SPANISH_MISS_STEMS.some((stem) => word.startsWith(stem))) return { tag: CUE.miss, length: 1 };
  return { tag: NO_CUE, length: 1 };
}

/**
 * Reduces normalised (and idiom-masked) text to its cue tags. Costs one map lookup per word,
 * plus a few more at words that can start a phrase.
 */
export function tagCues(normalized: string): TaggedText {
  const tokens = tokenize(normalized);
  let tags = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < tokens.length;) {
    const { tag, length } = lookup(tokens, i);
    if (tag === NO_TAG) {
      i += length;
      continue;
    }
    tags += tag;
    starts.push(tokens[i].start);
    ends.push(tokens[i + length - 1].end);
    i += length;
  }
  return { tags, starts, ends };
}
