import { DateTime } from 'luxon';
import { nextOccurrence } from './recurrence';
import { assertTimeZone } from './wallClock';

/** A session's local start as stored in Cohort.cancelled: "2026-12-08T18:00". */
export type SessionKey = string;

/** The local date-time key of a session instant in the cohort's zone. */
export function sessionKey(instant: Date, timeZone: string): SessionKey {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** Parses the comma list of cancelled sessions (blank entries ignored). */
export function parseCancelled(list: string | null | undefined): Set<SessionKey> {
  return new Set(
    (list ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/** The list with `key` added, sorted and without duplicates, for Cohort.cancelled. */
export function addCancelled(list: string, key: SessionKey): string {
  return [...parseCancelled(list).add(key)].sort().join(',');
}

/**
 * The instant of a session given as a local date-time ("2026-12-08T18:00") in the cohort's zone,
 * or an error message when the text is not a real date-time or no session of `schedule` starts
 * then. Used to validate staff input before cancelling.
 */
export function findSession(schedule: string, timeZone: string, localText: string): Date | string {
  assertTimeZone(timeZone);
  const local = DateTime.fromFormat(localText.trim(), "yyyy-MM-dd'T'HH:mm", { zone: timeZone });
  if (!local.isValid) return `"${localText}" is not a valid local date-time (expected YYYY-MM-DDTHH:MM)`;
  const instant = local.toJSDate();
  const found = nextOccurrence(schedule, timeZone, new Date(instant.getTime() - 60_000));
  if (!found || sessionKey(found, timeZone) !== sessionKey(instant, timeZone)) {
    return `no session of this cohort starts at ${localText} (${timeZone})`;
  }
  return found;
}
