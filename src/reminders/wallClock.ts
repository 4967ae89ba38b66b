import { DateTime, IANAZone } from 'luxon';

/** A local calendar date and clock time, with no zone attached. Months are 1-12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * Zone names already found valid. Checking builds an Intl.DateTimeFormat, which is slow enough to
 * show in a turn's profile; only valid names are kept, so the set is bounded by the zone database.
 */
const knownZones = new Set<string>();

/** True when `timeZone` is an IANA zone name that this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.length === 0) return false;
  if (knownZones.has(timeZone)) return true;
  const valid = IANAZone.isValidZone(timeZone);
  if (valid) knownZones.add(timeZone);
  return valid;
}

/** Throws a RangeError naming the zone when it is not a known IANA zone. */
export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
}

/** The wall clock that `instant` shows in `timeZone`. */
export function toWallClock(instant: Date, timeZone: string): WallClock {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  const { year, month, day, hour, minute, second } = local;
  return { year, month, day, hour, minute, second };
}

/**
 * Encodes a wall clock as a "floating" Date: its UTC fields carry the local fields. This is how
 * the rrule package is fed, because it only does arithmetic correctly in UTC.
 */
export function wallClockAsFloating(wall: WallClock): Date {
  return new Date(floatingMs(wall));
}

/** Reads a floating Date (see wallClockAsFloating) back into a wall clock. */
export function floatingAsWallClock(floating: Date): WallClock {
  return {
    year: floating.getUTCFullYear(),
    month: floating.getUTCMonth() + 1,
    day: floating.getUTCDate(),
    hour: floating.getUTCHours(),
    minute: floating.getUTCMinutes(),
    second: floating.getUTCSeconds(),
  };
}

/** Adds whole calendar days to a wall clock, keeping the clock time. */
export function addWallDays(wall: WallClock, days: number): WallClock {
  return floatingAsWallClock(new Date(floatingMs(wall) + days * DAY_MS));
}

/**
 * The instant at which `timeZone` shows `wall`.
 *
 * When the clock shows that time twice (the fall-back hour) the earlier instant wins, so a
 * reminder fires once. When the time never exists (the spring-forward gap) the answer is the
 * first valid instant after the gap, e.g. 2:30 AM becomes 3:00 AM.
 */
export function fromWallClock(wall: WallClock, timeZone: string): Date {
  const zone = IANAZone.create(timeZone);
  const target = floatingMs(wall);
  const offsets = new Set([zone.offset(target - DAY_MS), zone.offset(target), zone.offset(target + DAY_MS)]);
  const valid = [...offsets]
    .map((offset) => target - offset * MINUTE_MS)
    .filter((instant) => zone.offset(instant) * MINUTE_MS === target - instant)
    .sort((a, b) => a - b);
  if (valid.length > 0) return new Date(valid[0]);
  return new Date(gapEnd(zone, target));
}

function floatingMs(wall: WallClock): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
}

/** Binary search (to the minute) for the transition instant that ends a skipped stretch of clock. */
function gapEnd(zone: IANAZone, target: number): number {
  const before = zone.offset(target - DAY_MS);
  const after = zone.offset(target + DAY_MS);
  let low = target - Math.max(before, after) * MINUTE_MS;
  let high = target - Math.min(before, after) * MINUTE_MS;
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (zone.offset(middle) === after) high = middle;
    else low = middle;
  }
  return high;
}
