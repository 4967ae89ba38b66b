import { RRule, type Options } from 'rrule';
import { WEEKDAY_CODES, type WeekdayCode } from './reminderTypes';
import {
  assertTimeZone,
  floatingAsWallClock,
  fromWallClock,
  toWallClock,
  wallClockAsFloating,
  type WallClock,
} from './wallClock';

export { describeSchedule } from './describeSchedule';
export { WEEKDAY_CODES, type WeekdayCode } from './reminderTypes';

const DAY_MS = 86_400_000;
/** Guards against rules that never produce a usable instant (e.g. UNTIL already passed). */
const MAX_CANDIDATES = 1000;

/**
 * Builds the RRULE (without the "RRULE:" prefix) for a reminder at `hour`:`minute` local time on
 * the given weekdays. All seven days give FREQ=DAILY.
 */
export function buildRecurrenceRule(days: readonly WeekdayCode[], hour: number, minute: number): string {
  const time = `BYHOUR=${hour};BYMINUTE=${minute}`;
  const unique = WEEKDAY_CODES.filter((code) => days.includes(code));
  if (unique.length === 0 || unique.length === WEEKDAY_CODES.length) return `FREQ=DAILY;${time}`;
  return `FREQ=WEEKLY;BYDAY=${unique.join(',')};${time}`;
}

/**
 * The first occurrence of `rrule` strictly after `after`, or null when the rule has ended.
 *
 * The rule is evaluated on the wall clock of `timeZone` (a daily 9:00 stays 9:00 local across
 * DST changes). A local time skipped by spring-forward fires at the end of the gap; a local time
 * repeated by fall-back fires once, at its first occurrence. A DTSTART without "Z" (with or
 * without TZID) is read as wall-clock time in `timeZone`. A rule without DTSTART should carry
 * BYHOUR and BYMINUTE, otherwise its clock time is taken from `after`.
 */
export function nextOccurrence(rrule: string, timeZone: string, after: Date): Date | null {
  assertTimeZone(timeZone);
  const options = parseRuleOptions(rrule, timeZone);
  const floatingAfter = wallClockAsFloating(toWallClock(after, timeZone));
  // Start a day early: after fall-back, an instant past `after` can show an earlier clock time.
  const searchFrom = new Date(floatingAfter.getTime() - DAY_MS);
  const rule = new RRule({ ...options, dtstart: options.dtstart ?? startOfMinute(searchFrom), tzid: null });
  let cursor = searchFrom;
  let inclusive = true;
  for (let i = 0; i < MAX_CANDIDATES; i += 1) {
    const candidate = rule.after(cursor, inclusive);
    if (!candidate) return null;
    const instant = fromWallClock(floatingAsWallClock(candidate), timeZone);
    if (instant.getTime() > after.getTime()) return instant;
    cursor = candidate;
    inclusive = false;
  }
  return null;
}

function parseRuleOptions(rrule: string, timeZone: string): Partial<Options> {
  const text = rrule.trim();
  if (text.length === 0) throw new RangeError('Empty recurrence rule');
  const withPrefix = /(^|\n)\s*(RRULE:|DTSTART)/i.test(text) ? text : `RRULE:${text}`;
  const options = RRule.parseString(withPrefix);
  if (options.freq === undefined) throw new RangeError('Recurrence rule has no FREQ');
  if (options.dtstart && /DTSTART[^:\n]*:\d{8}T\d{6}Z/i.test(text)) {
    // A UTC DTSTART is an absolute instant: turn it into the zone's wall clock first.
    options.dtstart = wallClockAsFloating(toWallClock(options.dtstart, timeZone));
  }
  return options;
}

function startOfMinute(date: Date): Date {
  const wall: WallClock = { ...floatingAsWallClock(date), second: 0 };
  return wallClockAsFloating(wall);
}
