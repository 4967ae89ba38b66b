import type { OutboundMessage } from '../src/channels/outboundMessage';
import type { GuardrailPort } from './ports';
import type { Dialog, TurnInput } from './turnTypes';

/**
 * Requests the bot must not fulfil (a diagnosis, medication advice, therapy) get a kind decline
 * and a referral; "are you a real person?" gets an honest answer.
 */
export class GuardrailDialog implements Dialog {
  readonly name = 'guardrail';

  constructor(private readonly guardrails: GuardrailPort) {}

  async start(input: TurnInput): Promise<OutboundMessage[] | undefined> {
    const kind = this.guardrails.classify(input.text);
    return kind ? [this.guardrails.reply(kind, input.language)] : undefined;
  }
}
