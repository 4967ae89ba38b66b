/** RFC 5545 weekday codes, Monday first. */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

/** Locales the reminder parser understands. */
export type ReminderLocale = 'en-US' | 'es-ES';

/** A reminder that can be scheduled. */
export interface ScheduledReminder {
  kind: 'once' | 'recurring';
  /** What to remind about, in the user's words, or a default such as "your reminder". */
  what: string;
  /** When the first reminder fires (already moved earlier by `leadMinutes`). */
  next: Date;
  /**
   * For recurring reminders, the RFC 5545 rule of the *event* time in `timeZone`
   * (e.g. FREQ=WEEKLY;BYDAY=TU;BYHOUR=18;BYMINUTE=0). Each reminder fires `leadMinutes` earlier.
   */
  rrule: string | null;
  timeZone: string;
  /** Minutes before the event the reminder fires ("remind me an hour before"). */
  leadMinutes?: number;
}

/** Why the parser needs to ask a question before scheduling. */
export type ClarifyReason = 'ambiguous' | 'past' | 'no_time';

/** The parser needs more information; `clarify` is a question to show the user. */
export interface ReminderClarification {
  clarify: string;
  reason: ClarifyReason;
}

/** Stable codes for input the parser cannot handle. */
export type ReminderParseErrorCode =
  'empty_text' | 'invalid_now' | 'invalid_time_zone' | 'unsupported_recurrence';

/** The input cannot become a reminder; `error` is a code, not user-facing text. */
export interface ReminderParseError {
  error: ReminderParseErrorCode;
}

export type ParsedReminder = ScheduledReminder | ReminderClarification | ReminderParseError;

/** Narrows a parse result to the schedulable case. */
export function isScheduledReminder(result: ParsedReminder): result is ScheduledReminder {
  return 'kind' in result;
}
