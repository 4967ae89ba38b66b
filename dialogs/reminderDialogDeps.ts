import type { ReminderDialogText } from '../src/reminders/reminderDialogText';
import type { ConsentPort } from './consentPort';
import type { PracticePort, ReminderOwner, ReminderPort, SkillCatalog, TimeZoneLookup } from './reminderPort';
import type { PendingPrompt, TurnInput } from './turnTypes';

/** What ReminderDialog is built from. */
export interface ReminderDialogOptions {
  reminders: ReminderPort;
  practice: PracticePort;
  consent: ConsentPort;
  /** Suggests a zone from a saved ZIP or state; `sharedGeocoder()` fits. */
  timeZones: TimeZoneLookup;
  /** When given, a reminder whose subject names an exercise is saved as a skill reminder. */
  skills?: SkillCatalog;
  /** Defaults to the bundled content/reminders/dialog-text.json. */
  text?: ReminderDialogText;
}

/** The options with the text resolved, as the reminder dialog's parts share them. */
export type ReminderDialogDeps = Required<Omit<ReminderDialogOptions, 'skills'>> &
  Pick<ReminderDialogOptions, 'skills'>;

/** The name under which the reminder dialog's questions wait in conversation.pending. */
export const REMINDER_DIALOG_NAME = 'reminders';

/** Leaves a question waiting for the reminder dialog. */
export function awaitAnswer(input: TurnInput, step: string, data: Record<string, unknown>): void {
  input.conversation.pending = { dialog: REMINDER_DIALOG_NAME, step, data } satisfies PendingPrompt;
}

/** The person the reminder belongs to and the conversation it will be sent to. */
export function ownerOf(input: TurnInput): ReminderOwner {
  return { userHash: input.userHash, conversationKey: input.conversationKey, channelId: input.channelId };
}

/** The zone this person's reminders follow: the client's (remembered), else the one saved. */
export function knownTimeZone(input: TurnInput): string | undefined {
  if (input.clientTimeZone) input.user.timeZone = input.clientTimeZone;
  return input.user.timeZone;
}
