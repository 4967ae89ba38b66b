import { DateTime } from 'luxon';
import type { Language } from '../../../src/channels/outboundMessage';
import type { ConsentEvent, ConsentPort } from '../../../dialogs/consentPort';
import type {
  CohortPort,
  CohortView,
  PracticeEntry,
  PracticePort,
  PracticeStats,
  ReminderOwner,
} from '../../../dialogs/reminderPort';

/** Practice log in memory; the week starts Monday and days are counted in the given zone. */
export class FakePracticePort implements PracticePort {
  readonly entries: (PracticeEntry & { userHash: string })[] = [];

  async log(userHash: string, entry: PracticeEntry): Promise<void> {
    this.entries.push({ ...entry, userHash });
  }

  async stats(userHash: string, now: Date, timeZone: string): Promise<PracticeStats> {
    const mine = this.entries.filter((e) => e.userHash === userHash);
    const local = (d: Date) => DateTime.fromJSDate(d, { zone: timeZone });
    const weekStart = local(now).startOf('week');
    const thisWeek = mine.filter((e) => local(e.at) >= weekStart && e.at <= now).length;
    const days = new Set(mine.map((e) => local(e.at).toISODate()));
    let day = local(now).startOf('day');
    if (!days.has(day.toISODate())) day = day.minus({ days: 1 });
    let streakDays = 0;
    while (days.has(day.toISODate())) {
      streakDays += 1;
      day = day.minus({ days: 1 });
    }
    return { thisWeek, streakDays };
  }
}

/** Opt-outs in a set, with every event kept so tests can count them. */
export class FakeConsentPort implements ConsentPort {
  readonly optedOut = new Set<string>();
  readonly events: (ConsentEvent & { action: 'opt_in' | 'opt_out' })[] = [];

  async isOptedOut(userHash: string): Promise<boolean> {
    return this.optedOut.has(userHash);
  }

  async optOut(event: ConsentEvent): Promise<boolean> {
    this.events.push({ ...event, action: 'opt_out' });
    const changed = !this.optedOut.has(event.userHash);
    this.optedOut.add(event.userHash);
    return changed;
  }

  async optIn(event: ConsentEvent): Promise<boolean> {
    this.events.push({ ...event, action: 'opt_in' });
    return this.optedOut.delete(event.userHash);
  }
}

/** Groups by join code; joins recorded as made. */
export class FakeCohortPort implements CohortPort {
  readonly joins: { owner: ReminderOwner; cohortId: string; leadMinutes: number; language: Language }[] = [];

  constructor(private readonly cohorts: (CohortView & { joinCode: string })[]) {}

  async findByCode(code: string): Promise<CohortView | null> {
    const found = this.cohorts.find((c) => c.joinCode.toUpperCase() === code.toUpperCase());
    if (!found) return null;
    const { joinCode: _code, ...cohort } = found;
    return cohort;
  }

  async join(owner: ReminderOwner, cohortId: string, leadMinutes: number, language: Language): Promise<void> {
    const existing = this.joins.find((j) => j.cohortId === cohortId && j.owner.userHash === owner.userHash);
    if (existing) existing.leadMinutes = leadMinutes;
    else this.joins.push({ owner, cohortId, leadMinutes, language });
  }
}
