import { join } from 'node:path';
import { loadFaqEvalSet } from '../scripts/evalFaq';
import { loadFaqContent } from '../src/knowledge/faqContent';
import { FaqMatcher } from '../src/knowledge/faqMatcher';
import { findRepoPath } from '../src/knowledge/repoPath';

export interface FaqBenchResult {
  meanMicros: number;
  p95Micros: number;
  p99Micros: number;
}

const WARM_UP_ROUNDS = 2;

function percentile(sorted: readonly number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

// The blind sets hold the long, rambling messages that cost the most to analyse.
const QUESTION_SETS = ['faq-eval-set.json', 'faq-blind-a.json', 'faq-blind-b.json'];

/**
 * Times `FaqMatcher.match` over every eval and blind-set question, `iterations` rounds, after a warm-up so the
 * JIT and the spelling cache settle as they would in a long-running server. Index building is
 * excluded: it happens once at start-up.
 */
export function benchFaqMatch(iterations = 20): FaqBenchResult {
  const matcher = new FaqMatcher(loadFaqContent());
  const items = QUESTION_SETS.flatMap((file) =>
    loadFaqEvalSet(findRepoPath(join('test', 'knowledge', file))),
  );
  const run = (): void => items.forEach((item) => void matcher.match(item.text, { language: item.language }));
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) run();
  const samples: number[] = [];
  for (let round = 0; round < iterations; round += 1) {
    for (const item of items) {
      const start = process.hrtime.bigint();
      matcher.match(item.text, { language: item.language });
      samples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  return { meanMicros: mean, p95Micros: percentile(samples, 0.95), p99Micros: percentile(samples, 0.99) };
}

if (require.main === module) {
  const result = benchFaqMatch();
  process.stdout.write(
    `FAQ match latency: mean ${result.meanMicros.toFixed(1)} µs, p95 ${result.p95Micros.toFixed(1)} µs, ` +
      `p99 ${result.p99Micros.toFixed(1)} µs\n`,
  );
}
