import { loadFaqContent } from '../../src/knowledge/faqContent';
import { QuestionFocus } from '../../src/knowledge/questionFocus';
import { spanishSoundKey } from '../../src/knowledge/spanishSoundKey';
import { SpellingCorrector } from '../../src/knowledge/spellingCorrector';
import { TermAnalyzer } from '../../src/knowledge/termAnalyzer';

describe('QuestionFocus', () => {
  const focus = new QuestionFocus(['how', 'can', 'what']);

  it('keeps a message without punctuation as one clause', () => {
    expect(focus.focus('im in austin where can i go')).toEqual({
      clauses: ['im in austin where can i go'],
      focus: 0,
    });
  });

  it('prefers the last clause that ends with a question mark', () => {
    const { clauses, focus: index } = focus.focus('can i do it online? i live far away, no car.');
    expect(clauses[index].trim()).toBe('can i do it online?');
  });

  it('otherwise prefers the last clause that opens with a question word', () => {
    const { clauses, focus: index } = focus.focus('i have two kids at home, can i still do this, thanks');
    expect(clauses[index].trim()).toBe('can i still do this,');
  });

  it('falls back to the last clause and skips empty ones', () => {
    const { clauses, focus: index } = focus.focus('my doctor wrote iop... i have no idea  !!');
    expect(clauses).toHaveLength(2);
    expect(index).toBe(1);
  });
});

describe('spanishSoundKey', () => {
  it.each([
    ['aser', 'hacer'],
    ['avilidades', 'habilidades'],
    ['serca', 'cerca'],
    ['oras', 'horas'],
    ['inscrivo', 'inscribo'],
    ['llamar', 'yamar'],
  ])('gives %s the sound of %s', (typed, meant) => {
    expect(spanishSoundKey(typed)).toBe(spanishSoundKey(meant));
  });

  it('keeps words that sound different apart', () => {
    expect(spanishSoundKey('casa')).not.toBe(spanishSoundKey('caja'));
    expect(spanishSoundKey('ayuda')).not.toBe(spanishSoundKey('ayudas'));
  });
});

describe('SpellingCorrector with a sound key', () => {
  const words = new Map([
    ['hacer', 3],
    ['horas', 2],
    ['habilidades', 4],
  ]);

  it('fixes short and first-letter slips that sound right', () => {
    const corrector = new SpellingCorrector(words, spanishSoundKey);
    expect(corrector.correct('aser')).toBe('hacer');
    expect(corrector.correct('oras')).toBe('horas');
    expect(corrector.correct('avilidades')).toBe('habilidades');
  });

  it('leaves them alone without one', () => {
    const corrector = new SpellingCorrector(words);
    expect(corrector.correct('aser')).toBe('aser');
    expect(corrector.correct('avilidades')).toBe('avilidades');
  });
});

describe('TermAnalyzer.analyzeQuery on the real lexicon', () => {
  const content = loadFaqContent();
  const corpus = content.topics.flatMap((topic) => [topic.en.title, ...topic.en.examples]);
  const analyzer = new TermAnalyzer('en', content.lexicon.en, corpus);
  const byTerm = (text: string) => new Map(analyzer.analyzeQuery(text).map((entry) => [entry.term, entry]));

  it('weighs the question above the background before it', () => {
    const terms = byTerm('my son is 15 and his counselor is worried, is there a program for teens?');
    expect(terms.get('teen')?.weight).toBe(1);
    const background = [...terms.values()].filter((entry) => entry.weight < 1);
    expect(background.length).toBeGreaterThan(0);
    expect(background.every((entry) => !entry.mayBeUnfamiliar)).toBe(true);
  });

  it('does not hold short words, numbers or everyday words against a question', () => {
    const terms = analyzer.analyzeQuery('wht about the 2am paperwork lady');
    expect(terms.filter((entry) => entry.mayBeUnfamiliar)).toEqual([]);
  });

  it('lets a real unfamiliar subject count', () => {
    const terms = analyzer.analyzeQuery('best lasagna recipe');
    expect(terms.some((entry) => entry.mayBeUnfamiliar)).toBe(true);
  });

  it('reads chat shorthand as the words it stands for', () => {
    expect(analyzer.analyze('what can u help with')).toEqual(analyzer.analyze('what can you help with'));
  });
});
