import type { Language } from '../channels/outboundMessage';
import type { Reminder } from '../generated/sqlite/client';
import type { FieldCipher } from '../storage/fieldCipher';

export type ReminderKind = 'custom' | 'skill' | 'session';

export interface NewReminder {
  userHash: string;
  /** ConversationReferenceStore key ("channelId|conversationId") to deliver to. */
  conversationKey: string;
  channelId: string;
  kind: ReminderKind;
  /** What to remind about, in the person's words; stored sealed. */
  what: string;
  skillId?: string | null;
  cohortId?: string | null;
  /** RRULE of the event time; null or absent for a one-time reminder. */
  rrule?: string | null;
  timeZone: string;
  leadMinutes?: number;
  language?: Language;
  respectQuietHours?: boolean;
  /**
   * The first firing (event time minus lead), e.g. the parser's `next`. Required for a one-time
   * reminder; a recurring one defaults to the rule's next event after now.
   */
  firstAt?: Date;
}

/** A reminder as the dialogs see it, with its text opened. */
export interface ReminderView {
  id: string;
  kind: string;
  what: string;
  skillId: string | null;
  cohortId: string | null;
  rrule: string | null;
  timeZone: string;
  leadMinutes: number;
  language: Language;
  respectQuietHours: boolean;
  status: string;
  /** When the next message is due, if one is queued. */
  nextAt: Date | null;
}

export interface TimeChange {
  rrule?: string | null;
  timeZone?: string;
  leadMinutes?: number;
  firstAt?: Date;
}

/** The dialogs' view of a stored reminder: text opened, language narrowed. */
export function toReminderView(r: Reminder, cipher: FieldCipher, nextAt: Date | null): ReminderView {
  return {
    id: r.id,
    kind: r.kind,
    what: cipher.open(r.what),
    skillId: r.skillId,
    cohortId: r.cohortId,
    rrule: r.rrule,
    timeZone: r.timeZone,
    leadMinutes: r.leadMinutes,
    language: r.language === 'es' ? 'es' : 'en',
    respectQuietHours: r.respectQuietHours,
    status: r.status,
    nextAt,
  };
}
