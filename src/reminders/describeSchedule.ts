import { fillTemplate, reminderPhrases, type ReminderPhraseSet } from './reminderPhrases';
import {
  WEEKDAY_CODES,
  type ReminderLocale,
  type ScheduledReminder,
  type WeekdayCode,
} from './reminderTypes';
import { atTime, capitalise, dateLabel, durationLabel, languageOf, weekdayName } from './scheduleFormat';
import { toWallClock, type WallClock } from './wallClock';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const WORKWEEK: readonly WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR'];

/**
 * A short confirmation of when a reminder will fire, in the reminder's time zone, e.g.
 * "Tomorrow (Tue, Dec 1) at 6:00 PM" or "Every weekday at 7:00 AM, starting tomorrow".
 * Times shown are the event times; a lead time is added as a note ("reminder 1 hour before").
 */
export function describeSchedule(parsed: ScheduledReminder, locale: ReminderLocale, now: Date): string {
  const phrases = reminderPhrases(languageOf(locale));
  const event = new Date(parsed.next.getTime() + (parsed.leadMinutes ?? 0) * MINUTE_MS);
  const eventWall = toWallClock(event, parsed.timeZone);
  const nowWall = toWallClock(now, parsed.timeZone);
  const time = withLead(atTime(locale, eventWall.hour, eventWall.minute), parsed, locale, phrases);
  const text =
    parsed.kind === 'recurring' && parsed.rrule
      ? describeRecurring(parsed.rrule, { locale, phrases, eventWall, nowWall, time })
      : describeOnce({ locale, phrases, eventWall, nowWall, time });
  return capitalise(text);
}

interface DescribeContext {
  locale: ReminderLocale;
  phrases: ReminderPhraseSet;
  eventWall: WallClock;
  nowWall: WallClock;
  /** The event's clock time, already carrying any lead-time note. */
  time: string;
}

function describeOnce(context: DescribeContext): string {
  const { locale, phrases, eventWall, nowWall, time } = context;
  const date = dateLabel(locale, eventWall, eventWall.year !== nowWall.year);
  const days = daysBetween(nowWall, eventWall);
  if (days === 0) return fillTemplate(phrases.onceRelative, { relative: phrases.today, date, time });
  if (days === 1) return fillTemplate(phrases.onceRelative, { relative: phrases.tomorrow, date, time });
  return fillTemplate(phrases.onceOnDate, { date, time });
}

function describeRecurring(rrule: string, context: DescribeContext): string {
  const { locale, phrases, eventWall, nowWall, time } = context;
  const every = everyLabel(rruleDays(rrule), locale, phrases);
  const days = daysBetween(nowWall, eventWall);
  let starting: string;
  if (days === 0) starting = phrases.startingToday;
  else if (days === 1) starting = phrases.startingTomorrow;
  else starting = fillTemplate(phrases.startingOn, { date: dateLabel(locale, eventWall, false) });
  return fillTemplate(phrases.recurring, { every, time, starting });
}

function everyLabel(days: WeekdayCode[], locale: ReminderLocale, phrases: ReminderPhraseSet): string {
  if (days.length === 0 || days.length === WEEKDAY_CODES.length) return phrases.everyDay;
  if (days.length === WORKWEEK.length && WORKWEEK.every((day) => days.includes(day))) {
    return phrases.everyWeekday;
  }
  const names = days.map((day) => weekdayName(locale, day));
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  return fillTemplate(phrases.everyDays, { days: list });
}

/** Weekdays named in BYDAY, in week order; empty for rules without BYDAY (daily). */
function rruleDays(rrule: string): WeekdayCode[] {
  const match = /BYDAY=([A-Z,]+)/i.exec(rrule);
  if (!match) return [];
  const listed = match[1].toUpperCase().split(',');
  return WEEKDAY_CODES.filter((code) => listed.includes(code));
}

function withLead(
  time: string,
  parsed: ScheduledReminder,
  locale: ReminderLocale,
  phrases: ReminderPhraseSet,
): string {
  if (!parsed.leadMinutes) return time;
  return `${time} ${fillTemplate(phrases.leadNote, { lead: durationLabel(locale, parsed.leadMinutes) })}`;
}

function daysBetween(from: WallClock, to: WallClock): number {
  const start = Date.UTC(from.year, from.month - 1, from.day);
  const end = Date.UTC(to.year, to.month - 1, to.day);
  return Math.round((end - start) / DAY_MS);
}
