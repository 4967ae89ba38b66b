import { z } from 'zod';

/** One SMS segment; the short answer must fit in a single text message. */
export const MAX_SHORT_ANSWER_LENGTH = 320;
/** Fewer examples than this leaves a topic too easy to miss when people phrase things differently. */
export const MIN_EXAMPLES_PER_LANGUAGE = 8;

const nonEmptyText = z.string().trim().min(1);

const topicTextSchema = z.strictObject({
  title: nonEmptyText,
  short: nonEmptyText.max(MAX_SHORT_ANSWER_LENGTH),
  long: nonEmptyText.optional(),
  examples: z.array(nonEmptyText).min(MIN_EXAMPLES_PER_LANGUAGE),
  followUps: z.array(nonEmptyText),
});

/** Schema of one `content/faq/<topic-id>.json` file. */
export const faqTopicSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  handoff: z.enum(['locator', 'crisis']).optional(),
  en: topicTextSchema,
  es: topicTextSchema,
});

const synonymGroupSchema = z.strictObject({
  to: z.string().regex(/^[a-z0-9]+$/, 'must be one lower-case word'),
  from: z.array(nonEmptyText).min(1),
});

const lexiconLanguageSchema = z.strictObject({
  stopwords: z.array(nonEmptyText),
  synonyms: z.array(synonymGroupSchema),
  /** Phrases dropped like stopwords even though their words matter elsewhere ("me cuesta"). */
  ignore: z.array(nonEmptyText),
  moreCues: z.array(nonEmptyText).min(1),
  moreFillers: z.array(nonEmptyText),
  /** Words that open a question ("how", "cuánto"); a long message is read from its question on. */
  questionStarts: z.array(nonEmptyText).min(1),
  /**
   * Everyday questions the assistant does not cover (weather, recipes, sport). They give common
   * off-topic words a home, so a question about them is not pulled to the topic of one shared word.
   */
  offTopicExamples: z.array(nonEmptyText),
  /**
   * Everyday words ("paperwork", "ready", "lady") that say nothing about a topic yet are not the
   * subject of an off-topic question either: unknown to the index, they are simply ignored.
   */
  familiarWords: z.array(nonEmptyText),
  /** Chat shorthand read as the word it stands for before anything else ("u" → "you", "q" → "que"). */
  respellings: z.record(z.string().regex(/^[a-z0-9]+$/), z.string().regex(/^[a-z]+( [a-z]+)*$/)),
});

/** Schema of `content/faq/_lexicon.json`: matching vocabulary per language. */
export const faqLexiconSchema = z.strictObject({
  en: lexiconLanguageSchema,
  es: lexiconLanguageSchema,
});

export type FaqTopic = z.infer<typeof faqTopicSchema>;
export type FaqTopicText = z.infer<typeof topicTextSchema>;
export type FaqLexicon = z.infer<typeof faqLexiconSchema>;
export type FaqLexiconLanguage = z.infer<typeof lexiconLanguageSchema>;
export type FaqHandoff = NonNullable<FaqTopic['handoff']>;

/** Validated FAQ content: every topic plus the matching vocabulary. */
export interface FaqContent {
  topics: readonly FaqTopic[];
  topicsById: ReadonlyMap<string, FaqTopic>;
  lexicon: FaqLexicon;
}
