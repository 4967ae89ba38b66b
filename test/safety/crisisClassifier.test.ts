import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  HELD_OUT_SETS,
  loadLabelledSet,
  loadOrdinaryMessages,
  trainCrisisClassifier,
  trainingOrdinaryMessages,
  TRAINING_SETS,
} from '../../scripts/trainCrisisModel';
import {
  CRISIS_MODEL_FILE,
  CrisisClassifier,
  featuresOf,
  type SerializedClassifier,
  sharedCrisisClassifier,
} from '../../src/safety/crisisClassifier';
import { detectCrisis, readForSafety } from '../../src/safety/crisisDetector';

const committed = JSON.parse(
  readFileSync(join(__dirname, '..', '..', CRISIS_MODEL_FILE), 'utf8'),
) as SerializedClassifier;

/** The rules alone, without the learned layer. */
const rulesOnly = null;

describe('crisis classifier (the learned second layer, ADR 0015)', () => {
  it('is exactly what `npm run safety:train` builds from the committed sentences', () => {
    const items = [...TRAINING_SETS.flatMap((name) => loadLabelledSet(name)), ...trainingOrdinaryMessages()];
    const retrained = trainCrisisClassifier(items, committed.threshold);
    // Run `npm run safety:train` after changing any labelled sentence, and commit the model.
    expect(retrained.toJSON()).toEqual(committed);
  }, 60_000);

  it('catches on the held-out set what the rules alone miss, within a false-alarm budget', () => {
    expect(HELD_OUT_SETS).toEqual(['crisis-blind-g']);
    const items = loadLabelledSet('crisis-blind-g');
    const crises = items.filter((i) => i.crisis);
    const others = items.filter((i) => !i.crisis);
    const caught = (classifier?: CrisisClassifier | null) =>
      crises.filter((i) => detectCrisis(i.text, { classifier }).isCrisis).length;
    const alarms = others.filter((i) => detectCrisis(i.text).isCrisis).length;
    // Measured when blind-g was written and first scored: rules 70 of 160, rules and model 130 of
    // 160, 22 alarms (8 from the rules). A model that reads worse fails here.
    expect(caught(rulesOnly)).toBeLessThan(caught());
    expect(caught()).toBeGreaterThanOrEqual(128);
    expect(alarms).toBeLessThanOrEqual(24);
  });

  it('seldom fires on ordinary questions it never saw', () => {
    const ordinary = ['faq-blind-a', 'faq-blind-b'].flatMap((name) => loadOrdinaryMessages(name));
    const fired = ordinary.filter((i) => detectCrisis(i.text).isCrisis);
    expect(ordinary.length).toBeGreaterThan(250);
    expect(fired.length / ordinary.length).toBeLessThanOrEqual(0.03);
  });

  it('leaves one- and two-word messages to the rules', () => {
    for (const text of ['no', 'done', '1', 'yes please', 'hola']) {
      expect(sharedCrisisClassifier().assess(readForSafety(text)).score).toBe(0);
    }
    expect(detectCrisis('no').isCrisis).toBe(false);
    expect(detectCrisis('kms').isCrisis).toBe(true);
  });

  it('reads new phrasings of a crisis and picks a reply category for them', () => {
    // Written for this test, not taken from any set; the rules alone miss each of them.
    const cases: [string, string][] = [
      ['the rope has been in my closet for a week and tonight the house is empty', 'suicide'],
      ['packed a bag with the rope, heading to the woods behind my school after class', 'suicide'],
    ];
    for (const [text, category] of cases) {
      expect(detectCrisis(text, { classifier: rulesOnly }).isCrisis).toBe(false);
      const assessment = detectCrisis(text);
      expect(assessment.isCrisis).toBe(true);
      expect(assessment.categories).toEqual([category]);
    }
  });

  it('hashes features the same way every time, so a shipped model keeps its meaning', () => {
    const a = featuresOf('quiero hablar con alguien');
    const b = featuresOf('quiero hablar con alguien');
    expect([...a.entries()]).toEqual([...b.entries()]);
    const norm = Math.sqrt([...a.values()].reduce((sum, v) => sum + v * v, 0));
    expect(norm).toBeCloseTo(1, 10);
  });

  it('refuses a model file of another format with a clear message', () => {
    expect(() => CrisisClassifier.fromJSON({ ...committed, featureBits: 12 })).toThrow(/safety:train/);
    expect(() =>
      CrisisClassifier.fromJSON({ ...committed, crisis: { ...committed.crisis, weights: 'AAAA' } }),
    ).toThrow(/wrong length/);
  });
});
