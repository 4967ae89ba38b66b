import { DateTime } from 'luxon';
import {
  parseReminder,
  type ParsedReminder,
  type ReminderLocale,
  type ScheduledReminder,
} from '../../src/reminders/reminderParser';

/** An instant from a local ISO date-time in `zone` ("2026-11-30T15:00" → that wall clock there). */
export function at(localIso: string, zone: string): Date {
  const parsed = DateTime.fromISO(localIso, { zone });
  if (!parsed.isValid) throw new Error(`bad test date ${localIso}`);
  return parsed.toJSDate();
}

/** The instant as an ISO string with the zone's offset, e.g. 2026-12-01T18:00:00.000-05:00. */
export function localIso(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISO() ?? 'invalid';
}

/** Parses and fails the test with the actual result unless a reminder was scheduled. */
export function scheduled(
  text: string,
  now: Date,
  timeZone: string,
  locale: ReminderLocale,
): ScheduledReminder {
  const result: ParsedReminder = parseReminder(text, { now, timeZone, locale });
  if (!('kind' in result))
    throw new Error(`expected a reminder for "${text}", got ${JSON.stringify(result)}`);
  return result;
}
