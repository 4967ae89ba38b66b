import { nextOccurrence } from '../../../src/reminders/recurrence';
import type {
  DeliveredReminder,
  NewReminder,
  ReminderOwner,
  ReminderPort,
  ReminderSchedule,
  ReminderView,
  SnoozeMinutes,
} from '../../../dialogs/reminderPort';
import type { FakePracticePort } from './fakePorts';

interface StoredReminder extends ReminderView {
  owner: ReminderOwner;
  language: string;
  ended: boolean;
}

interface StoredOccurrence {
  ref: string;
  reminderId: string;
  sentAt: Date;
  status: 'sent' | 'snoozed' | 'skipped' | 'done';
  dueAt?: Date;
}

const DAY_MS = 86_400_000;

/**
 * An in-memory ReminderPort with the rules a real store must follow: everything scoped to the
 * person, "done" notes a practice once per message, stopped reminders leave the list.
 */
export class FakeReminderPort implements ReminderPort {
  readonly reminders: StoredReminder[] = [];
  readonly occurrences: StoredOccurrence[] = [];
  private counter = 0;

  constructor(
    private readonly practice: FakePracticePort,
    private readonly clock: () => Date,
  ) {}

  async create(owner: ReminderOwner, reminder: NewReminder): Promise<ReminderView> {
    if (reminder.firstAt.getTime() <= this.clock().getTime())
      throw new RangeError('first time already passed');
    const stored: StoredReminder = {
      id: `r${++this.counter}`,
      kind: reminder.kind,
      what: reminder.what,
      ...(reminder.skillId ? { skillId: reminder.skillId } : {}),
      rrule: reminder.rrule,
      timeZone: reminder.timeZone,
      leadMinutes: reminder.leadMinutes,
      status: 'active',
      nextAt: reminder.firstAt,
      owner,
      language: reminder.language,
      ended: false,
    };
    this.reminders.push(stored);
    return view(stored);
  }

  async list(userHash: string): Promise<ReminderView[]> {
    return this.mine(userHash).map(view);
  }

  async setPaused(userHash: string, ids: readonly string[], paused: boolean): Promise<number> {
    let changed = 0;
    for (const reminder of this.mine(userHash).filter((r) => ids.includes(r.id))) {
      const status = paused ? 'paused' : 'active';
      if (reminder.status === status) continue;
      reminder.status = status;
      if (!paused && reminder.rrule) {
        const lead = reminder.leadMinutes * 60_000;
        const event = nextOccurrence(
          reminder.rrule,
          reminder.timeZone,
          new Date(this.clock().getTime() + lead),
        );
        reminder.nextAt = event ? new Date(event.getTime() - lead) : null;
      }
      changed += 1;
    }
    return changed;
  }

  async reschedule(userHash: string, id: string, schedule: ReminderSchedule): Promise<boolean> {
    const reminder = this.mine(userHash).find((r) => r.id === id);
    if (!reminder) return false;
    Object.assign(reminder, schedule, { status: 'active' });
    return true;
  }

  async remove(userHash: string, id: string): Promise<boolean> {
    const index = this.reminders.findIndex((r) => r.id === id && r.owner.userHash === userHash);
    if (index < 0) return false;
    this.reminders.splice(index, 1);
    return true;
  }

  async removeAll(userHash: string): Promise<number> {
    const mine = this.reminders.filter((r) => r.owner.userHash === userHash);
    for (const reminder of mine) this.reminders.splice(this.reminders.indexOf(reminder), 1);
    return mine.length;
  }

  async findDelivered(
    userHash: string,
    now: Date,
    occurrenceRef?: string,
  ): Promise<DeliveredReminder | null> {
    const occurrence = this.ownOccurrences(userHash)
      .filter((o) => (occurrenceRef ? o.ref === occurrenceRef : now.getTime() - o.sentAt.getTime() <= DAY_MS))
      .sort((a, b) => b.sentAt.getTime() - a.sentAt.getTime())[0];
    if (!occurrence) return null;
    const reminder = this.reminders.find((r) => r.id === occurrence.reminderId) as StoredReminder;
    return {
      occurrenceRef: occurrence.ref,
      reminderId: reminder.id,
      kind: reminder.kind,
      what: reminder.what,
      ...(reminder.skillId ? { skillId: reminder.skillId } : {}),
      sentAt: occurrence.sentAt,
    };
  }

  async done(userHash: string, occurrenceRef: string): Promise<boolean> {
    const occurrence = this.occurrence(userHash, occurrenceRef);
    if (!occurrence) return false;
    const reminder = this.reminders.find((r) => r.id === occurrence.reminderId) as StoredReminder;
    if (occurrence.status !== 'done' && reminder.kind !== 'session') {
      await this.practice.log(userHash, reminder.skillId ?? null);
    }
    occurrence.status = 'done';
    return true;
  }

  async snooze(userHash: string, occurrenceRef: string, minutes: SnoozeMinutes): Promise<Date | null> {
    const occurrence = this.occurrence(userHash, occurrenceRef);
    if (!occurrence || occurrence.status === 'skipped') return null;
    occurrence.status = 'snoozed';
    occurrence.dueAt = new Date(this.clock().getTime() + minutes * 60_000);
    return occurrence.dueAt;
  }

  async skip(userHash: string, occurrenceRef: string): Promise<boolean> {
    const occurrence = this.occurrence(userHash, occurrenceRef);
    if (!occurrence) return false;
    occurrence.status = 'skipped';
    return true;
  }

  async stop(userHash: string, occurrenceRef: string): Promise<boolean> {
    const occurrence = this.occurrence(userHash, occurrenceRef);
    if (!occurrence) return false;
    (this.reminders.find((r) => r.id === occurrence.reminderId) as StoredReminder).ended = true;
    return true;
  }

  /** Test helper: pretends the dispatcher sent a message for this reminder at `sentAt`; returns its ref. */
  deliver(reminderId: string, sentAt: Date): string {
    const ref = `${(++this.counter).toString(16).padStart(8, '0')}`;
    this.occurrences.push({ ref, reminderId, sentAt, status: 'sent' });
    return ref;
  }

  private mine(userHash: string): StoredReminder[] {
    return this.reminders.filter((r) => r.owner.userHash === userHash && !r.ended);
  }

  private ownOccurrences(userHash: string): StoredOccurrence[] {
    const ids = new Set(this.mine(userHash).map((r) => r.id));
    return this.occurrences.filter((o) => ids.has(o.reminderId));
  }

  private occurrence(userHash: string, ref: string): StoredOccurrence | undefined {
    return this.ownOccurrences(userHash).find((o) => o.ref === ref);
  }
}

function view(stored: StoredReminder): ReminderView {
  const { owner: _owner, language: _language, ended: _ended, ...rest } = stored;
  return { ...rest };
}
