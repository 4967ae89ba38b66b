import crypto from 'node:crypto';
import type { Activity, ChannelAccount, TurnContext } from 'botbuilder';
import { errorSummary } from '../../bot/iopBot';
import { hashId, type Logger } from '../../observability/logger';
import { ClientError } from '../../server/jsonBody';
import type { UserHasher } from '../../storage/userHasher';
import {
  acceptClientActivity,
  publishBotActivity,
  toBotActivity,
  WEBCHAT_CHANNEL_ID,
} from './clientActivity';
import type { ActivitySet, ConversationHub } from './conversationHub';
import { activityId, type DirectLineStore } from './directLineStore';
import type { DirectLineGrant, DirectLineTokens } from './directLineTokens';
import type { InProcessAdapter } from './inProcessAdapter';
import { KeyedQueue } from './keyedQueue';

export interface DirectLineServiceDeps {
  store: DirectLineStore;
  tokens: DirectLineTokens;
  hub: ConversationHub;
  adapter: InProcessAdapter;
  logic: (context: TurnContext) => Promise<void>;
  hasher: UserHasher;
  logger: Logger;
  bot: ChannelAccount;
  /** The connector serviceUrl of this process (known once the server listens). */
  serviceUrl: () => string;
  now?: () => Date;
}

export interface IssuedConversation {
  conversationId: string;
  token: string;
  expiresIn: number;
}

/** A conversation that does not exist or has expired: 404, as the hosted service answers. */
function notFound(): ClientError {
  return new ClientError(404, 'BadArgument', 'Conversation not found or expired.');
}

/**
 * The built-in Direct Line service: what the HTTP and WebSocket routes do, without HTTP. Every
 * method that takes a grant trusts it (the routes verified the token).
 */
export class DirectLineService {
  private readonly turns = new KeyedQueue();
  private readonly now: () => Date;

  constructor(private readonly deps: DirectLineServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Starts a conversation for a new visitor and lets the bot greet them. */
  async start(locale: string | undefined): Promise<IssuedConversation> {
    const conversationId = crypto.randomBytes(18).toString('base64url');
    const userId = `dl_${crypto.randomBytes(12).toString('base64url')}`;
    await this.deps.store.create(conversationId, this.deps.hasher.hash(WEBCHAT_CHANNEL_ID, userId));
    void this.queueTurn(conversationId, this.greeting(conversationId, userId, locale)).catch(() => undefined);
    return { conversationId, ...this.issue({ conversationId, userId }) };
  }

  /** A fresh token for an open conversation (reconnect and refresh). */
  async renew(grant: DirectLineGrant): Promise<IssuedConversation> {
    if (!(await this.deps.store.isOpen(grant.conversationId))) throw notFound();
    await this.deps.store.touch(grant.conversationId);
    return { conversationId: grant.conversationId, ...this.issue(grant) };
  }

  /** Stores the person's activity (the echo their client waits for), then runs the bot's turn. */
  async post(grant: DirectLineGrant, body: unknown): Promise<string> {
    const who = this.participants(grant);
    const draft = acceptClientActivity(body, who, '', this.now());
    const stored = await this.deps.store.append(grant.conversationId, (seq) => ({
      ...draft,
      id: activityId(grant.conversationId, seq),
    }));
    if (!stored) throw notFound();
    void this.deps.hub.notify(grant.conversationId);
    await this.queueTurn(grant.conversationId, toBotActivity(stored.activity, this.deps.serviceUrl()));
    return stored.activity.id;
  }

  /** Polling: activities after the watermark, and the watermark to ask with next time. */
  async activities(grant: DirectLineGrant, watermark: number): Promise<ActivitySet> {
    if (!(await this.deps.store.isOpen(grant.conversationId))) throw notFound();
    const batch = await this.deps.store.since(grant.conversationId, watermark, 100);
    const last = batch.length ? batch[batch.length - 1].seq : watermark;
    return { activities: batch.map((b) => b.activity), watermark: String(last) };
  }

  /** Something the bot sent (a reply or a proactive message): stored and pushed. */
  async fromBot(conversationId: string, activity: Partial<Activity>): Promise<string> {
    const who = { conversationId, bot: this.deps.bot };
    if (activity.type === 'typing') {
      this.deps.hub.broadcast(
        conversationId,
        publishBotActivity(activity, who, `${conversationId}|typing`, this.now()),
      );
      return '';
    }
    const stored = await this.deps.store.append(conversationId, (seq) =>
      publishBotActivity(activity, who, activityId(conversationId, seq), this.now()),
    );
    if (!stored) throw notFound();
    void this.deps.hub.notify(conversationId);
    return stored.activity.id;
  }

  /** Waits for turns in flight (shutdown). */
  idle(): Promise<void> {
    return this.turns.idle();
  }

  private issue(grant: DirectLineGrant): { token: string; expiresIn: number } {
    return this.deps.tokens.issue(grant);
  }

  private participants(grant: DirectLineGrant) {
    return { conversationId: grant.conversationId, user: { id: grant.userId }, bot: this.deps.bot };
  }

  /** Hosted Direct Line announces the bot and the person when a conversation starts; so do we. */
  private greeting(conversationId: string, userId: string, locale: string | undefined): Partial<Activity> {
    return {
      type: 'conversationUpdate',
      id: activityId(conversationId, 0),
      channelId: WEBCHAT_CHANNEL_ID,
      serviceUrl: this.deps.serviceUrl(),
      conversation: { id: conversationId } as Activity['conversation'],
      from: { id: userId, role: 'user' } as ChannelAccount,
      recipient: this.deps.bot,
      membersAdded: [this.deps.bot, { id: userId } as ChannelAccount],
      timestamp: this.now(),
      ...(locale ? { locale } : {}),
    };
  }

  private queueTurn(conversationId: string, activity: Partial<Activity>): Promise<void> {
    return this.turns.run(conversationId, async () => {
      try {
        await this.deps.adapter.runTurn(activity, this.deps.logic);
      } catch (error) {
        this.deps.logger.error(
          { err: errorSummary(error), conversation: hashId(conversationId) },
          'direct line turn failed',
        );
        throw new ClientError(502, 'BotError', 'The bot could not process this activity.');
      }
    });
  }
}
