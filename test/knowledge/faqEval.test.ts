import { join } from 'node:path';
import { loadFaqEvalSet, REQUIRED_ACCURACY, runFaqEval, type FaqEvalItem } from '../../scripts/evalFaq';
import { loadFaqContent } from '../../src/knowledge/faqContent';
import { FaqMatcher } from '../../src/knowledge/faqMatcher';
import { tokenize } from '../../src/knowledge/textNormalizer';

const content = loadFaqContent();
const items = loadFaqEvalSet();
const holdout = loadFaqEvalSet(join(__dirname, 'faq-holdout-set.json'));
const blindA = loadFaqEvalSet(join(__dirname, 'faq-blind-a.json'));
const blindB = loadFaqEvalSet(join(__dirname, 'faq-blind-b.json'));
const normalise = (text: string): string => tokenize(text).join(' ');

// The example questions the matcher learns from, on topic and off topic.
const contentTexts = new Set(
  [
    ...content.topics.flatMap((topic) => [...topic.en.examples, ...topic.es.examples]),
    ...content.lexicon.en.offTopicExamples,
    ...content.lexicon.es.offTopicExamples,
  ].map(normalise),
);

function count(set: readonly FaqEvalItem[], language: string, onTopic: boolean): number {
  return set.filter((item) => item.language === language && (item.topic !== null) === onTopic).length;
}

describe('the FAQ eval set', () => {
  it('has enough on-topic questions in each language', () => {
    expect(
      items.filter((item) => item.language === 'en' && item.topic !== null).length,
    ).toBeGreaterThanOrEqual(160);
    expect(
      items.filter((item) => item.language === 'es' && item.topic !== null).length,
    ).toBeGreaterThanOrEqual(65);
  });

  it('has about fifteen off-topic questions per language', () => {
    for (const language of ['en', 'es']) {
      const offTopic = items.filter((item) => item.language === language && item.topic === null);
      expect(offTopic.length).toBeGreaterThanOrEqual(12);
      expect(offTopic.length).toBeLessThanOrEqual(20);
    }
  });

  it('labels only topics that exist and covers every topic in both languages', () => {
    for (const item of items) {
      if (item.topic !== null) expect(content.topicsById.has(item.topic)).toBe(true);
    }
    for (const topic of content.topics) {
      expect(
        items.filter((item) => item.language === 'en' && item.topic === topic.id).length,
      ).toBeGreaterThanOrEqual(5);
      expect(
        items.filter((item) => item.language === 'es' && item.topic === topic.id).length,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it('shares no question with the content, even after normalising', () => {
    expect(items.filter((item) => contentTexts.has(normalise(item.text)))).toEqual([]);
  });

  it('has no duplicate questions', () => {
    const texts = items.map((item) => normalise(item.text));
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('runFaqEval', () => {
  const report = runFaqEval(new FaqMatcher(content), items);

  it.each(['en', 'es'] as const)(
    'places at least 90%% of %s questions on the right topic first',
    (language) => {
      expect(report.byLanguage[language].top1Accuracy).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
    },
  );

  it.each(['en', 'es'] as const)('gives no answer to at least 90%% of off-topic %s questions', (language) => {
    expect(report.byLanguage[language].offTopicAccuracy).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
  });

  it('lists every miss in the confusion list', () => {
    const misses = Object.values(report.byLanguage).reduce(
      (sum, result) =>
        sum + (result.onTopicTotal - result.answeredCorrect) + (result.offTopicTotal - result.offTopicNone),
      0,
    );
    expect(report.confusions).toHaveLength(misses);
  });
});

describe.each([
  ['blind set A', blindA, 120, 60, 12],
  ['blind set B', blindB, 80, 40, 8],
])('the FAQ %s', (_name, set, english, spanish, offTopic) => {
  it('has the planned size and off-topic share', () => {
    expect(set.filter((item) => item.language === 'en')).toHaveLength(english);
    expect(set.filter((item) => item.language === 'es')).toHaveLength(spanish);
    expect(count(set, 'en', false)).toBe(offTopic);
    expect(count(set, 'es', false)).toBe(offTopic);
  });

  it('labels only topics that exist', () => {
    const unknown = set.filter((item) => item.topic !== null && !content.topicsById.has(item.topic));
    expect(unknown).toEqual([]);
  });

  it('shares no question with the content, even after normalising', () => {
    expect(set.filter((item) => contentTexts.has(normalise(item.text)))).toEqual([]);
  });
});

describe('eval set and blind sets together', () => {
  const combined = [...items, ...blindA, ...blindB];
  const report = runFaqEval(new FaqMatcher(content), combined);

  it('hold no question twice, counting the held-out set too', () => {
    const texts = [...combined, ...holdout].map((item) => normalise(item.text));
    expect(texts.length - new Set(texts).size).toBe(0);
  });

  it.each(['en', 'es'] as const)(
    'place at least 90%% of %s questions on the right topic first',
    (language) => {
      expect(report.byLanguage[language].top1Accuracy).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
    },
  );

  it.each(['en', 'es'] as const)('give no answer to at least 90%% of off-topic %s questions', (language) => {
    expect(report.byLanguage[language].offTopicAccuracy).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
  });
});
