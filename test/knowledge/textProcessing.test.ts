import { boundedEditDistance } from '../../src/knowledge/editDistance';
import { SpellingCorrector } from '../../src/knowledge/spellingCorrector';
import { lightStem, stemWord } from '../../src/knowledge/stemmer';
import { foldText, tokenize } from '../../src/knowledge/textNormalizer';

describe('text normalising', () => {
  it('folds case and accents', () => {
    expect(foldText('¿Qué TERAPIA dialéctica?')).toBe('¿que terapia dialectica?');
    expect(foldText('niño')).toBe('nino');
  });

  it('tokenizes without splitting on apostrophes', () => {
    expect(tokenize("What's an IOP?? I don't know…")).toEqual(['whats', 'an', 'iop', 'i', 'dont', 'know']);
    expect(tokenize('¿Cuánto   cuesta?')).toEqual(['cuanto', 'cuesta']);
    expect(tokenize('?!')).toEqual([]);
  });
});

describe('stemming', () => {
  it.each([
    ['therapy', 'therapies'],
    ['emotion', 'emotions'],
    ['regulation', 'regulating'],
    ['manage', 'management'],
    ['family', 'families'],
  ])('gives English %s and %s the same stem', (a, b) => {
    expect(stemWord(a, 'en')).toBe(stemWord(b, 'en'));
  });

  it.each([
    ['terapia', 'terapias'],
    ['emociones', 'emocional'],
    ['grupo', 'grupales'],
    ['adolescente', 'adolescentes'],
    ['cuidar', 'cuidándolos'],
  ])('gives Spanish %s and %s the same stem', (a, b) => {
    expect(stemWord(foldText(a), 'es')).toBe(stemWord(foldText(b), 'es'));
  });

  it('keeps unrelated words apart', () => {
    expect(stemWord('maneras', 'es')).not.toBe(stemWord('manana', 'es'));
    expect(stemWord('made', 'en')).not.toBe(stemWord('mad', 'en'));
    expect(stemWord('stress', 'en')).toBe('stress');
    expect(stemWord('988', 'en')).toBe('988');
  });

  it('strips only inflection in the light stem', () => {
    expect(lightStem('during', 'en')).not.toBe(lightStem('duration', 'en'));
    expect(lightStem('regulating', 'en')).toBe(lightStem('regulate', 'en'));
    expect(lightStem('matarme', 'es')).toBe('matar');
    expect(lightStem('puedes', 'es')).toBe('puedes');
  });
});

describe('boundedEditDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(boundedEditDistance('diffrence', 'difference', 2)).toBe(1);
    expect(boundedEditDistance('inpateint', 'inpatient', 2)).toBe(1);
    expect(boundedEditDistance('therapy', 'therapy', 2)).toBe(0);
    expect(boundedEditDistance('cost', 'coat', 2)).toBe(1);
  });

  it('stops at the limit', () => {
    expect(boundedEditDistance('pizza', 'insurance', 2)).toBe(3);
    expect(boundedEditDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });
});

describe('SpellingCorrector', () => {
  const corrector = new SpellingCorrector(
    new Map([
      ['insurance', 5],
      ['inpatient', 3],
      ['outpatient', 3],
      ['therapy', 9],
      ['same', 4],
    ]),
  );

  it('fixes long misspelt words', () => {
    expect(corrector.correct('insurence')).toBe('insurance');
    expect(corrector.correct('inpateint')).toBe('inpatient');
    expect(corrector.correct('theraphy')).toBe('therapy');
  });

  it('leaves short, known, numeric and distant words alone', () => {
    expect(corrector.correct('game')).toBe('game');
    expect(corrector.correct('therapy')).toBe('therapy');
    expect(corrector.correct('741741')).toBe('741741');
    expect(corrector.correct('chocolate')).toBe('chocolate');
  });

  it('does not change the first letter', () => {
    expect(corrector.correct('nsurance')).toBe('nsurance');
    expect(corrector.correct('tinpatient')).toBe('tinpatient');
  });
});
