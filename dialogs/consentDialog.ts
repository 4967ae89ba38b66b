import type { OutboundMessage } from '../src/channels/outboundMessage';
import { classifyConsentKeyword } from '../src/reminders/consentKeywords';
import { sharedReminderDialogText, type ReminderDialogText } from '../src/reminders/reminderDialogText';
import { fillText } from './fillText';
import type { ConsentPort } from './consentPort';
import type { Dialog, TurnInput } from './turnTypes';
import { readYesNo } from './yesNo';

export interface ConsentDialogOptions {
  consent: ConsentPort;
  /** Named in every consent reply ("our program", "Riverside IOP"). */
  programName: string;
  /** How to reach a person for support, shown in the HELP reply. */
  supportContact: string;
  /** Defaults to the bundled content/reminders/dialog-text.json. */
  text?: ReminderDialogText;
}

/**
 * Messaging consent keywords, ahead of every dialog but the crisis screen: STOP and its synonyms
 * (and plain "stop texting me" / "no más mensajes") opt out with exactly one confirmation;
 * START/UNSTOP opt back in, and YES/SÍ too but only for someone opted out (otherwise "yes" is
 * an ordinary answer); HELP/INFO/AYUDA say who is texting, how often, what it may cost, where to
 * get support and how to stop.
 */
export class ConsentDialog implements Dialog {
  readonly name = 'consent';
  private readonly text: ReminderDialogText;

  constructor(private readonly options: ConsentDialogOptions) {
    this.text = options.text ?? sharedReminderDialogText();
  }

  async start(input: TurnInput): Promise<OutboundMessage[] | undefined> {
    const keyword = classifyConsentKeyword(input.text);
    if (keyword === 'stop') return this.optOut(input);
    if (keyword === 'help') return [{ text: this.say(input, 'help') }];
    if (keyword !== 'start') return undefined;
    const isYes = readYesNo(input.text) === 'yes';
    if (isYes && !(await this.options.consent.isOptedOut(input.userHash))) return undefined;
    const changed = await this.options.consent.optIn(this.event(input));
    return [{ text: this.say(input, changed ? 'optedIn' : 'alreadyIn') }];
  }

  private async optOut(input: TurnInput): Promise<OutboundMessage[]> {
    // Any question in progress is dropped: nothing follows an opt-out but its confirmation.
    input.conversation.pending = undefined;
    // The confirmation is the only message: no welcome in front of it, even on first contact.
    input.conversation.welcomed = true;
    const changed = await this.options.consent.optOut(this.event(input));
    // A repeated STOP gets no second confirmation (carrier rules allow one per opt-out).
    return changed ? [{ text: this.say(input, 'optedOut') }] : [];
  }

  private say(input: TurnInput, key: 'optedOut' | 'optedIn' | 'alreadyIn' | 'help'): string {
    const template = this.text.for(input.language).consent[key];
    return fillText(template, {
      program: this.options.programName,
      support: this.options.supportContact,
    });
  }

  private event(input: TurnInput) {
    return { userHash: input.userHash, channelId: input.channelId, at: input.now };
  }
}
