import type { Language } from '../channels/outboundMessage';
import { FaqIndex, type IndexedTopic, type TopicScore } from './faqIndex';
import type { FaqContent } from './faqSchema';
import { MoreRequestDetector } from './moreRequestDetector';
import { TermAnalyzer } from './termAnalyzer';

/** What the matcher concluded about a question. Scores run from 0 to 1. */
export type FaqMatch =
  | { kind: 'answer'; topicId: string; score: number }
  | { kind: 'clarify'; candidates: { topicId: string; score: number }[] }
  | { kind: 'none' };

export interface FaqMatchOptions {
  language: Language;
  /** The topic answered last in this conversation, used to read short follow-ups in context. */
  previousTopicId?: string;
}

// Below this the best topic shares too little with the question to risk an answer. Off-topic
// questions are mostly caught earlier, by the off-topic pseudo-topic and by unfamiliar subject
// words, so the bar can sit low enough for rambling questions (see docs/decisions/0005-faq-matching.md).
const MIN_ANSWER_SCORE = 0.4;
// The other language's index has no off-topic words of this language, so only a clear match there
// is trusted.
const MIN_FALLBACK_SCORE = 0.6;
// A runner-up within 10% of the winner means the question genuinely straddles topics: ask.
const CLARIFY_RATIO = 0.9;
const MAX_CLARIFY_CANDIDATES = 3;
// "and DBT?" or "what about group?" right after an answer usually means a related topic, so on short
// follow-ups unrelated topics are scaled down (rather than related ones up, which keeps scores <= 1).
const UNRELATED_FOLLOW_UP_FACTOR = 0.85;
const FOLLOW_UP_MAX_TERMS = 3;
// Only the start of a very long message is matched, which keeps the cost of a turn bounded.
const MAX_MATCHED_CHARACTERS = 600;
// Everyday off-topic questions are indexed as one extra pseudo-topic. When it scores about as well
// as the best real topic, or its words make up as much of the question as the best topic's do, the
// shared word is a coincidence ("how much is a plane ticket") and the honest reply is that the
// assistant does not know. Real topic ids cannot start with "_".
const OFF_TOPIC_ID = '_off-topic';
const OFF_TOPIC_SCORE_RATIO = 0.9;

interface LanguageEngine {
  analyzer: TermAnalyzer;
  index: FaqIndex;
  moreRequests: MoreRequestDetector;
  related: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Offline FAQ matcher for English and Spanish. All indexes are built once here; `match` only
 * analyses the question and walks small posting lists.
 */
export class FaqMatcher {
  private readonly engines: Record<Language, LanguageEngine>;
  private readonly topicIds: ReadonlySet<string>;

  constructor(content: FaqContent) {
    this.topicIds = new Set(content.topics.map((topic) => topic.id));
    this.engines = { en: buildEngine(content, 'en'), es: buildEngine(content, 'es') };
  }

  /**
   * Matches in the conversation's language first. If nothing fits there, a confident match in the
   * other language is accepted, because visitors do not always write in their browser's language.
   */
  match(fullText: string, options: FaqMatchOptions): FaqMatch {
    const text = fullText.slice(0, MAX_MATCHED_CHARACTERS);
    const previous =
      options.previousTopicId && this.topicIds.has(options.previousTopicId)
        ? options.previousTopicId
        : undefined;
    const primary = this.matchIn(options.language, text, previous);
    if (primary.kind !== 'none') return primary;
    const fallback = this.matchIn(options.language === 'en' ? 'es' : 'en', text, previous);
    return fallback.kind === 'answer' && fallback.score >= MIN_FALLBACK_SCORE ? fallback : primary;
  }

  private matchIn(language: Language, text: string, previous: string | undefined): FaqMatch {
    const engine = this.engines[language];
    if (previous && engine.moreRequests.isMoreRequest(engine.analyzer.words(text))) {
      return { kind: 'answer', topicId: previous, score: 1 };
    }
    const terms = engine.analyzer.analyzeQuery(text);
    if (terms.length === 0) return { kind: 'none' };
    const allScores = engine.index.score(terms);
    const offTopic = allScores.find((entry) => entry.topicId === OFF_TOPIC_ID);
    let scores = allScores.filter((entry) => entry.topicId !== OFF_TOPIC_ID);
    if (previous && terms.length <= FOLLOW_UP_MAX_TERMS) {
      scores = favourRelated(scores, engine.related.get(previous));
    }
    if (offTopic && scores[0] && looksOffTopic(offTopic, scores[0])) return { kind: 'none' };
    return decide(scores);
  }
}

function favourRelated(
  scores: readonly TopicScore[],
  related: ReadonlySet<string> | undefined,
): TopicScore[] {
  if (!related) return [...scores];
  return scores
    .map((entry) =>
      related.has(entry.topicId) ? entry : { ...entry, score: entry.score * UNRELATED_FOLLOW_UP_FACTOR },
    )
    .sort((a, b) => b.score - a.score);
}

function looksOffTopic(offTopic: TopicScore, best: TopicScore): boolean {
  return offTopic.score >= best.score * OFF_TOPIC_SCORE_RATIO || offTopic.coverage >= best.coverage;
}

function decide(scores: readonly TopicScore[]): FaqMatch {
  const top = scores[0];
  if (!top || top.score < MIN_ANSWER_SCORE) return { kind: 'none' };
  const close = scores
    .filter((entry) => entry.score >= top.score * CLARIFY_RATIO)
    .slice(0, MAX_CLARIFY_CANDIDATES);
  if (close.length > 1) {
    return { kind: 'clarify', candidates: close.map(({ topicId, score }) => ({ topicId, score })) };
  }
  return { kind: 'answer', topicId: top.topicId, score: top.score };
}

function buildEngine(content: FaqContent, language: Language): LanguageEngine {
  const lexicon = content.lexicon[language];
  const topicTexts = content.topics.map((topic) => [topic[language].title, ...topic[language].examples]);
  const analyzer = new TermAnalyzer(language, lexicon, [...topicTexts.flat(), ...lexicon.offTopicExamples]);
  const topics = content.topics.map((topic, position) => ({
    topicId: topic.id,
    documents: topicTexts[position].map((text) => analyzer.analyze(text)),
  }));
  const offTopic = offTopicDocuments(
    topics,
    lexicon.offTopicExamples.map((text) => analyzer.analyze(text)),
    analyzer.familiarTerms,
  );
  return {
    analyzer,
    index: new FaqIndex(
      offTopic.length > 0 ? [...topics, { topicId: OFF_TOPIC_ID, documents: offTopic }] : topics,
    ),
    moreRequests: new MoreRequestDetector(lexicon),
    related: relatedTopics(content, language),
  };
}

// Off-topic examples keep only words no real topic uses: "how much is a plane ticket" should claim
// "plane" and "ticket" for off-topic, never "how much", which belongs to the cost topic. Everyday
// words ("wrote", "best") are left out too, or they would drag on-topic questions off-topic.
function offTopicDocuments(
  topics: readonly IndexedTopic[],
  documents: readonly string[][],
  familiar: ReadonlySet<string>,
): string[][] {
  const domain = new Set(topics.flatMap((topic) => topic.documents.flat()));
  return documents
    .map((terms) => terms.filter((term) => !domain.has(term) && !familiar.has(term)))
    .filter((terms) => terms.length > 0);
}

/** Topics linked by follow-up suggestions, in either direction. */
function relatedTopics(content: FaqContent, language: Language): Map<string, Set<string>> {
  const related = new Map<string, Set<string>>(content.topics.map((topic) => [topic.id, new Set<string>()]));
  for (const topic of content.topics) {
    for (const followUp of topic[language].followUps) {
      related.get(topic.id)?.add(followUp);
      related.get(followUp)?.add(topic.id);
    }
  }
  return related;
}
