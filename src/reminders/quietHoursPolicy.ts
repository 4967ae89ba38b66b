import type { QuietHoursWindow } from './quietHours';

/** Where a person's quiet hours come from. */
export interface QuietHoursPolicy {
  windowFor(userHash: string): Promise<QuietHoursWindow>;
}

export const DEFAULT_QUIET_HOURS: QuietHoursWindow = { start: '21:00', end: '08:00' };

/**
 * The same window for everyone. The schema has no per-person setting yet; when it gains one, a
 * policy that reads it replaces this without touching the scheduler.
 */
export function fixedQuietHours(window: QuietHoursWindow = DEFAULT_QUIET_HOURS): QuietHoursPolicy {
  return { windowFor: async () => window };
}
