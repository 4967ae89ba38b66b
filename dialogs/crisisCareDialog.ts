import type { OutboundMessage } from '../src/channels/outboundMessage';
import type { CrisisCarePort } from './ports';
import type { Dialog, TurnInput } from './turnTypes';

/**
 * The turns after a crisis reply. A tapped resource button ("Call 988") gets plain instructions
 * for reaching it; "I'm fine" is met warmly while the resources stay one tap away.
 */
export class CrisisCareDialog implements Dialog {
  readonly name = 'crisis-care';

  constructor(private readonly care: CrisisCarePort) {}

  async start(input: TurnInput): Promise<OutboundMessage[] | undefined> {
    const resource = this.care.resourceReply(input.text, input.language);
    if (resource) return [resource];
    if ((input.conversation.crisisCareTurns ?? 0) > 0 && this.care.isReassurance(input.text)) {
      return [this.care.reassuranceReply(input.language)];
    }
    return undefined;
  }
}
