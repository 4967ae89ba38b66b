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
    questionStarts: ['how', 'what'],
    offTopicExamples: [],
    familiarWords: [],
    respellings: {},
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

  describe('with off-topic examples', () => {
    const withOffTopic = (offTopicExamples: string[]): FaqMatcher =>
      new FaqMatcher({
        ...synthetic,
        lexicon: { en: { ...emptyLanguage, offTopicExamples }, es: emptyLanguage },
      });

    it('says nothing when the rest of the question is about an everyday off-topic subject', () => {
      expect(topicOf(small.match('gamma sandwich', { language: 'en' }))).toBe('gamma');
      const guarded = withOffTopic(['best sandwich shop', 'sandwich recipes', 'who won the match']);
      expect(guarded.match('gamma sandwich', { language: 'en' })).toEqual({ kind: 'none' });
    });

    it('never lets an off-topic example claim a word that a real topic uses', () => {
      const guarded = withOffTopic(['gamma sandwich', 'gamma soup', 'gamma salad']);
      expect(topicOf(guarded.match('gamma rays', { language: 'en' }))).toBe('gamma');
      expect(topicOf(guarded.match('gamma', { language: 'en' }))).toBe('gamma');
    });
  });
});

describe('FaqMatcher on messages as visitors write them', () => {
  it('answers the question at the end of a long message, not the background before it', () => {
    const text =
      'sorry this is long, my family thinks therapy is pointless and we fight about it. how many days a week is it?';
    const match = matcher.match(text, { language: 'en' });
    const first = match.kind === 'clarify' ? match.candidates[0].topicId : topicOf(match);
    expect(first).toBe('schedule');
  });

  it('reads sound-alike Spanish spellings and chat shorthand', () => {
    expect(topicOf(matcher.match('se puede aser por internet', { language: 'es' }))).toBe('telehealth');
    expect(topicOf(matcher.match('q avilidades enseñan', { language: 'es' }))).toBe('skills');
    expect(topicOf(matcher.match('can u do it over zoom', { language: 'en' }))).toBe('telehealth');
  });

  it('sends overdose wording to the crisis topic, not to substance use', () => {
    expect(topicOf(matcher.match('i took a bunch of pills', { language: 'en' }))).toBe('crisis-help');
  });

  it('does not read a bare number as an age', () => {
    expect(topicOf(matcher.match('my daughter is 15, is there a teen program', { language: 'en' }))).toBe(
      'adolescents',
    );
    expect(matcher.match('what is 3 times 15', { language: 'en' })).toEqual({ kind: 'none' });
  });

  // An off-topic example may still share a phrase with a topic ("right now"), so not all of them
  // are guaranteed a `none`; nearly all must be.
  it.each(['en', 'es'] as const)(
    'gives no answer to nearly all its own %s off-topic examples',
    (language) => {
      const examples = content.lexicon[language].offTopicExamples;
      const answered = examples.filter((text) => matcher.match(text, { language }).kind !== 'none');
      expect(answered.length).toBeLessThanOrEqual(examples.length * 0.05);
    },
  );
});
