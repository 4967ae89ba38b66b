import type { OutboundMessage } from '../src/channels/outboundMessage';
import { sharedReminderDialogText } from '../src/reminders/reminderDialogText';
import { parseReminderReply } from './parseReminderReply';
import { ReminderCreation } from './reminderCreation';
import {
  REMINDER_DIALOG_NAME,
  type ReminderDialogDeps,
  type ReminderDialogOptions,
} from './reminderDialogDeps';
import { readReminderIntent } from './reminderIntent';
import { ReminderManagement } from './reminderManagement';
import { ReminderReplies } from './reminderReplies';
import type { Dialog, PendingPrompt, TurnInput } from './turnTypes';

type Replies = OutboundMessage[];

/**
 * Reminders in conversation: setting one up ("remind me to practice breathing every day at 8pm"),
 * listing, pausing, resuming, changing and deleting them, answering a reminder message (Done,
 * Snooze, Skip, Stop these reminders) and "how am I doing?". Wording comes from
 * content/reminders/dialog-text.json; storage is behind the ports.
 */
export class ReminderDialog implements Dialog {
  readonly name = REMINDER_DIALOG_NAME;
  private readonly creation: ReminderCreation;
  private readonly management: ReminderManagement;
  private readonly replies: ReminderReplies;

  constructor(options: ReminderDialogOptions) {
    const deps: ReminderDialogDeps = { ...options, text: options.text ?? sharedReminderDialogText() };
    this.creation = new ReminderCreation(deps);
    this.management = new ReminderManagement(deps);
    this.replies = new ReminderReplies(deps);
  }

  async start(input: TurnInput): Promise<Replies | undefined> {
    const reply = parseReminderReply(input.text);
    if (reply) {
      const answered = await this.replies.handle(input, reply);
      if (answered) return answered;
    }
    const intent = readReminderIntent(input.text);
    switch (intent?.kind) {
      case 'create':
        return this.creation.begin(input);
      case 'list':
        return this.management.list(input);
      case 'stats':
        return this.replies.stats(input);
      case 'pause':
      case 'resume':
        return this.management.setPaused(input, intent.kind === 'pause', intent.number);
      case 'delete':
        return this.management.delete(input, intent.number);
      case 'deleteAll':
        return this.management.confirmDeleteAll(input);
      case 'change':
        return this.management.change(input, intent);
      default:
        return undefined;
    }
  }

  async resume(input: TurnInput, pending: PendingPrompt): Promise<Replies | undefined> {
    const data = (pending.data ?? {}) as Record<string, unknown>;
    if (pending.step.startsWith('create.')) {
      return this.creation.resume(
        input,
        pending.step,
        data as unknown as Parameters<ReminderCreation['resume']>[2],
      );
    }
    if (pending.step.startsWith('manage.')) return this.management.resume(input, pending.step, data);
    return undefined;
  }
}
