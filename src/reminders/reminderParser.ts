import { analyseReminderText } from './analyseReminderText';
import { reminderPhrases } from './reminderPhrases';
import { resolveOnce, resolveRecurring } from './resolveReminderTime';
import type { ParsedReminder, ReminderLocale } from './reminderTypes';
import { languageOf } from './scheduleFormat';
import { isValidTimeZone, toWallClock } from './wallClock';

export type {
  ClarifyReason,
  ParsedReminder,
  ReminderClarification,
  ReminderLocale,
  ReminderParseError,
  ReminderParseErrorCode,
  ScheduledReminder,
} from './reminderTypes';
export { isScheduledReminder } from './reminderTypes';

/** Options for {@link parseReminder}. */
export interface ParseReminderOptions {
  /** The current instant; relative words ("tomorrow", "in 2 hours") count from here. */
  now: Date;
  /** IANA zone the user's clock times are in. */
  timeZone: string;
  locale: ReminderLocale;
}

/**
 * Reads a reminder request in English or Spanish ("tomorrow at 6pm", "weekdays at 7am",
 * "mi grupo es los martes a las 6pm, avísame una hora antes") into something schedulable.
 *
 * Returns a scheduled reminder; a question (`clarify`) when the time is missing, already past,
 * or could be AM or PM; or an `error` code. Never returns a time in the past.
 */
export function parseReminder(text: string, options: ParseReminderOptions): ParsedReminder {
  const { now, timeZone, locale } = options;
  if (typeof text !== 'string' || text.trim().length === 0) return { error: 'empty_text' };
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) return { error: 'invalid_now' };
  if (!isValidTimeZone(timeZone)) return { error: 'invalid_time_zone' };
  const language = languageOf(locale);
  const analysis = analyseReminderText(text, language, toWallClock(now, timeZone));
  if (analysis.unsupportedRepeat) return { error: 'unsupported_recurrence' };
  const context = { now, timeZone, locale, what: analysis.what ?? reminderPhrases(language).defaultWhat };
  return analysis.repeat ? resolveRecurring(analysis, context) : resolveOnce(analysis, context);
}
