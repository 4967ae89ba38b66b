import type { TurnInput } from './turnTypes';

/**
 * The ids of the reminders last shown to the person, in the order shown, so "delete reminder 2"
 * means the second line they saw. Kept in the conversation's per-dialog scratch space.
 */
interface ReminderScratch {
  listed?: string[];
}

/** Notes the order in which reminders were just shown. */
export function rememberListed(input: TurnInput, reminders: readonly { id: string }[]): void {
  input.conversation.dialogs ??= {};
  const current = (input.conversation.dialogs.reminders as ReminderScratch | undefined) ?? {};
  current.listed = reminders.map((r) => r.id);
  input.conversation.dialogs.reminders = current;
}

/** The ids in the order last shown, if a list was shown. */
export function listedIds(input: TurnInput): string[] | undefined {
  return (input.conversation.dialogs?.reminders as ReminderScratch | undefined)?.listed;
}

/** A new reminder makes the last list's numbering stale. */
export function forgetListed(input: TurnInput): void {
  const current = input.conversation.dialogs?.reminders as ReminderScratch | undefined;
  if (current) delete current.listed;
}
