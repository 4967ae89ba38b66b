import { DateTime } from 'luxon';
import type { Language } from '../../../src/channels/outboundMessage';
import type { ConsentEvent, ConsentPort } from '../../../dialogs/consentPort';
import type {
  CohortPort,
  CohortView,
  PracticePort,
  PracticeStats,
  ReminderOwner,
} from '../../../dialogs/reminderPort';

const WEEK_MS = 7 * 86_400_000;

/** Practice log in memory: the last 7 days count as the week; streak days are local to the zone. */
export class FakePracticePort implements PracticePort {
  readonly entries: { userHash: string; skillId: string | null; at: Date }[] = [];

  constructor(private readonly clock: () => Date) {}

  async log(userHash: string, skillId: string | null): Promise<void> {
    this.entries.push({ userHash, skillId, at: this.clock() });
  }

  async stats(userHash: string, timeZone: string): Promise<PracticeStats> {
    const now = this.clock();
    const mine = this.entries.filter((e) => e.userHash === userHash);
    const local = (d: Date) => DateTime.fromJSDate(d, { zone: timeZone });
    const thisWeek = mine.filter((e) => e.at.getTime() > now.getTime() - WEEK_MS && e.at <= now).length;
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

/** Groups by join code (case forgiven); joins recorded as made, a second join updating the first. */
export class FakeCohortPort implements CohortPort {
  readonly joins: { owner: ReminderOwner; code: string; leadMinutes: number; language: Language }[] = [];

  constructor(private readonly cohorts: CohortView[]) {}

  async findByCode(code: string): Promise<CohortView | null> {
    return this.cohorts.find((c) => c.code === code.toUpperCase()) ?? null;
  }

  async join(owner: ReminderOwner, code: string, leadMinutes: number, language: Language): Promise<boolean> {
    if (!(await this.findByCode(code))) return false;
    const existing = this.joins.find((j) => j.code === code && j.owner.userHash === owner.userHash);
    if (existing) existing.leadMinutes = leadMinutes;
    else this.joins.push({ owner, code, leadMinutes, language });
    return true;
  }
}
