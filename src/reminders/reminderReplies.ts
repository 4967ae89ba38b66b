/** What a person can do with a delivered reminder. */
export const REMINDER_ACTIONS = ['done', 'snooze10', 'snooze60', 'skip', 'stop'] as const;
export type ReminderAction = (typeof REMINDER_ACTIONS)[number];

/** A reply to a reminder: the action and the short reference of the occurrence it answers. */
export interface ReminderReply {
  action: ReminderAction;
  /** The first 8 characters of the occurrence id (lower-case hex). */
  ref: string;
}

/** Characters of the occurrence id carried in a reply: enough to be unique among one person's. */
export const OCCURRENCE_REF_LENGTH = 8;

/**
 * The value a reminder button sends back: `<action> #<ref>`, e.g. "snooze10 #3f9a2b1c".
 *
 * The value is what Web Chat shows as the person's own message after a tap, so it stays short and
 * readable; the `#` marks the reference so the verb alone ("done", "skip") typed without it can be
 * told apart by the dialogs (they then apply it to the person's latest reminder). "stop #ref"
 * stops one reminder; it is deliberately not a bare STOP, which is the full messaging opt-out.
 */
export function reminderReplyValue(action: ReminderAction, occurrenceId: string): string {
  return `${action} #${occurrenceRef(occurrenceId)}`;
}

/** The short reference of an occurrence id. */
export function occurrenceRef(occurrenceId: string): string {
  return occurrenceId.replace(/-/g, '').slice(0, OCCURRENCE_REF_LENGTH).toLowerCase();
}

const REPLY = new RegExp(
  `^\\s*(${REMINDER_ACTIONS.join('|')})\\s*#([0-9a-f]{${OCCURRENCE_REF_LENGTH}})\\s*$`,
  'i',
);

/** Reads a button value back; anything else (including free text) gives undefined. */
export function parseReminderReply(text: string): ReminderReply | undefined {
  const match = REPLY.exec(text);
  if (!match) return undefined;
  return { action: match[1].toLowerCase() as ReminderAction, ref: match[2].toLowerCase() };
}
