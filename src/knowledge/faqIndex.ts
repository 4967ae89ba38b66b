/** A topic and the texts that describe it (example questions and title) in one language. */
export interface IndexedTopic {
  topicId: string;
  documents: readonly (readonly string[])[];
}

/** How well a question fits one topic. Both numbers run from 0 to 1. */
export interface TopicScore {
  topicId: string;
  score: number;
  /** Share of the question's weight made of words this topic's examples use. */
  coverage: number;
}

/** One analysed word or phrase of a question, weighted by where it sits in the message. */
export interface QueryTerm {
  term: string;
  /** 1 for the question itself, less for background around it. */
  weight: number;
  /** Whether this term, if no topic knows it, counts against every match. */
  mayBeUnfamiliar: boolean;
}

interface WeightedTerm {
  term: string;
  weight: number;
}

interface Posting {
  document: number;
  weight: number;
}

// Words the index has never seen still count against a match: a question that is mostly about
// something else ("best pizza near me") should not match on its one familiar word. Generic words
// are stopwords, so an unknown word is usually a real subject and weighs as much as the rarest
// known word.
const UNKNOWN_TERM_FACTOR = 1.5;
// Long, rambling questions are full of words no example uses ("my sister starts next week"); past
// a couple of them, more unfamiliar words say nothing new about whether the question is off-topic.
const MAX_COUNTED_UNKNOWN_TERMS = 2;
// Best single example carries most of the score; topic-wide coverage rescues questions that mix
// words spread over several examples of the same topic.
const EXAMPLE_WEIGHT = 0.65;

// Background before the question may add context but never outweigh the question itself.
const MAX_BACKGROUND_SHARE = 1;

function capBackground(query: readonly (WeightedTerm & { background: boolean })[]): WeightedTerm[] {
  const sum = (background: boolean): number =>
    query.reduce((total, item) => total + (item.background === background ? item.weight : 0), 0);
  const question = sum(false);
  const background = sum(true);
  const scale =
    question > 0 && background > question * MAX_BACKGROUND_SHARE
      ? (question * MAX_BACKGROUND_SHARE) / background
      : 1;
  return query.map(({ term, weight, background: inBackground }) => ({
    term,
    weight: inBackground ? weight * scale : weight,
  }));
}

/**
 * TF-IDF index over example questions. Terms are weighted by how few topics use them (a word every
 * topic shares says little), each example becomes a unit vector, and a question scores against a
 * topic by its cosine with the closest example blended with the share of its weight the topic covers.
 */
export class FaqIndex {
  private readonly idf = new Map<string, number>();
  private readonly postings = new Map<string, Posting[]>();
  private readonly documentTopic: number[] = [];
  private readonly topicTerms: ReadonlySet<string>[];
  private readonly topicIds: string[];
  private readonly unknownWeight: number;

  constructor(topics: readonly IndexedTopic[]) {
    this.topicIds = topics.map((topic) => topic.topicId);
    this.topicTerms = topics.map((topic) => new Set(topic.documents.flat()));
    this.computeIdf();
    topics.forEach((topic, topicIndex) =>
      topic.documents.forEach((terms) => this.addDocument(terms, topicIndex)),
    );
    this.unknownWeight = Math.max(0, ...this.idf.values()) * UNKNOWN_TERM_FACTOR;
  }

  /** Scores every topic for the analysed question, best first. */
  score(queryTerms: readonly QueryTerm[]): TopicScore[] {
    const known = queryTerms.filter((entry) => this.idf.has(entry.term));
    const unknown = queryTerms
      .filter((entry) => entry.mayBeUnfamiliar && !this.idf.has(entry.term))
      .slice(0, MAX_COUNTED_UNKNOWN_TERMS);
    const query = capBackground([
      ...known.map((entry) => ({
        term: entry.term,
        weight: (this.idf.get(entry.term) ?? 0) * entry.weight,
        background: entry.weight < 1,
      })),
      ...unknown.map((entry) => ({
        term: entry.term,
        weight: this.unknownWeight * entry.weight,
        background: entry.weight < 1,
      })),
    ]);
    const totalWeight = query.reduce((sum, item) => sum + item.weight, 0);
    if (totalWeight === 0) return this.topicIds.map((topicId) => ({ topicId, score: 0, coverage: 0 }));
    const norm = Math.sqrt(query.reduce((sum, item) => sum + item.weight * item.weight, 0));
    const bestExample = this.bestExampleSimilarity(query, norm);
    return this.topicIds
      .map((topicId, topicIndex) => {
        const covered = query.reduce(
          (sum, item) => sum + (this.topicTerms[topicIndex].has(item.term) ? item.weight : 0),
          0,
        );
        const coverage = covered / totalWeight;
        const score = EXAMPLE_WEIGHT * bestExample[topicIndex] + (1 - EXAMPLE_WEIGHT) * coverage;
        return { topicId, score, coverage };
      })
      .sort((a, b) => b.score - a.score);
  }

  private bestExampleSimilarity(query: readonly WeightedTerm[], norm: number): number[] {
    const dot = new Map<number, number>();
    for (const { term, weight } of query) {
      for (const posting of this.postings.get(term) ?? []) {
        dot.set(posting.document, (dot.get(posting.document) ?? 0) + weight * posting.weight);
      }
    }
    const best = this.topicIds.map(() => 0);
    for (const [document, value] of dot) {
      const topicIndex = this.documentTopic[document];
      best[topicIndex] = Math.max(best[topicIndex], value / norm);
    }
    return best;
  }

  private computeIdf(): void {
    const topicCount = this.topicTerms.length;
    const documentFrequency = new Map<string, number>();
    for (const terms of this.topicTerms) {
      for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
    for (const [term, frequency] of documentFrequency)
      this.idf.set(term, Math.log(1 + topicCount / frequency));
  }

  private addDocument(terms: readonly string[], topicIndex: number): void {
    const unique = [...new Set(terms)];
    if (unique.length === 0) return;
    const norm = Math.sqrt(unique.reduce((sum, term) => sum + (this.idf.get(term) ?? 0) ** 2, 0));
    const document = this.documentTopic.length;
    this.documentTopic.push(topicIndex);
    for (const term of unique) {
      const postings = this.postings.get(term) ?? [];
      postings.push({ document, weight: (this.idf.get(term) ?? 0) / norm });
      this.postings.set(term, postings);
    }
  }
}
