import type { OutboundMessage } from '../src/channels/outboundMessage';
import type { Dialog, TurnInput } from './turnTypes';

export interface FallbackText {
  fallback(language: TurnInput['language']): string;
}

/** The honest "I don't know that one": what the bot can do, and a helpline. Never a guess. */
export class FallbackDialog implements Dialog {
  readonly name = 'fallback';

  constructor(private readonly text: FallbackText) {}

  async start(input: TurnInput): Promise<OutboundMessage[]> {
    return [{ text: this.text.fallback(input.language) }];
  }
}
