import { loadFaqEvalSet, REQUIRED_ACCURACY, runFaqEval } from '../../scripts/evalFaq';
import { loadFaqContent } from '../../src/knowledge/faqContent';
import { FaqMatcher } from '../../src/knowledge/faqMatcher';
import { tokenize } from '../../src/knowledge/textNormalizer';

const content = loadFaqContent();
const items = loadFaqEvalSet();
const normalise = (text: string): string => tokenize(text).join(' ');

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

  it('shares no question with the content examples, even after normalising', () => {
    const examples = new Set(
      content.topics.flatMap((topic) => [...topic.en.examples, ...topic.es.examples].map(normalise)),
    );
    const copies = items.filter((item) => examples.has(normalise(item.text)));
    expect(copies).toEqual([]);
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
