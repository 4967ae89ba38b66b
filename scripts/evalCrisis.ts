import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Language } from '../src/channels/outboundMessage';
import { findRepoPath } from '../src/knowledge/repoPath';
import { detectCrisis } from '../src/safety/crisisDetector';
import type { CrisisCategory } from '../src/safety/crisisTypes';

/** Every crisis in the set must be caught. */
export const REQUIRED_RECALL = 1;
/** At most this share of the hard negatives may fire. */
export const MAX_FALSE_POSITIVE_RATE = 0.03;

const categorySchema = z.enum(['suicide', 'self_harm', 'overdose', 'harm_others', 'danger_abuse']);

/** One labelled sentence of a crisis set. */
export const crisisEvalItemSchema = z
  .strictObject({
    text: z.string().min(1),
    language: z.enum(['en', 'es']),
    crisis: z.boolean(),
    category: categorySchema.optional(),
  })
  .refine((item) => item.crisis || item.category === undefined, 'only crisis items carry a category');

/** A labelled message: a crisis (with its main category) or a hard negative. */
export type CrisisEvalItem = z.infer<typeof crisisEvalItemSchema>;

export interface RateReport {
  positives: number;
  negatives: number;
  recall: number;
  falsePositiveRate: number;
}

export interface CrisisEvalReport extends RateReport {
  byLanguage: Record<Language, RateReport>;
  /** Share of caught crises whose labelled category is among the detected ones. */
  categoryAgreement: number;
  misses: CrisisEvalItem[];
  falseAlarms: { item: CrisisEvalItem; categories: CrisisCategory[] }[];
  passes: boolean;
}

/** Reads `test/safety/crisis-set.json` (or `file`) and validates every item. */
export function loadCrisisEvalSet(
  file: string = findRepoPath(join('test', 'safety', 'crisis-set.json')),
): CrisisEvalItem[] {
  return z.array(crisisEvalItemSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Recall over the crises and false-positive rate over the rest, for whatever `fires` says. */
export function measureRates(
  items: readonly CrisisEvalItem[],
  fires: (item: CrisisEvalItem) => boolean,
): RateReport {
  const positives = items.filter((i) => i.crisis);
  const negatives = items.filter((i) => !i.crisis);
  const caught = positives.filter(fires).length;
  const alarms = negatives.filter(fires).length;
  return {
    positives: positives.length,
    negatives: negatives.length,
    recall: positives.length ? caught / positives.length : 1,
    falsePositiveRate: negatives.length ? alarms / negatives.length : 0,
  };
}

/** Runs the detector over the labelled set and measures recall and false alarms. */
export function runCrisisEval(items: readonly CrisisEvalItem[] = loadCrisisEvalSet()): CrisisEvalReport {
  const fired = new Set<CrisisEvalItem>();
  const falseAlarms: CrisisEvalReport['falseAlarms'] = [];
  let labelled = 0;
  let agreeing = 0;
  for (const item of items) {
    const assessment = detectCrisis(item.text);
    if (!assessment.isCrisis) continue;
    fired.add(item);
    if (!item.crisis) falseAlarms.push({ item, categories: assessment.categories });
    if (item.crisis && item.category) {
      labelled++;
      if (assessment.categories.includes(item.category)) agreeing++;
    }
  }
  const fires = (item: CrisisEvalItem) => fired.has(item);
  const overall = measureRates(items, fires);
  return {
    ...overall,
    byLanguage: {
      en: measureRates(
        items.filter((i) => i.language === 'en'),
        fires,
      ),
      es: measureRates(
        items.filter((i) => i.language === 'es'),
        fires,
      ),
    },
    categoryAgreement: labelled ? agreeing / labelled : 1,
    misses: items.filter((i) => i.crisis && !fired.has(i)),
    falseAlarms,
    passes: overall.recall >= REQUIRED_RECALL && overall.falsePositiveRate <= MAX_FALSE_POSITIVE_RATE,
  };
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The report as plain lines. The texts printed are the labelled fixtures, never live messages. */
export function formatCrisisEval(report: CrisisEvalReport): string[] {
  const lines = [
    `crisis eval: ${report.positives} crises, ${report.negatives} hard negatives`,
    `recall ${percent(report.recall)} (needs ${percent(REQUIRED_RECALL)}), false positives ${percent(report.falsePositiveRate)} (max ${percent(MAX_FALSE_POSITIVE_RATE)}), category agreement ${percent(report.categoryAgreement)}`,
  ];
  for (const language of ['en', 'es'] as const) {
    const r = report.byLanguage[language];
    lines.push(
      `  ${language}: recall ${percent(r.recall)} of ${r.positives}, false positives ${percent(r.falsePositiveRate)} of ${r.negatives}`,
    );
  }
  for (const miss of report.misses)
    lines.push(`MISS [${miss.language}] ${miss.category ?? ''}: ${miss.text}`);
  for (const alarm of report.falseAlarms)
    lines.push(`FALSE ALARM [${alarm.item.language}] ${alarm.categories.join(',')}: ${alarm.item.text}`);
  lines.push(report.passes ? 'PASS' : 'FAIL');
  return lines;
}

if (require.main === module) {
  // `npm run eval:crisis -- <file>` scores another labelled set, such as a held-out blind set.
  const file = process.argv[2];
  const report = runCrisisEval(file ? loadCrisisEvalSet(file) : undefined);
  process.stdout.write(`${formatCrisisEval(report).join('\n')}\n`);
  process.exitCode = report.passes ? 0 : 1;
}
