import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Language } from '../src/channels/outboundMessage';
import { loadFaqContent } from '../src/knowledge/faqContent';
import { FaqMatcher, type FaqMatch } from '../src/knowledge/faqMatcher';
import { findRepoPath } from '../src/knowledge/repoPath';

/** Share of questions the matcher must place correctly, per language. */
export const REQUIRED_ACCURACY = 0.9;

const evalItemSchema = z.strictObject({
  text: z.string().min(1),
  language: z.enum(['en', 'es']),
  topic: z.string().min(1).nullable(),
});

/** A labelled visitor question; `topic: null` marks an off-topic question that must get no answer. */
export type FaqEvalItem = z.infer<typeof evalItemSchema>;

export interface LanguageEvalReport {
  onTopicTotal: number;
  /** The top-ranked topic (answered, or first in a clarify list) is the labelled one. */
  top1Correct: number;
  top1Accuracy: number;
  /** Answered outright with the labelled topic. */
  answeredCorrect: number;
  answeredAccuracy: number;
  clarified: number;
  offTopicTotal: number;
  offTopicNone: number;
  offTopicAccuracy: number;
}

export interface EvalConfusion {
  language: Language;
  text: string;
  expected: string | null;
  got: string;
}

export interface EvalReport {
  byLanguage: Record<Language, LanguageEvalReport>;
  confusions: EvalConfusion[];
}

/** Reads `test/knowledge/faq-eval-set.json` (or `file`) and validates each item. */
export function loadFaqEvalSet(
  file: string = findRepoPath(join('test', 'knowledge', 'faq-eval-set.json')),
): FaqEvalItem[] {
  return z.array(evalItemSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

function topTopic(match: FaqMatch): string | null {
  if (match.kind === 'answer') return match.topicId;
  if (match.kind === 'clarify') return match.candidates[0]?.topicId ?? null;
  return null;
}

function describe(match: FaqMatch): string {
  if (match.kind === 'answer') return match.topicId;
  if (match.kind === 'clarify')
    return `clarify(${match.candidates.map((entry) => entry.topicId).join(' | ')})`;
  return 'none';
}

function emptyReport(): LanguageEvalReport {
  return {
    onTopicTotal: 0,
    top1Correct: 0,
    top1Accuracy: 0,
    answeredCorrect: 0,
    answeredAccuracy: 0,
    clarified: 0,
    offTopicTotal: 0,
    offTopicNone: 0,
    offTopicAccuracy: 0,
  };
}

function record(report: LanguageEvalReport, item: FaqEvalItem, match: FaqMatch): boolean {
  if (item.topic === null) {
    report.offTopicTotal += 1;
    if (match.kind === 'none') report.offTopicNone += 1;
    return match.kind === 'none';
  }
  report.onTopicTotal += 1;
  if (match.kind === 'clarify') report.clarified += 1;
  if (match.kind === 'answer' && match.topicId === item.topic) report.answeredCorrect += 1;
  const correct = topTopic(match) === item.topic;
  if (correct) report.top1Correct += 1;
  return correct && match.kind === 'answer';
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** Runs every eval question through the matcher (no conversation context) and tallies the results. */
export function runFaqEval(
  matcher: FaqMatcher = new FaqMatcher(loadFaqContent()),
  items: readonly FaqEvalItem[] = loadFaqEvalSet(),
): EvalReport {
  const byLanguage: Record<Language, LanguageEvalReport> = { en: emptyReport(), es: emptyReport() };
  const confusions: EvalConfusion[] = [];
  for (const item of items) {
    const match = matcher.match(item.text, { language: item.language });
    if (!record(byLanguage[item.language], item, match)) {
      confusions.push({
        language: item.language,
        text: item.text,
        expected: item.topic,
        got: describe(match),
      });
    }
  }
  for (const report of Object.values(byLanguage)) {
    report.top1Accuracy = ratio(report.top1Correct, report.onTopicTotal);
    report.answeredAccuracy = ratio(report.answeredCorrect, report.onTopicTotal);
    report.offTopicAccuracy = ratio(report.offTopicNone, report.offTopicTotal);
  }
  return { byLanguage, confusions };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function printReport(name: string, report: EvalReport): boolean {
  let failed = false;
  process.stdout.write(`${name}\n`);
  for (const [language, result] of Object.entries(report.byLanguage)) {
    process.stdout.write(
      `  ${language}: top-1 ${percent(result.top1Accuracy)} (${result.top1Correct}/${result.onTopicTotal}), ` +
        `answered correctly ${percent(result.answeredAccuracy)}, clarified ${result.clarified}, ` +
        `off-topic → none ${percent(result.offTopicAccuracy)} (${result.offTopicNone}/${result.offTopicTotal})\n`,
    );
    failed ||= result.top1Accuracy < REQUIRED_ACCURACY || result.offTopicAccuracy < REQUIRED_ACCURACY;
  }
  process.stdout.write('  Confusions (expected → got):\n');
  for (const confusion of report.confusions) {
    process.stdout.write(
      `    [${confusion.language}] ${confusion.expected ?? 'none'} → ${confusion.got}: ${confusion.text}\n`,
    );
  }
  return failed;
}

/**
 * Each `--set <file>` evaluates another labelled set, such as test/knowledge/faq-blind-a.json;
 * without one, the eval set is used.
 */
function main(args: readonly string[]): void {
  const files = args.flatMap((arg, index) => (arg === '--set' && args[index + 1] ? [args[index + 1]] : []));
  const matcher = new FaqMatcher(loadFaqContent());
  let failed = false;
  for (const file of files.length > 0 ? files : [undefined]) {
    const report = runFaqEval(matcher, loadFaqEvalSet(file));
    failed = printReport(file ?? 'test/knowledge/faq-eval-set.json', report) || failed;
  }
  process.exitCode = failed ? 1 : 0;
}

if (require.main === module) main(process.argv.slice(2));
