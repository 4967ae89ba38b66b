import type { Language } from '../src/channels/outboundMessage';

/**
 * What the reminder, skill-practice and group dialogs need from the reminders capability. Every
 * call is scoped by `userHash`, so a reminder id from one person never reaches another's data.
 */

/** Who a reminder belongs to and where it is delivered. */
export interface ReminderOwner {
  userHash: string;
  /** channelId|conversationId of the conversation the reminder is sent to. */
  conversationKey: string;
  channelId: string;
}

export type ReminderKind = 'custom' | 'skill' | 'session';

/** A reminder the person confirmed. */
export interface NewReminder {
  kind: ReminderKind;
  what: string;
  skillId?: string;
  /** RFC 5545 rule of the event's wall-clock time in `timeZone`; null for a one-time reminder. */
  rrule: string | null;
  timeZone: string;
  /** When the first reminder fires (already `leadMinutes` before the event). */
  firstAt: Date;
  leadMinutes: number;
  language: Language;
}

/** A reminder as the person's list shows it. */
export interface ReminderView {
  id: string;
  kind: ReminderKind;
  what: string;
  skillId?: string;
  rrule: string | null;
  timeZone: string;
  leadMinutes: number;
  status: 'active' | 'paused';
  /** When it fires next; for a paused reminder, when it would. Null when nothing is ahead. */
  nextAt: Date | null;
}

/** A new time for an existing reminder. */
export interface ReminderSchedule {
  rrule: string | null;
  timeZone: string;
  leadMinutes: number;
  nextAt: Date;
}

/** One reminder message that was sent, which a reply (Done, Snooze, Skip, Stop) refers to. */
export interface DeliveredReminder {
  /** The occurrence's short reference, as carried by the message's buttons. */
  occurrenceRef: string;
  reminderId: string;
  kind: ReminderKind;
  what: string;
  skillId?: string;
  sentAt: Date;
}

/** Snooze lengths the buttons offer (and the store accepts). */
export type SnoozeMinutes = 10 | 60;

export interface ReminderPort {
  create(owner: ReminderOwner, reminder: NewReminder): Promise<ReminderView>;
  /** Active and paused reminders, oldest first (the order the list is numbered in). */
  list(userHash: string): Promise<ReminderView[]>;
  /** Pauses or resumes the given reminders; resolves with how many changed. */
  setPaused(userHash: string, reminderIds: readonly string[], paused: boolean): Promise<number>;
  /** Moves a reminder to a new time; false when it no longer exists. */
  reschedule(userHash: string, reminderId: string, schedule: ReminderSchedule): Promise<boolean>;
  remove(userHash: string, reminderId: string): Promise<boolean>;
  /** Deletes every reminder of the person; resolves with how many there were. */
  removeAll(userHash: string): Promise<number>;
  /**
   * The reminder message a reply refers to: the one with this reference when a button gave it,
   * otherwise the person's most recent one sent within the last 24 hours. Null when there is
   * none, so a stray "done" is left to the other dialogs.
   */
  findDelivered(userHash: string, now: Date, occurrenceRef?: string): Promise<DeliveredReminder | null>;
  /** Notes the practice (skill and custom reminders); false when the message is unknown. */
  done(userHash: string, occurrenceRef: string): Promise<boolean>;
  /** Sends the message again later; resolves with when, or null when it cannot be snoozed. */
  snooze(userHash: string, occurrenceRef: string, minutes: SnoozeMinutes): Promise<Date | null>;
  skip(userHash: string, occurrenceRef: string): Promise<boolean>;
  /** Ends the reminder this message came from ("Stop these reminders"); others are untouched. */
  stop(userHash: string, occurrenceRef: string): Promise<boolean>;
}

export interface PracticeStats {
  /** Practices in the last 7 days. */
  thisWeek: number;
  /** Consecutive local days with a practice, ending today or yesterday. */
  streakDays: number;
}

/** Practices done outside a reminder (a finished exercise) and the person's summary. */
export interface PracticePort {
  log(userHash: string, skillId: string | null): Promise<void>;
  stats(userHash: string, timeZone: string): Promise<PracticeStats>;
}

/** A program group whose sessions people can get reminders for. */
export interface CohortView {
  /** The join code in its canonical form. */
  code: string;
  name: string;
  /** RFC 5545 rule of the sessions' wall-clock start times in `timeZone`. */
  schedule: string;
  timeZone: string;
}

export interface CohortPort {
  /** The group with this join code (compared without regard to case), or null. */
  findByCode(code: string): Promise<CohortView | null>;
  /**
   * Adds the person (or updates their lead time) and schedules their session reminders; false
   * when the code no longer matches a group.
   */
  join(owner: ReminderOwner, code: string, leadMinutes: number, language: Language): Promise<boolean>;
}

/** Suggests a zone from what the person told the locator; `sharedGeocoder()` fits. */
export interface TimeZoneLookup {
  timeZoneForZip(zip: string): string | null;
  timeZoneForState(state: string): string | null;
}

/** One guided exercise in one language. */
export interface SkillTextView {
  title: string;
  intro: string;
  steps: string[];
  closing: string;
}

/** The guided exercises; `loadSkillLibrary()` fits. */
export interface SkillCatalog {
  skill(id: string): { id: string; en: SkillTextView; es: SkillTextView } | undefined;
  list(): { id: string; en: SkillTextView; es: SkillTextView }[];
  /** The exercise a message names, or null. */
  matchSkill(text: string): string | null;
}
