import type { ReminderAnalysis } from './analyseReminderText';
import { buildRecurrenceRule, nextOccurrence } from './recurrence';
import { askAboutPastTime, askAmOrPm, askForTime } from './reminderClarifications';
import type { ParsedReminder, ReminderLocale, ScheduledReminder } from './reminderTypes';
import type { ClockTime, TimexDate } from './timex';
import { addWallDays, fromWallClock, toWallClock, type WallClock } from './wallClock';

const MINUTE_MS = 60_000;

/** What the resolvers need besides the analysis. */
export interface ResolveContext {
  now: Date;
  timeZone: string;
  locale: ReminderLocale;
  what: string;
}

/** Turns an analysis with repeat days into a recurring reminder, or a question. */
export function resolveRecurring(analysis: ReminderAnalysis, context: ResolveContext): ParsedReminder {
  const { times, lead } = analysis;
  if (times.length === 0) return askForTime(context.locale);
  if (times.length > 1) return askAmOrPm(context.locale, times);
  const days = analysis.repeat === 'daily' || analysis.repeat === null ? [] : analysis.repeat;
  const rrule = buildRecurrenceRule(days, times[0].hour, times[0].minute);
  const leadMs = (lead?.minutes ?? 0) * MINUTE_MS;
  // The rule describes the event; the first reminder is the first event far enough ahead.
  const event = nextOccurrence(rrule, context.timeZone, new Date(context.now.getTime() + leadMs));
  if (!event) return { error: 'unsupported_recurrence' };
  return scheduled('recurring', new Date(event.getTime() - leadMs), rrule, analysis, context);
}

/** Turns an analysis without repeat days into a one-time reminder, or a question. */
export function resolveOnce(analysis: ReminderAnalysis, context: ResolveContext): ParsedReminder {
  const leadMs = (analysis.lead?.minutes ?? 0) * MINUTE_MS;
  const nowMs = context.now.getTime();
  if (analysis.relativeSeconds !== null) {
    const at = new Date(nowMs + analysis.relativeSeconds * 1000 - leadMs);
    if (at.getTime() <= nowMs) return askAboutPastTime(context.locale, null);
    return scheduled('once', at, null, analysis, context);
  }
  if (analysis.times.length === 0) return askForTime(context.locale);
  const nowWall = toWallClock(context.now, context.timeZone);
  const future = analysis.times
    .map((time) => ({
      time,
      at: new Date(eventInstant(analysis.date, time, nowWall, context).getTime() - leadMs),
    }))
    .filter((candidate) => candidate.at.getTime() > nowMs);
  if (future.length > 1)
    return askAmOrPm(
      context.locale,
      future.map((candidate) => candidate.time),
    );
  if (future.length === 1) return scheduled('once', future[0].at, null, analysis, context);
  const wasToday = (analysis.date === null || isToday(analysis.date, nowWall)) && analysis.times.length === 1;
  return askAboutPastTime(context.locale, wasToday ? analysis.times[0] : null);
}

function scheduled(
  kind: 'once' | 'recurring',
  next: Date,
  rrule: string | null,
  analysis: ReminderAnalysis,
  context: ResolveContext,
): ScheduledReminder {
  const result: ScheduledReminder = { kind, what: context.what, next, rrule, timeZone: context.timeZone };
  if (analysis.lead) result.leadMinutes = analysis.lead.minutes;
  return result;
}

/**
 * When the event at `time` on `date` happens. Dates without a year or week ("Dec 24", "Friday",
 * or none at all) roll forward to the next one still ahead; explicit dates do not, so
 * "today at 9am" in the afternoon stays in the past and gets a question.
 */
function eventInstant(
  date: TimexDate | null,
  time: ClockTime,
  nowWall: WallClock,
  context: ResolveContext,
): Date {
  const at = (wall: WallClock) => fromWallClock(wall, context.timeZone);
  const isAhead = (wall: WallClock) => at(wall).getTime() > context.now.getTime();
  const today: WallClock = { ...nowWall, ...time, second: 0 };
  if (date?.kind === 'date') return at({ ...today, year: date.year, month: date.month, day: date.day });
  if (date?.kind === 'monthDay') {
    const thisYear = { ...today, month: date.month, day: date.day };
    return at(isAhead(thisYear) ? thisYear : { ...thisYear, year: thisYear.year + 1 });
  }
  let candidate = date?.kind === 'weekday' ? addWallDays(today, daysUntil(today, date.weekday)) : today;
  if (!isAhead(candidate)) candidate = addWallDays(candidate, date?.kind === 'weekday' ? 7 : 1);
  return at(candidate);
}

function daysUntil(from: WallClock, weekday: string): number {
  const order = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
  const current = new Date(Date.UTC(from.year, from.month - 1, from.day)).getUTCDay();
  return (order.indexOf(weekday) - current + 7) % 7;
}

function isToday(date: TimexDate, nowWall: WallClock): boolean {
  return (
    date.kind === 'date' &&
    date.year === nowWall.year &&
    date.month === nowWall.month &&
    date.day === nowWall.day
  );
}
