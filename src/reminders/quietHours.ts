import { addWallDays, assertTimeZone, fromWallClock, toWallClock } from './wallClock';

/** A daily window of local clock times, "HH:MM" 24-hour. `start` after `end` spans midnight. */
export interface QuietHoursWindow {
  start: string;
  end: string;
}

/**
 * Moves `at` to the end of the quiet-hours window when it falls inside it, judged on the local
 * clock of `timeZone`; times outside the window are returned unchanged. With "21:00"–"08:00",
 * 23:30 and 06:00 both move to 08:00 (of the next and the same morning). An end time skipped by
 * a DST change becomes the first instant after the gap. Equal start and end mean no window.
 */
export function applyQuietHours(at: Date, timeZone: string, window: QuietHoursWindow): Date {
  assertTimeZone(timeZone);
  const start = minutesOfDay(window.start);
  const end = minutesOfDay(window.end);
  if (start === end) return at;
  const local = toWallClock(at, timeZone);
  const minute = local.hour * 60 + local.minute;
  const spansMidnight = start > end;
  const inside = spansMidnight ? minute >= start || minute < end : minute >= start && minute < end;
  if (!inside) return at;
  const endToday = { ...local, hour: Math.floor(end / 60), minute: end % 60, second: 0 };
  const endsTomorrow = spansMidnight && minute >= start;
  return fromWallClock(endsTomorrow ? addWallDays(endToday, 1) : endToday, timeZone);
}

/** "21:00" → 1260. Throws a RangeError for anything but a valid 24-hour "H:MM" or "HH:MM". */
function minutesOfDay(value: string): number {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  if (!match) throw new RangeError(`Invalid quiet-hours time "${value}", expected HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}
