import { DateTime } from 'luxon';

/** A person's practice summary, as shown after "Done" and in "my stats". */
export interface PracticeStats {
  /** Practices logged in the last 7 days (a rolling week, not the calendar week). */
  thisWeek: number;
  /** Consecutive local days with at least one practice, ending today (or yesterday). */
  streakDays: number;
}

const DAY_MS = 86_400_000;

/**
 * Computes the stats from practice times. A streak still counts on a day with no practice yet,
 * as long as yesterday had one: it is broken only once a whole local day passes without practice.
 */
export function practiceStats(completedAt: readonly Date[], now: Date, timeZone: string): PracticeStats {
  const weekStart = now.getTime() - 7 * DAY_MS;
  const thisWeek = completedAt.filter((d) => d.getTime() > weekStart && d.getTime() <= now.getTime()).length;
  const days = new Set(completedAt.map((d) => localDay(d, timeZone)));
  let day = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  if (!days.has(day.toISODate() ?? '')) day = day.minus({ days: 1 });
  let streakDays = 0;
  while (days.has(day.toISODate() ?? '')) {
    streakDays += 1;
    day = day.minus({ days: 1 });
  }
  return { thisWeek, streakDays };
}

function localDay(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate() ?? '';
}
