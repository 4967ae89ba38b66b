import { nextOccurrence } from '../../../src/reminders/recurrence';
import type {
  DeliveredReminder,
  NewReminder,
  ReminderOwner,
  ReminderPort,
  ReminderSchedule,
  ReminderView,
} from '../../../dialogs/reminderPort';

interface StoredReminder extends ReminderView {
  owner: ReminderOwner;
  language: string;
  ended: boolean;
}

interface StoredOccurrence {
  id: string;
  reminderId: string;
  sentAt: Date;
  status: 'sent' | 'snoozed' | 'skipped';
  dueAt?: Date;
}

const DAY_MS = 86_400_000;

/** An in-memory ReminderPort with the same scoping rules a real store must follow. */
export class FakeReminderPort implements ReminderPort {
  readonly reminders: StoredReminder[] = [];
  readonly occurrences: StoredOccurrence[] = [];
  private counter = 0;

  async create(owner: ReminderOwner, reminder: NewReminder): Promise<ReminderView> {
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

  async setPaused(userHash: string, ids: readonly string[], paused: boolean, now: Date): Promise<number> {
    let changed = 0;
    for (const reminder of this.mine(userHash).filter((r) => ids.includes(r.id))) {
      const status = paused ? 'paused' : 'active';
      if (reminder.status === status) continue;
      reminder.status = status;
      if (!paused && reminder.rrule) {
        const lead = reminder.leadMinutes * 60_000;
        const event = nextOccurrence(reminder.rrule, reminder.timeZone, new Date(now.getTime() + lead));
        reminder.nextAt = event ? new Date(event.getTime() - lead) : null;
      }
      changed += 1;
    }
    return changed;
  }

  async reschedule(userHash: string, id: string, schedule: ReminderSchedule): Promise<boolean> {
    const reminder = this.mine(userHash).find((r) => r.id === id);
    if (!reminder) return false;
    Object.assign(reminder, schedule);
    return true;
  }

  async remove(userHash: string, id: string): Promise<boolean> {
    const index = this.reminders.findIndex((r) => r.id === id && r.owner.userHash === userHash);
    if (index < 0) return false;
    this.reminders.splice(index, 1);
    return true;
  }

  async removeAll(userHash: string): Promise<number> {
    const mine = this.mine(userHash);
    for (const reminder of mine) this.reminders.splice(this.reminders.indexOf(reminder), 1);
    return mine.length;
  }

  async findDelivered(userHash: string, now: Date, occurrenceId?: string): Promise<DeliveredReminder | null> {
    const candidates = this.occurrences
      .filter((o) => this.reminders.some((r) => r.id === o.reminderId && r.owner.userHash === userHash))
      .filter((o) => (occurrenceId ? o.id === occurrenceId : now.getTime() - o.sentAt.getTime() <= DAY_MS))
      .sort((a, b) => b.sentAt.getTime() - a.sentAt.getTime());
    const occurrence = candidates[0];
    if (!occurrence) return null;
    const reminder = this.reminders.find((r) => r.id === occurrence.reminderId) as StoredReminder;
    return {
      occurrenceId: occurrence.id,
      reminderId: reminder.id,
      kind: reminder.kind,
      what: reminder.what,
      ...(reminder.skillId ? { skillId: reminder.skillId } : {}),
      rrule: reminder.rrule,
      timeZone: reminder.timeZone,
      sentAt: occurrence.sentAt,
    };
  }

  async snooze(userHash: string, occurrenceId: string, until: Date): Promise<boolean> {
    const occurrence = this.ownOccurrence(userHash, occurrenceId);
    if (!occurrence || occurrence.status === 'skipped') return false;
    occurrence.status = 'snoozed';
    occurrence.dueAt = until;
    return true;
  }

  async skip(userHash: string, occurrenceId: string): Promise<boolean> {
    const occurrence = this.ownOccurrence(userHash, occurrenceId);
    if (!occurrence) return false;
    occurrence.status = 'skipped';
    return true;
  }

  async stop(userHash: string, reminderId: string): Promise<boolean> {
    const reminder = this.mine(userHash).find((r) => r.id === reminderId);
    if (!reminder) return false;
    reminder.ended = true;
    return true;
  }

  /** Test helper: pretends the dispatcher sent an occurrence of this reminder at `sentAt`. */
  deliver(reminderId: string, sentAt: Date): string {
    const id = `o${++this.counter}`;
    this.occurrences.push({ id, reminderId, sentAt, status: 'sent' });
    return id;
  }

  private mine(userHash: string): StoredReminder[] {
    return this.reminders.filter((r) => r.owner.userHash === userHash && !r.ended);
  }

  private ownOccurrence(userHash: string, occurrenceId: string): StoredOccurrence | undefined {
    return this.occurrences.find(
      (o) => o.id === occurrenceId && this.mine(userHash).some((r) => r.id === o.reminderId),
    );
  }
}

function view(stored: StoredReminder): ReminderView {
  const { owner: _owner, language: _language, ended: _ended, ...rest } = stored;
  return { ...rest };
}
