import { analyseReminderText } from './analyseReminderText';
import { nextOccurrence } from './recurrence';
import type { ReminderLocale, ScheduledReminder } from './reminderTypes';
import { languageOf } from './scheduleFormat';
import { fromWallClock, toWallClock } from './wallClock';

const MINUTE_MS = 60_000;

/** The schedule of a saved reminder. */
export interface SavedSchedule {
  rrule: string | null;
  timeZone: string;
  leadMinutes: number;
  /** When it fires next; null when nothing is ahead. */
  nextAt: Date | null;
}

/** A saved reminder's new rule and first firing time. */
export interface NewSchedule {
  rrule: string | null;
  nextAt: Date;
}

/**
 * Applies "change it to 9pm" to a saved reminder. `requested` is the parse of the new time in the
 * reminder's zone; `namesDay` says whether that text named a day or date of its own. A repeating
 * reminder keeps its days and takes the new clock time, unless the text gave new days; a one-time
 * reminder keeps its date unless the text gave one. The lead time is kept. Null when the result
 * would already be past.
 */
export function rescheduleReminder(
  saved: SavedSchedule,
  requested: ScheduledReminder,
  namesDay: boolean,
  now: Date,
): NewSchedule | null {
  const leadMs = saved.leadMinutes * MINUTE_MS;
  const requestedEvent = new Date(requested.next.getTime() + (requested.leadMinutes ?? 0) * MINUTE_MS);
  const clock = toWallClock(requestedEvent, saved.timeZone);
  if (saved.rrule || requested.rrule) {
    const rrule =
      requested.rrule && (namesDay || !saved.rrule) ? requested.rrule : withClock(saved.rrule ?? '', clock);
    const event = nextOccurrence(rrule, saved.timeZone, new Date(now.getTime() + leadMs));
    return event ? { rrule, nextAt: new Date(event.getTime() - leadMs) } : null;
  }
  const event = namesDay || !saved.nextAt ? requestedEvent : sameDayAt(saved, clock);
  const nextAt = new Date(event.getTime() - leadMs);
  return nextAt.getTime() > now.getTime() ? { rrule: null, nextAt } : null;
}

function sameDayAt(saved: SavedSchedule, clock: { hour: number; minute: number }): Date {
  const savedEvent = new Date((saved.nextAt as Date).getTime() + saved.leadMinutes * MINUTE_MS);
  const wall = toWallClock(savedEvent, saved.timeZone);
  return fromWallClock({ ...wall, hour: clock.hour, minute: clock.minute, second: 0 }, saved.timeZone);
}

/** The rule with its BYHOUR/BYMINUTE set to `clock` (added when missing). */
function withClock(rrule: string, clock: { hour: number; minute: number }): string {
  const parts = rrule.split(';').filter((part) => part !== '' && !/^BY(?:HOUR|MINUTE|SECOND)=/i.test(part));
  return [...parts, `BYHOUR=${clock.hour}`, `BYMINUTE=${clock.minute}`].join(';');
}

/** Whether a new-time text names a day, date, repeat or delay of its own ("Friday at 9", "in 2 hours"). */
export function namesDay(text: string, locale: ReminderLocale, now: Date, timeZone: string): boolean {
  const analysis = analyseReminderText(text, languageOf(locale), toWallClock(now, timeZone));
  return analysis.date !== null || analysis.repeat !== null || analysis.relativeSeconds !== null;
}
