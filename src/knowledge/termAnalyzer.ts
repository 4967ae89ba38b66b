import type { Language } from '../channels/outboundMessage';
import type { QueryTerm } from './faqIndex';
import type { FaqLexiconLanguage } from './faqSchema';
import { QuestionFocus } from './questionFocus';
import { spanishSoundKey } from './spanishSoundKey';
import { SpellingCorrector } from './spellingCorrector';
import { lightStem, stemWord } from './stemmer';
import { tokenize } from './textNormalizer';

// A five-digit number in a question is almost always a US ZIP code; other bare numbers ("3 kids",
// "5 days") say little about the topic unless a synonym gives them meaning (988, ages).
const ZIP_CODE = /^[0-9]{5}$/;
const NUMBER = /^[0-9]+$/;
const ZIP_TERM = 'zip';

// Background before the question still hints at the topic ("my son is 15, ..."), but less than the
// question itself, and its unfamiliar words are not held against the match.
const PREAMBLE_WEIGHT = 0.5;
// Words this short that the index does not know are mostly slang and typos ("wht", "rn", "tx"),
// not the subject of an off-topic question, so they never count as unfamiliar.
const MIN_UNFAMILIAR_LENGTH = 4;

interface Phrase {
  canonical: string;
  length: number;
}

interface AnalysedTerm {
  term: string;
  /** The word the term came from when it is a plain word, not a synonym phrase. */
  word?: string;
}

/**
 * The keys a synonym phrase is stored under: its words, folded and lightly stemmed. A single
 * Spanish word also gets its plural, since Spanish keys keep their final "s".
 */
export function synonymKeys(phrase: string, language: Language): string[] {
  const words = tokenize(phrase).map((word) => lightStem(word, language));
  const key = words.join(' ');
  if (language !== 'es' || words.length !== 1 || key.endsWith('s') || /[0-9]/.test(key)) return [key];
  return [key, /[aeiou]$/.test(key) ? `${key}s` : `${key}es`];
}

/** Marks phrases that carry no meaning of their own ("kind of", "me cuesta"). */
const IGNORED = '';

/**
 * Turns a question into the terms the FAQ index works with: folded words, spelling-corrected
 * against the known vocabulary, stemmed, with synonym phrases collapsed to one canonical term and
 * stopwords dropped. Content and queries both go through here, so they always agree.
 */
export class TermAnalyzer {
  private readonly stopwords: ReadonlySet<string>;
  private readonly phrases = new Map<string, string>();
  private readonly longestPhrase: number;
  private readonly corrector: SpellingCorrector;
  private readonly knownStems: ReadonlySet<string>;
  private readonly questionFocus: QuestionFocus;
  private readonly familiar: ReadonlySet<string>;
  private readonly respellings: ReadonlyMap<string, readonly string[]>;
  /** Stems of the lexicon's familiar everyday words. */
  readonly familiarTerms: ReadonlySet<string>;

  /**
   * @param corpus texts whose words count as correctly spelt (example questions and titles).
   */
  constructor(
    readonly language: Language,
    lexicon: FaqLexiconLanguage,
    corpus: readonly string[],
  ) {
    this.stopwords = new Set(lexicon.stopwords.flatMap((word) => tokenize(word)));
    let longest = 1;
    const entries = [
      ...lexicon.synonyms.flatMap((group) => group.from.map((phrase) => [phrase, group.to] as const)),
      ...lexicon.ignore.map((phrase) => [phrase, IGNORED] as const),
    ];
    for (const [phrase, canonical] of entries) {
      for (const key of synonymKeys(phrase, language)) {
        this.phrases.set(key, canonical);
        longest = Math.max(longest, key.split(' ').length);
      }
    }
    this.longestPhrase = longest;
    const wordCounts = countWords(corpus, lexicon);
    this.corrector = new SpellingCorrector(wordCounts, language === 'es' ? spanishSoundKey : undefined);
    this.knownStems = new Set([...wordCounts.keys()].map((word) => stemWord(word, language)));
    this.questionFocus = new QuestionFocus(lexicon.questionStarts);
    this.familiar = new Set(lexicon.familiarWords.flatMap((word) => tokenize(word)));
    this.respellings = new Map(Object.entries(lexicon.respellings).map(([from, to]) => [from, tokenize(to)]));
    this.familiarTerms = new Set([...this.familiar].map((word) => stemWord(word, language)));
  }

  /**
   * Folded, spelling-corrected words, before stemming and synonyms, with chat shorthand spelt out.
   * A word whose stem is already known is another form of a known word ("cambio" beside
   * "cambiar"), not a typo.
   */
  words(text: string): string[] {
    return tokenize(text)
      .flatMap((word) => this.respellings.get(word) ?? [word])
      .map((word) =>
        this.knownStems.has(stemWord(word, this.language)) ? word : this.corrector.correct(word),
      );
  }

  analyze(text: string): string[] {
    return this.analyzeDetailed(text).map((entry) => entry.term);
  }

  /**
   * Analyses a visitor's message for matching: terms of the clause that asks the question weigh 1,
   * terms of the background around it weigh less, and only the question's own long plain words
   * may count as unfamiliar.
   */
  analyzeQuery(text: string): QueryTerm[] {
    const { clauses, focus } = this.questionFocus.focus(text);
    const byTerm = new Map<string, QueryTerm>();
    clauses.forEach((clause, index) => {
      const weight = index === focus ? 1 : PREAMBLE_WEIGHT;
      for (const { term, word } of this.analyzeDetailed(clause)) {
        const mayBeUnfamiliar = index === focus && word !== undefined && this.mayBeSubject(word);
        const earlier = byTerm.get(term);
        byTerm.set(term, {
          term,
          weight: Math.max(weight, earlier?.weight ?? 0),
          mayBeUnfamiliar: mayBeUnfamiliar || (earlier?.mayBeUnfamiliar ?? false),
        });
      }
    });
    return [...byTerm.values()];
  }

  private mayBeSubject(word: string): boolean {
    return word.length >= MIN_UNFAMILIAR_LENGTH && !/[0-9]/.test(word) && !this.familiar.has(word);
  }

  private analyzeDetailed(text: string): AnalysedTerm[] {
    const words = this.words(text);
    const keys = words.map((word) => lightStem(word, this.language));
    const terms: AnalysedTerm[] = [];
    let position = 0;
    while (position < words.length) {
      const phrase = this.phraseAt(words, keys, position);
      if (phrase) {
        if (phrase.canonical !== IGNORED) terms.push({ term: phrase.canonical });
        position += phrase.length;
        continue;
      }
      const term = this.plainTerm(words[position]);
      if (term !== undefined) terms.push({ term, word: words[position] });
      position += 1;
    }
    return terms;
  }

  private plainTerm(word: string): string | undefined {
    if (ZIP_CODE.test(word)) return ZIP_TERM;
    if (NUMBER.test(word) || this.stopwords.has(word)) return undefined;
    return stemWord(word, this.language);
  }

  // Longest phrase first. A one-word synonym never overrides a stopword: "even" is filler even
  // though "evening" reduces to it.
  private phraseAt(words: readonly string[], keys: readonly string[], start: number): Phrase | undefined {
    const maxLength = Math.min(this.longestPhrase, keys.length - start);
    for (let length = maxLength; length >= 1; length -= 1) {
      if (length === 1 && this.stopwords.has(words[start])) return undefined;
      const canonical = this.phrases.get(keys.slice(start, start + length).join(' '));
      if (canonical !== undefined) return { canonical, length };
    }
    return undefined;
  }
}

function countWords(corpus: readonly string[], lexicon: FaqLexiconLanguage): Map<string, number> {
  const counts = new Map<string, number>();
  const lexiconTexts = [
    ...lexicon.stopwords,
    ...lexicon.moreCues,
    ...lexicon.moreFillers,
    ...lexicon.synonyms.flatMap((group) => group.from),
    ...lexicon.ignore,
    ...lexicon.questionStarts,
  ];
  for (const text of [...corpus, ...lexiconTexts]) {
    for (const word of tokenize(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}
