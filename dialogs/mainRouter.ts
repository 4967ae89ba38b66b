import type { OutboundMessage } from '../src/channels/outboundMessage';
import type { Dialog, TurnInput } from './turnTypes';

/**
 * Picks the dialog for a message. A question the bot is waiting on gets the first chance; then
 * dialogs are asked in priority order (consent keywords before data rights before reminders,
 * the locator and questions); the last one must always answer.
 */
export class MainRouter {
  private readonly byName: Map<string, Dialog>;

  constructor(
    private readonly dialogs: readonly Dialog[],
    private readonly fallback: Dialog,
  ) {
    this.byName = new Map([...dialogs, fallback].map((d) => [d.name, d]));
  }

  async route(input: TurnInput): Promise<OutboundMessage[]> {
    const pending = input.conversation.pending;
    if (pending) {
      input.conversation.pending = undefined;
      const owner = this.byName.get(pending.dialog);
      const replies = owner?.resume ? await owner.resume(input, pending) : undefined;
      if (replies) return replies;
    }
    for (const dialog of this.dialogs) {
      const replies = await dialog.start(input);
      if (replies) return replies;
    }
    const replies = await this.fallback.start(input);
    if (!replies) throw new Error(`MainRouter: fallback dialog "${this.fallback.name}" returned no reply`);
    return replies;
  }
}
