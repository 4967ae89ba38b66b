import { boundedDistance, repairSpelling } from '../../src/safety/fuzzyAnchors';
import { normalizeForSafety } from '../../src/safety/normalizeForSafety';

describe('normalizeForSafety', () => {
  it.each([
    ['I\u2019m gonna k1ll mys3lf!!!', 'i am going to kill myself'],
    ["I OD'd", 'i overdosed'],
    ['u guys wud be better off w/o me', 'you guys would be better off without me'],
    ['i want 2 die', 'i want to die'],
    ['I wanna dieeee', 'i want to die'],
    ['Me boy a suisidar', 'me voy a suicidar'],
    ['q ganas d morirme', 'que ganas de morirme'],
    ['¿Tengo depresión?', 'tengo depresion'],
    ["he'll hurt me", 'he will hurt me'],
  ])('reduces %j to %j', (raw, expected) => {
    expect(normalizeForSafety(raw)).toBe(expected);
  });

  it('keeps sentence breaks as a "|" token, never leading, trailing or doubled', () => {
    expect(normalizeForSafety('...hello,, world!! ')).toBe('hello | world');
  });

  it('keeps real quantities and the sick sense of "ill"', () => {
    expect(normalizeForSafety('i took 20mg of lexapro')).toBe('i took 20mg of lexapro');
    expect(normalizeForSafety('I feel ill')).toBe('i feel ill');
    expect(normalizeForSafety('ill be there')).toBe('i will be there');
    expect(normalizeForSafety('call 988')).toBe('call 988');
  });
});

describe('repairSpelling', () => {
  it.each([
    ['suicde', 'suicide'],
    ['sucidal', 'suicidal'],
    ['myslf', 'myself'],
    ['suisidarme', 'suicidarme'],
    ['dissapear', 'disappear'],
  ])('repairs %j to %j', (typo, word) => {
    expect(repairSpelling(typo)).toBe(word);
  });

  it.each(['overdue', 'overdone', 'matarte', 'contarme', 'subside', 'despertara', 'kill', 'bill'])(
    'leaves the real word %j alone',
    (word) => {
      expect(repairSpelling(word)).toBe(word);
    },
  );

  it('measures edit distance with swaps and gives up past the limit', () => {
    expect(boundedDistance('suicide', 'suicide', 1)).toBe(0);
    expect(boundedDistance('siucide', 'suicide', 1)).toBe(1);
    expect(boundedDistance('sucide', 'suicide', 1)).toBe(1);
    expect(boundedDistance('banana', 'suicide', 2)).toBe(Infinity);
  });
});
