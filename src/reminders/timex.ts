import { WEEKDAY_CODES, type WeekdayCode } from './reminderTypes';

/** A clock time in 24-hour form. */
export interface ClockTime {
  hour: number;
  minute: number;
}

/** The date part of a TIMEX value, as far as the parser uses it. */
export type TimexDate =
  | { kind: 'date'; year: number; month: number; day: number }
  | { kind: 'monthDay'; month: number; day: number }
  | { kind: 'weekday'; weekday: WeekdayCode };

/**
 * The clock time in a TIMEX value: "T18", "2026-12-01T18:30", "XXXX-WXX-2T18". Day parts such as
 * "TEV" (evening) carry no exact time and give null, as do durations ("PT2H").
 */
export function timexClockTime(timex: string): ClockTime | null {
  if (timex.startsWith('P')) return null;
  const match = /T(\d{2})(?::(\d{2}))?/.exec(timex);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

/** The date in a TIMEX value: a full date, a month and day of any year, or a weekday of any week. */
export function timexDate(timex: string): TimexDate | null {
  const full = /^(\d{4})-(\d{2})-(\d{2})/.exec(timex);
  if (full) return { kind: 'date', year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) };
  const monthDay = /^XXXX-(\d{2})-(\d{2})/.exec(timex);
  if (monthDay) return { kind: 'monthDay', month: Number(monthDay[1]), day: Number(monthDay[2]) };
  const weekday = /^XXXX-WXX-([1-7])(?!\d)/.exec(timex);
  if (weekday) return { kind: 'weekday', weekday: WEEKDAY_CODES[Number(weekday[1]) - 1] };
  return null;
}

/**
 * The days a recognizer "set" TIMEX repeats on: every day for "P1D" or a bare time ("T21" from
 * "every night at 9"), one weekday for "XXXX-WXX-2". Null for other repeats (every 2 days,
 * hourly, monthly), which reminders do not support.
 */
export function timexSetDays(timex: string): WeekdayCode[] | 'daily' | null {
  if (timex === 'P1D' || /^T\d{2}/.test(timex)) return 'daily';
  const date = timexDate(timex);
  return date?.kind === 'weekday' ? [date.weekday] : null;
}
