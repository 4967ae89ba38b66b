import { type Activity, type CloudAdapter, type ConversationReference, TurnContext } from 'botbuilder';
import type { OutboundMessage } from '../channels/outboundMessage';
import { renderMessage } from '../channels/renderer';
import { UndeliverableError } from './deliveryError';

/** Sends one message to a stored conversation. */
export interface ReminderSender {
  send(
    reference: Partial<ConversationReference>,
    message: OutboundMessage,
    options?: { timeoutMs?: number },
  ): Promise<void>;
}

export const DEFAULT_SEND_TIMEOUT_MS = 20_000;

/** The part of botframework-connector's ConnectorClient used here (it is not a direct dependency). */
interface ConversationsClient {
  conversations: {
    sendToConversation(
      conversationId: string,
      activity: Partial<Activity>,
      options?: { abortSignal?: AbortSignal },
    ): Promise<unknown>;
  };
}

/**
 * Proactive messages through `CloudAdapter.continueConversationAsync`: the adapter authenticates
 * as the bot (`appId`, '' in local mode) and hands us a connector client for the reference's
 * serviceUrl. We call that client directly rather than `context.sendActivity` so each request
 * carries an abort signal: the SDK retries 429/5xx inside one call (honouring Retry-After), and
 * without a deadline a long Retry-After would hold the person's lock, and the database
 * transaction around it, for minutes.
 *
 * A message may render as several activities (long SMS); they are sent in order, and a failure
 * after the first means a retry repeats the ones already delivered.
 */
export class ProactiveSender implements ReminderSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
  ) {}

  async send(
    reference: Partial<ConversationReference>,
    message: OutboundMessage,
    options: { timeoutMs?: number } = {},
  ): Promise<void> {
    if (!reference.serviceUrl || !reference.conversation?.id) throw new UndeliverableError('bad_reference');
    const activities = renderMessage(message, reference.channelId);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS);
    try {
      await this.adapter.continueConversationAsync(
        this.appId,
        reference as ConversationReference,
        async (context) => {
          const client = context.turnState.get<ConversationsClient>(this.adapter.ConnectorClientKey);
          const target = TurnContext.getConversationReference(context.activity);
          for (const activity of activities) {
            const outgoing = TurnContext.applyConversationReference({ ...activity }, target) as Activity;
            await client.conversations.sendToConversation(outgoing.conversation.id, outgoing, {
              abortSignal: deadline.signal,
            });
          }
        },
      );
    } finally {
      clearTimeout(timer);
    }
  }
}
