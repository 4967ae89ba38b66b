import type { Language, OutboundMessage } from '../src/channels/outboundMessage';

/** A point on the map with a human label ("Hoboken, NJ 07030"). */
export interface SavedLocation {
  latitude: number;
  longitude: number;
  label: string;
}

/** What the bot keeps about one conversation (ConversationState). */
export interface ConversationData {
  startedAt?: string;
  welcomed?: boolean;
  language?: Language;
  lastTopicId?: string;
  /** Turns left in which replies keep the crisis resources close at hand. */
  crisisCareTurns?: number;
  /** Values of the choices last offered, so "2" on SMS means the second one. */
  lastChoices?: string[];
  /** When lastChoices were offered (ISO); a reminder sent later takes over bare-number replies. */
  lastChoicesAt?: string;
  /** A question the bot asked and is waiting for an answer to. */
  pending?: PendingPrompt;
  /** Per-dialog scratch space (e.g. the locator's last search), owned by that dialog. */
  dialogs?: Record<string, unknown>;
}

export interface PendingPrompt {
  dialog: string;
  step: string;
  data?: Record<string, unknown>;
}

/** What the bot keeps about one person across conversations (UserState). */
export interface UserProfile {
  firstSeen?: string;
  language?: Language;
  timeZone?: string;
  location?: SavedLocation;
}

/** Everything a dialog needs to know about the current turn, with no Bot Framework types. */
export interface TurnInput {
  text: string;
  language: Language;
  now: Date;
  channelId: string;
  /** IANA zone sent by the client (Web Chat and Teams send one; SMS does not). */
  clientTimeZone?: string;
  /** Coordinates the client shared with this message, if any. */
  sharedLocation?: { latitude: number; longitude: number };
  /** Keyed hash of the channel address: how durable records find this person. */
  userHash: string;
  /** channelId|conversationId: where proactive messages for this person go. */
  conversationKey: string;
  conversation: ConversationData;
  user: UserProfile;
  /** Things a dialog asks the bot to do after this turn's replies are sent. */
  effects?: TurnEffects;
}

export interface TurnEffects {
  /** Erase everything stored about this person once the reply has gone out. */
  eraseAfterReply?: boolean;
}

/**
 * A conversation flow. `start` is asked first whether it wants an unprompted message; `resume`
 * receives the answer to a question this dialog asked (conversation.pending.dialog === name).
 */
export interface Dialog {
  readonly name: string;
  /** Returns replies when this dialog takes the message, or undefined to let the next one try. */
  start(input: TurnInput): Promise<OutboundMessage[] | undefined>;
  resume?(input: TurnInput, pending: PendingPrompt): Promise<OutboundMessage[] | undefined>;
}
