import { parseCancelled, sessionKey } from './cohortSessions';
import { applyQuietHours, type QuietHoursWindow } from './quietHours';
import { nextOccurrence } from './recurrence';

/** The reminder fields that decide when its occurrences fire. */
export interface ReminderSchedule {
  id: string;
  kind: string;
  rrule: string | null;
  timeZone: string;
  leadMinutes: number;
  respectQuietHours: boolean;
  /** Set for session reminders: the cohort's cancelled sessions. */
  cohort?: { cancelled: string } | null;
}

const MINUTE_MS = 60_000;
/** A cohort could cancel many sessions in a row; this only stops a runaway loop. */
const MAX_CANCELLED_SKIPS = 500;

/** The idempotency key of the regular occurrence at `scheduledFor`: one per reminder and time. */
export function regularKey(reminderId: string, scheduledFor: Date): string {
  return `${reminderId}|${scheduledFor.toISOString()}`;
}

/** The key of the occurrence a snooze of `sourceKey` creates (one per reminder message). */
export function snoozeKey(sourceKey: string): string {
  return `${sourceKey}|snooze`;
}

/** True for an occurrence that comes from the schedule (not a snooze): only those advance the series. */
export function isRegular(
  reminderId: string,
  occurrence: { scheduledFor: Date; idempotencyKey: string },
): boolean {
  return occurrence.idempotencyKey === regularKey(reminderId, occurrence.scheduledFor);
}

/**
 * The next firing time (event time minus lead) after the firing `previous`, and never in the past
 * of `now`: after downtime the series resumes at the next future event instead of replaying every
 * missed one. Cancelled cohort sessions are passed over. Null for a one-time reminder or a rule
 * that has ended.
 */
export function nextFiring(schedule: ReminderSchedule, previous: Date | null, now: Date): Date | null {
  if (!schedule.rrule) return null;
  const leadMs = schedule.leadMinutes * MINUTE_MS;
  const floor = Math.max(previous ? previous.getTime() + leadMs : 0, now.getTime() + leadMs);
  const cancelled = parseCancelled(schedule.cohort?.cancelled);
  let after = new Date(floor);
  for (let i = 0; i < MAX_CANCELLED_SKIPS; i += 1) {
    const event = nextOccurrence(schedule.rrule, schedule.timeZone, after);
    if (!event) return null;
    if (!cancelled.has(sessionKey(event, schedule.timeZone))) return new Date(event.getTime() - leadMs);
    after = event;
  }
  return null;
}

/** The firing of the first regular occurrence of a recurring reminder, counted from `now`. */
export function firstFiring(schedule: ReminderSchedule, now: Date): Date | null {
  return nextFiring(schedule, null, now);
}

/**
 * When to send the firing at `scheduledFor`. Skill-practice reminders never arrive in the
 * person's quiet hours (they move to the window's end). A custom reminder is at the exact time the
 * person chose ("at 10pm, take my meds"), and a session reminder is time-bound, so each moves only
 * when the person asked for that (`respectQuietHours`).
 */
export function dueAtFor(schedule: ReminderSchedule, scheduledFor: Date, quiet: QuietHoursWindow): Date {
  const quietApplies = schedule.kind === 'skill' || schedule.respectQuietHours;
  return quietApplies ? applyQuietHours(scheduledFor, schedule.timeZone, quiet) : scheduledFor;
}
