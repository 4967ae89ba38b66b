import { loadFaqContent } from '../../src/knowledge/faqContent';
import { FaqMatcher, type FaqMatch } from '../../src/knowledge/faqMatcher';
import type { FaqContent, FaqTopic } from '../../src/knowledge/faqSchema';

const content = loadFaqContent();
const matcher = new FaqMatcher(content);

function topicOf(match: FaqMatch): string | undefined {
  return match.kind === 'answer' ? match.topicId : undefined;
}

describe('FaqMatcher on the real content', () => {
  it.each([
    ['what is an intensive outpatient program', 'what-is-iop'],
    ['how many days a week is it', 'schedule'],
    ['does medicaid cover this', 'cost-insurance'],
    ['is there a teen program', 'adolescents'],
    ['can i do it over video', 'telehealth'],
    ['i want to end my life', 'crisis-help'],
    ['find a program near 60614', 'find-program'],
  ])('answers %j with %s', (text, topicId) => {
    expect(topicOf(matcher.match(text, { language: 'en' }))).toBe(topicId);
  });

  it('answers Spanish questions in the Spanish index', () => {
    expect(topicOf(matcher.match('¿Cuánto cuesta el programa?', { language: 'es' }))).toBe('cost-insurance');
    expect(topicOf(matcher.match('¿qué es la terapia dialéctica conductual?', { language: 'es' }))).toBe(
      'dbt',
    );
    expect(topicOf(matcher.match('quiero hacerme daño', { language: 'es' }))).toBe('crisis-help');
  });

  it('tolerates typos, missing accents and missing punctuation', () => {
    expect(topicOf(matcher.match('whats an iop', { language: 'en' }))).toBe('what-is-iop');
    expect(topicOf(matcher.match('diffrence between iop and inpateint', { language: 'en' }))).toBe(
      'iop-vs-inpatient',
    );
    expect(topicOf(matcher.match('cuanto cuesta', { language: 'es' }))).toBe('cost-insurance');
    expect(topicOf(matcher.match('does my insurence cover it', { language: 'en' }))).toBe('cost-insurance');
  });

  it('matches every example question to its own topic', () => {
    for (const topic of content.topics) {
      for (const language of ['en', 'es'] as const) {
        for (const example of topic[language].examples) {
          expect([example, topicOf(matcher.match(example, { language }))]).toEqual([example, topic.id]);
        }
      }
    }
  });

  it.each(["what's the weather", 'best pizza', 'asdfgh qwerty', '', '???', 'who won the game last night'])(
    'gives no answer for off-topic or empty input %j',
    (text) => {
      expect(matcher.match(text, { language: 'en' })).toEqual({ kind: 'none' });
    },
  );

  it('gives no answer for Spanish off-topic input', () => {
    expect(matcher.match('¿qué tiempo hará mañana?', { language: 'es' })).toEqual({ kind: 'none' });
    expect(matcher.match('cuéntame un chiste', { language: 'es' })).toEqual({ kind: 'none' });
  });

  it('falls back to the other language when the conversation language finds nothing', () => {
    expect(topicOf(matcher.match('¿el seguro cubre el programa?', { language: 'en' }))).toBe(
      'cost-insurance',
    );
    expect(topicOf(matcher.match('is there virtual iop', { language: 'es' }))).toBe('telehealth');
  });

  it('reports scores between 0 and 1', () => {
    const match = matcher.match('what is cbt', { language: 'en' });
    expect(match.kind).toBe('answer');
    if (match.kind === 'answer') {
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('FaqMatcher follow-ups in context', () => {
  it.each([
    ['and DBT?', 'en', 'dbt'],
    ['what about group?', 'en', 'group-therapy'],
    ['¿y la DBT?', 'es', 'dbt'],
    ['¿y en grupo?', 'es', 'group-therapy'],
    ['and the cost?', 'en', 'cost-insurance'],
  ] as const)('after cbt, %j answers the named topic', (text, language, topicId) => {
    expect(topicOf(matcher.match(text, { language, previousTopicId: 'cbt' }))).toBe(topicId);
  });

  it.each([
    ['tell me more', 'en'],
    ['more please', 'en'],
    ['can you explain that a bit more', 'en'],
    ['más información', 'es'],
    ['cuéntame más, por favor', 'es'],
  ] as const)('treats %j as a request for more on the previous topic', (text, language) => {
    expect(matcher.match(text, { language, previousTopicId: 'cbt' })).toEqual({
      kind: 'answer',
      topicId: 'cbt',
      score: 1,
    });
    expect(topicOf(matcher.match(text, { language, previousTopicId: 'schedule' }))).toBe('schedule');
  });

  it('does not invent a topic for "tell me more" without a previous topic', () => {
    expect(matcher.match('tell me more', { language: 'en' })).toEqual({ kind: 'none' });
  });

  it('answers a new topic when "more" comes with one', () => {
    expect(topicOf(matcher.match('tell me more about dbt', { language: 'en', previousTopicId: 'cbt' }))).toBe(
      'dbt',
    );
  });

  it('ignores a previous topic id that does not exist', () => {
    expect(matcher.match('tell me more', { language: 'en', previousTopicId: 'no-such-topic' })).toEqual({
      kind: 'none',
    });
  });
});

describe('FaqMatcher decisions on purpose-built content', () => {
  function topic(id: string, examples: string[], followUps: string[] = []): FaqTopic {
    const text = { title: id, short: `About ${id}.`, examples, followUps };
    return { id, en: text, es: text };
  }

  const overlapping = [
    'how do widgets gadgets work',
    'widgets gadgets explained',
    'tell me about widgets gadgets',
    'widgets gadgets overview',
    'widgets gadgets basics',
    'what are widgets gadgets',
    'widgets gadgets guide',
    'widgets gadgets info',
  ];
  const topics = [
    topic('alpha', [...overlapping, 'alpha sprockets']),
    topic('beta', [...overlapping, 'beta flanges']),
    topic(
      'gamma',
      [
        'gamma rays',
        'gamma radiation',
        'gamma waves',
        'gamma decay',
        'gamma burst',
        'gamma knife',
        'gamma camera',
      ],
      ['beta'],
    ),
  ];
  const emptyLanguage = {
    stopwords: ['how', 'do', 'me', 'about', 'what', 'are', 'tell'],
    synonyms: [],
    ignore: [],
    moreCues: ['more'],
    moreFillers: [],
  };
  const synthetic: FaqContent = {
    topics,
    topicsById: new Map(topics.map((entry) => [entry.id, entry])),
    lexicon: { en: emptyLanguage, es: emptyLanguage },
  };
  const small = new FaqMatcher(synthetic);

  it('asks which topic was meant when two topics tie', () => {
    const match = small.match('widgets gadgets', { language: 'en' });
    expect(match.kind).toBe('clarify');
    if (match.kind === 'clarify') {
      expect(match.candidates.map((candidate) => candidate.topicId).sort()).toEqual(['alpha', 'beta']);
    }
  });

  it('breaks a short tie in favour of a topic linked to the previous one', () => {
    expect(topicOf(small.match('widgets gadgets', { language: 'en', previousTopicId: 'gamma' }))).toBe(
      'beta',
    );
  });

  it('answers when one topic clearly wins', () => {
    expect(topicOf(small.match('gamma radiation', { language: 'en' }))).toBe('gamma');
    expect(topicOf(small.match('widgets alpha sprockets', { language: 'en' }))).toBe('alpha');
  });

  it('gives no answer when nothing fits', () => {
    expect(small.match('completely unrelated words', { language: 'en' })).toEqual({ kind: 'none' });
  });
});

describe('FaqMatcher speed', () => {
  it('matches well under 5 ms per question once built', () => {
    const questions = [
      'whats an iop',
      'diffrence between iop and inpateint',
      'cuanto cuesta',
      'best pizza in town',
    ];
    const rounds = 100;
    const start = process.hrtime.bigint();
    for (let round = 0; round < rounds; round += 1) {
      for (const text of questions) matcher.match(text, { language: 'en' });
    }
    const meanMs = Number(process.hrtime.bigint() - start) / 1e6 / (rounds * questions.length);
    expect(meanMs).toBeLessThan(5);
  });
});
