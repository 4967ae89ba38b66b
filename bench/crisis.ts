import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoPath } from '../src/knowledge/repoPath';
import { detectCrisis } from '../src/safety/crisisDetector';

export interface CrisisBenchResult {
  meanMicros: number;
  p99Micros: number;
}

const WARM_UP = 2000;

/** Times `detectCrisis` over the labelled eval messages (a realistic mix of lengths and languages). */
export function benchCrisis(iterations = 20000): CrisisBenchResult {
  const texts = (
    JSON.parse(readFileSync(findRepoPath(join('test', 'safety', 'crisis-set.json')), 'utf8')) as {
      text: string;
    }[]
  ).map((item) => item.text);
  for (let i = 0; i < WARM_UP; i++) detectCrisis(texts[i % texts.length]);
  const samples = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const text = texts[i % texts.length];
    const start = process.hrtime.bigint();
    detectCrisis(text);
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  samples.sort();
  const total = samples.reduce((sum, x) => sum + x, 0);
  return {
    meanMicros: total / iterations,
    p99Micros: samples[Math.min(iterations - 1, Math.floor(iterations * 0.99))],
  };
}

if (require.main === module) {
  const { meanMicros, p99Micros } = benchCrisis();
  process.stdout.write(`detectCrisis: mean ${meanMicros.toFixed(1)} µs, p99 ${p99Micros.toFixed(1)} µs\n`);
}
