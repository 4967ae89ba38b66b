import type { Language } from '../src/channels/outboundMessage';
import type { ReminderDialogTexts } from '../src/reminders/reminderDialogText';
import { fillText } from './fillText';
import { WEEKDAY_CODES, type ReminderLocale, type WeekdayCode } from '../src/reminders/reminderTypes';
import { atTime, dateLabel, durationLabel, weekdayName } from '../src/reminders/scheduleFormat';
import { toWallClock } from '../src/reminders/wallClock';

const MINUTE_MS = 60_000;
const WORKWEEK: readonly WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR'];

/** The schedule of a saved reminder or group, as far as a list line needs it. */
export interface StoredSchedule {
  rrule: string | null;
  timeZone: string;
  leadMinutes: number;
  nextAt: Date | null;
}

/** The reminder parser's locale for a reply language. */
export function localeOf(language: Language): ReminderLocale {
  return language === 'es' ? 'es-ES' : 'en-US';
}

/**
 * A saved schedule in a list line: "every Tuesday at 6:00 PM (reminder 1 hour before)",
 * "Tue, Dec 1 at 6:00 PM". Unlike the confirmation after a request, it says nothing about when
 * the reminder started, which would be stale for a reminder made last month.
 */
export function storedScheduleText(
  schedule: StoredSchedule,
  language: Language,
  texts: ReminderDialogTexts,
  now: Date,
): string {
  const locale = localeOf(language);
  const base = schedule.rrule
    ? recurringText(schedule.rrule, locale, texts)
    : onceText(schedule, locale, texts, now);
  if (!base || schedule.leadMinutes <= 0) return base ?? texts.schedule.notScheduled;
  return fillText(texts.schedule.lead, {
    schedule: base,
    lead: durationLabel(locale, schedule.leadMinutes),
  });
}

/** "Tue, Dec 1 at 6:00 PM" / "martes, 1 de diciembre a las 6:00 p. m." in `timeZone`. */
export function momentText(
  at: Date,
  timeZone: string,
  language: Language,
  texts: ReminderDialogTexts,
  now: Date,
): string {
  const locale = localeOf(language);
  const wall = toWallClock(at, timeZone);
  const withYear = wall.year !== toWallClock(now, timeZone).year;
  return fillText(texts.schedule.once, {
    date: dateLabel(locale, wall, withYear),
    time: atTime(locale, wall.hour, wall.minute),
  });
}

/** The event's clock time in a rule (BYHOUR/BYMINUTE), or null when the rule has none. */
export function ruleClock(rrule: string): { hour: number; minute: number } | null {
  const hour = /BYHOUR=(\d{1,2})/i.exec(rrule);
  if (!hour) return null;
  const minute = /BYMINUTE=(\d{1,2})/i.exec(rrule);
  return { hour: Number(hour[1]), minute: minute ? Number(minute[1]) : 0 };
}

function recurringText(rrule: string, locale: ReminderLocale, texts: ReminderDialogTexts): string | null {
  const clock = ruleClock(rrule);
  if (!clock) return null;
  const time = atTime(locale, clock.hour, clock.minute);
  const days = ruleDays(rrule);
  if (days.length === 0 || days.length === WEEKDAY_CODES.length) {
    return fillText(texts.schedule.everyDay, { time });
  }
  if (days.length === WORKWEEK.length && WORKWEEK.every((day) => days.includes(day))) {
    return fillText(texts.schedule.weekdays, { time });
  }
  const names = days.map((day) => weekdayName(locale, day));
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  return fillText(texts.schedule.days, { days: list, time });
}

function onceText(
  schedule: StoredSchedule,
  locale: ReminderLocale,
  texts: ReminderDialogTexts,
  now: Date,
): string | null {
  if (!schedule.nextAt) return null;
  const event = new Date(schedule.nextAt.getTime() + schedule.leadMinutes * MINUTE_MS);
  return momentText(event, schedule.timeZone, locale === 'es-ES' ? 'es' : 'en', texts, now);
}

function ruleDays(rrule: string): WeekdayCode[] {
  const match = /BYDAY=([A-Z,]+)/i.exec(rrule);
  if (!match) return [];
  const listed = match[1].toUpperCase().split(',');
  return WEEKDAY_CODES.filter((code) => listed.includes(code));
}
