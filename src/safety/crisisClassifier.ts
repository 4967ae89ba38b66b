import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoPath } from '../knowledge/repoPath';
import { CRISIS_CATEGORIES, type CrisisCategory } from './crisisTypes';

/**
 * The learned second layer of the crisis check (ADR 0015): logistic regression over hashed
 * character and word n-grams, trained by `npm run safety:train` on the project's own labelled
 * sentences. The rules catch what they were written for; this layer catches new phrasings of the
 * same situations, which the rules kept missing on sets written after each round of tuning.
 */

/** Features are hashed into 2^16 buckets: small enough to ship, large enough for a few thousand sentences. */
export const FEATURE_BITS = 16;
const BUCKETS = 1 << FEATURE_BITS;

/** Messages shorter than this are left to the rules. */
export const MIN_WORDS = 3;

/** Sparse features of one message: bucket → weight, scaled to unit length. */
export type Features = Map<number, number>;

/**
 * Character 3- and 4-grams (which survive typos, slang spellings and missing accents) and word
 * unigrams and bigrams, of text already passed through normalizeForSafety.
 */
export function featuresOf(normalized: string): Features {
  const text = ` ${normalized
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
  const counts: Features = new Map();
  const add = (prefix: string, gram: string) => {
    const bucket = bucketOf(prefix, gram);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  };
  for (let size = 3; size <= 4; size++) {
    for (let i = 0; i + size <= text.length; i++) add('c', text.slice(i, i + size));
  }
  const words = text.trim().split(' ');
  for (let i = 0; i < words.length; i++) {
    add('w', words[i]);
    if (i + 1 < words.length) add('b', `${words[i]} ${words[i + 1]}`);
  }
  let norm = 0;
  for (const value of counts.values()) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  for (const [bucket, value] of counts) counts.set(bucket, value / norm);
  return counts;
}

/** FNV-1a over the prefix and the gram: stable across runs and platforms. */
function bucketOf(prefix: string, gram: string): number {
  let hash = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  };
  mix(prefix);
  mix(gram);
  return (hash >>> 0) % BUCKETS;
}

export interface LinearModel {
  bias: number;
  weights: Float32Array;
}

export function probability(model: LinearModel, features: Features): number {
  let z = model.bias;
  for (const [bucket, value] of features) z += model.weights[bucket] * value;
  return 1 / (1 + Math.exp(-z));
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 30, learningRate: 0.5, l2: 1e-5, seed: 42 };

/** Stochastic gradient descent on the log loss, with a seeded shuffle so a retrain gives the same model. */
export function trainLogistic(
  examples: readonly { features: Features; label: 0 | 1 }[],
  options: TrainingOptions = DEFAULT_TRAINING,
): LinearModel {
  const weights = new Float64Array(BUCKETS);
  let bias = 0;
  const order = examples.map((_, i) => i);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) {
      const { features, label } = examples[index];
      let z = bias;
      for (const [bucket, value] of features) z += weights[bucket] * value;
      const gradient = 1 / (1 + Math.exp(-z)) - label;
      for (const [bucket, value] of features) {
        weights[bucket] -= options.learningRate * (gradient * value + options.l2 * weights[bucket]);
      }
      bias -= options.learningRate * gradient;
    }
  }
  return { bias, weights: Float32Array.from(weights) };
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Whether a message is a crisis, and if so which kind is most likely. */
export interface ClassifierVerdict {
  score: number;
  category?: CrisisCategory;
}

export class CrisisClassifier {
  constructor(
    /** Crisis or not, trained on every labelled sentence. */
    readonly crisis: LinearModel,
    /** One model per category, trained on the crises only: picks the reply for a crisis found here. */
    readonly categories: Readonly<Record<CrisisCategory, LinearModel>>,
    /** Score at or above which a message counts as a crisis; chosen by cross-validation (ADR 0015). */
    readonly threshold: number,
  ) {}

  assess(normalized: string): ClassifierVerdict {
    // A word or two ("no", "done", "1") gives the model too little to read; the rules cover short
    // crises ("kms", "quiero morir"), which are explicit.
    if (normalized.trim().split(/\s+/).length < MIN_WORDS) return { score: 0 };
    const features = featuresOf(normalized);
    const score = probability(this.crisis, features);
    if (score < this.threshold) return { score };
    let best: CrisisCategory = 'suicide';
    let bestScore = -1;
    for (const category of CRISIS_CATEGORIES) {
      const p = probability(this.categories[category], features);
      if (p > bestScore) [best, bestScore] = [category, p];
    }
    return { score, category: best };
  }

  toJSON(): SerializedClassifier {
    const categories = Object.fromEntries(
      CRISIS_CATEGORIES.map((category) => [category, serializeModel(this.categories[category])]),
    ) as Record<CrisisCategory, SerializedModel>;
    return {
      format: 1,
      featureBits: FEATURE_BITS,
      threshold: this.threshold,
      crisis: serializeModel(this.crisis),
      categories,
    };
  }

  static fromJSON(data: SerializedClassifier): CrisisClassifier {
    if (data.format !== 1 || data.featureBits !== FEATURE_BITS) {
      throw new Error('crisis model: unknown format; run `npm run safety:train`');
    }
    const categories = Object.fromEntries(
      CRISIS_CATEGORIES.map((category) => [category, deserializeModel(data.categories[category])]),
    ) as Record<CrisisCategory, LinearModel>;
    return new CrisisClassifier(deserializeModel(data.crisis), categories, data.threshold);
  }
}

interface SerializedModel {
  bias: number;
  /** Weights are stored as signed bytes times this scale: a quarter of the size, same decisions. */
  scale: number;
  weights: string;
}

export interface SerializedClassifier {
  format: 1;
  featureBits: number;
  threshold: number;
  crisis: SerializedModel;
  categories: Record<CrisisCategory, SerializedModel>;
}

function serializeModel(model: LinearModel): SerializedModel {
  let largest = 0;
  for (const weight of model.weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 127 || 1;
  const bytes = Int8Array.from(model.weights, (weight) => Math.round(weight / scale));
  return {
    bias: Number(model.bias.toFixed(6)),
    scale,
    weights: Buffer.from(bytes.buffer).toString('base64'),
  };
}

function deserializeModel(data: SerializedModel): LinearModel {
  const bytes = Buffer.from(data.weights, 'base64');
  if (bytes.length !== BUCKETS) throw new Error('crisis model: weights have the wrong length');
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  return { bias: data.bias, weights: Float32Array.from(signed, (value) => value * data.scale) };
}

export const CRISIS_MODEL_FILE = join('content', 'safety', 'crisis-model.json');

let shared: CrisisClassifier | undefined;

/** The committed model, loaded once; a missing or broken file stops start-up (the check must not be skipped). */
export function sharedCrisisClassifier(): CrisisClassifier {
  shared ??= CrisisClassifier.fromJSON(
    JSON.parse(readFileSync(findRepoPath(CRISIS_MODEL_FILE), 'utf8')) as SerializedClassifier,
  );
  return shared;
}
