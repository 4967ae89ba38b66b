import { analyseReminderText, type ReminderAnalysis } from './analyseReminderText';
import { reminderPhrases } from './reminderPhrases';
import type { ParseReminderOptions } from './reminderParser';
import type { ParsedReminder } from './reminderTypes';
import { resolveOnce, resolveRecurring } from './resolveReminderTime';
import { languageOf } from './scheduleFormat';
import { foldText, wordPattern } from './textPatterns';
import type { ClockTime } from './timex';
import { addWallDays, isValidTimeZone, toWallClock, type WallClock } from './wallClock';

/**
 * An answer to one of the parser's questions:
 * - `meridiem`: the reply to "5 AM or 5 PM?" ("PM", "5 pm", "de la tarde");
 * - `tomorrow`: "yes" to "that time has passed today, tomorrow instead?";
 * - `details`: a time, date or repeat that completes or replaces the request's own
 *   ("at 6pm" for "what time?", "Friday at 9am" instead of a past time).
 */
export type ClarificationAnswer =
  { kind: 'meridiem'; text: string } | { kind: 'tomorrow' } | { kind: 'details'; text: string };

const MERIDIEM: Record<'en' | 'es', { am: RegExp; pm: RegExp }> = {
  en: {
    am: wordPattern('a\\.? ?m\\.?|morning|in the morning|first'),
    pm: wordPattern('p\\.? ?m\\.?|afternoon|evening|night|tonight|noon|second'),
  },
  es: {
    am: wordPattern('a\\.? ?m\\.?|madrugada|de la manana|por la manana|la primera'),
    pm: wordPattern('p\\.? ?m\\.?|tarde|noche|mediodia|la segunda'),
  },
};

/**
 * Parses a reminder request again with the answers given so far, in order. Returns null when the
 * latest answer does not answer the question (so the caller can let other dialogs take it).
 * Otherwise the result is what `parseReminder` would give for the completed request: a
 * reminder, another question, or an error code.
 */
export function parseWithAnswers(
  request: string,
  answers: readonly ClarificationAnswer[],
  options: ParseReminderOptions,
): ParsedReminder | null {
  const { now, timeZone, locale } = options;
  if (!isValidTimeZone(timeZone)) return { error: 'invalid_time_zone' };
  const language = languageOf(locale);
  const nowWall = toWallClock(now, timeZone);
  const analysis = analyseWithAnswers(request, answers, language, nowWall);
  if (!analysis) return null;
  if (analysis.unsupportedRepeat) return { error: 'unsupported_recurrence' };
  const context = { now, timeZone, locale, what: analysis.what ?? reminderPhrases(language).defaultWhat };
  return analysis.repeat ? resolveRecurring(analysis, context) : resolveOnce(analysis, context);
}

/** The clock times an "AM or PM?" question is choosing between, morning first. */
export function ambiguousTimes(
  request: string,
  answers: readonly ClarificationAnswer[],
  options: ParseReminderOptions,
): ClockTime[] {
  if (!isValidTimeZone(options.timeZone)) return [];
  const language = languageOf(options.locale);
  const analysis = analyseWithAnswers(request, answers, language, toWallClock(options.now, options.timeZone));
  return analysis && analysis.times.length > 1 ? [...analysis.times].sort((a, b) => a.hour - b.hour) : [];
}

function analyseWithAnswers(
  request: string,
  answers: readonly ClarificationAnswer[],
  language: 'en' | 'es',
  nowWall: WallClock,
): ReminderAnalysis | null {
  let analysis: ReminderAnalysis | null = analyseReminderText(request, language, nowWall);
  for (const answer of answers) {
    if (!analysis) return null;
    analysis = applyAnswer(analysis, answer, language, nowWall);
  }
  return analysis;
}

function applyAnswer(
  base: ReminderAnalysis,
  answer: ClarificationAnswer,
  language: 'en' | 'es',
  nowWall: WallClock,
): ReminderAnalysis | null {
  if (answer.kind === 'tomorrow') return moveToTomorrow(base, nowWall);
  const reply = analyseReminderText(answer.text, language, nowWall);
  if (answer.kind === 'meridiem' && reply.times.length !== 1)
    return pickMeridiem(base, answer.text, language);
  return mergeDetails(base, reply);
}

function pickMeridiem(base: ReminderAnalysis, text: string, language: 'en' | 'es'): ReminderAnalysis | null {
  const folded = foldText(text);
  const patterns = MERIDIEM[language];
  const wantsPm = new RegExp(patterns.pm).test(folded);
  const wantsAm = new RegExp(patterns.am).test(folded);
  if (wantsAm === wantsPm) return null;
  const times = base.times.filter((time) => (wantsPm ? time.hour >= 12 : time.hour < 12));
  return times.length === 1 ? { ...base, times } : null;
}

function moveToTomorrow(base: ReminderAnalysis, nowWall: WallClock): ReminderAnalysis | null {
  if (base.relativeSeconds !== null || base.times.length !== 1) return null;
  const tomorrow = addWallDays(nowWall, 1);
  return { ...base, date: { kind: 'date', year: tomorrow.year, month: tomorrow.month, day: tomorrow.day } };
}

/** The reply's own time, date, repeat and lead replace the request's; its subject does not. */
function mergeDetails(base: ReminderAnalysis, reply: ReminderAnalysis): ReminderAnalysis | null {
  const hasWhen = reply.times.length > 0 || reply.date !== null;
  if (!hasWhen && reply.relativeSeconds === null && reply.repeat === null && !reply.unsupportedRepeat) {
    return null;
  }
  return {
    what: base.what ?? reply.what,
    lead: reply.lead ?? base.lead,
    repeat: reply.repeat ?? base.repeat,
    unsupportedRepeat: reply.unsupportedRepeat || (reply.repeat === null && base.unsupportedRepeat),
    date: reply.date ?? (reply.relativeSeconds === null ? base.date : null),
    times: reply.times.length > 0 ? reply.times : base.times,
    relativeSeconds: hasWhen ? reply.relativeSeconds : (reply.relativeSeconds ?? base.relativeSeconds),
  };
}
