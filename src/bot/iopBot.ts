import {
  type Activity,
  type ConversationState,
  type StatePropertyAccessor,
  TeamsActivityHandler,
  TurnContext,
  type UserState,
} from 'botbuilder';
import type { MainRouter } from '../../dialogs/mainRouter';
import type { ConversationData, TurnInput, UserProfile } from '../../dialogs/turnTypes';
import type { Language, OutboundMessage } from '../channels/outboundMessage';
import { channelStyle } from '../channels/channelProfile';
import { renderTurn } from '../channels/renderer';
import type { CoreMessages } from '../content/coreMessages';
import { hashId, type Logger } from '../observability/logger';
import type { ConversationReferenceStore } from '../storage/conversationReferenceStore';
import type { UserHasher } from '../storage/userHasher';
import { REMINDER_ACTIONS, reminderReplyValue } from '../reminders/reminderReplies';
import { inboundText, resolveNumberedReply, sharedLocation } from './inboundText';
import type { Clock, CrisisScreen, LanguageChooser } from './turnServices';

/** Erases what is stored about a person outside bot state (reminders, history, references...). */
export interface PersonEraser {
  erase(userHash: string, conversationKey: string): Promise<unknown>;
}

export interface IopBotDependencies {
  eraser: PersonEraser;
  conversationState: ConversationState;
  userState: UserState;
  references: ConversationReferenceStore;
  hasher: UserHasher;
  router: MainRouter;
  crisis: CrisisScreen;
  languages: LanguageChooser;
  messages: CoreMessages;
  clock: Clock;
  logger: Logger;
  observer?: TurnObserver;
  /**
   * The latest reminder sent to the person, so a bare "1"…"5" typed after it answers the
   * reminder's numbered choices (SMS shows them as a list) rather than an older question's.
   */
  latestReminder?: (userHash: string, now: Date) => Promise<{ occurrenceRef: string; sentAt: Date } | null>;
}

/** Hooks for metrics; no message content is ever passed. */
export interface TurnObserver {
  crisisReply(channelId: string): void;
}

/** How many turns after a crisis reply keep the resources attached. */
const CRISIS_CARE_TURNS = 3;

/**
 * The turn pipeline. Order matters: the crisis screen runs on the raw text before state is loaded,
 * so a person in crisis is answered first and even when the database is down; only then are
 * state, the router and the channel renderer involved.
 */
export class IopBot extends TeamsActivityHandler {
  private readonly conversationData: StatePropertyAccessor<ConversationData>;
  private readonly userProfile: StatePropertyAccessor<UserProfile>;

  constructor(private readonly deps: IopBotDependencies) {
    super();
    this.conversationData = deps.conversationState.createProperty<ConversationData>('conversation');
    this.userProfile = deps.userState.createProperty<UserProfile>('profile');
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.welcomeNewMembers(context);
      await next();
    });
    // Teams: the app being installed is when proactive messages become possible; removal ends it.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.rememberReference(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      const reference = TurnContext.getConversationReference(context.activity);
      await this.deps.references.forget(this.deps.references.keyFor(reference));
      await next();
    });
  }

  /**
   * Runs the turn, then saves state. When another turn saved the same state meanwhile (an
   * overlapping turn here or on another instance), the save merges with it instead of overwriting
   * (src/bot/mergingState.ts, ADR 0014); the turn itself is never run twice, so replies go once.
   */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    if (context.turnState.get(SKIP_SAVE)) return;
    await this.deps.conversationState.saveChanges(context);
    await this.deps.userState.saveChanges(context);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const raw = inboundText(activity);
    const crisisLanguage = this.deps.languages.choose(raw, activity.locale, undefined);
    const crisisReply = raw ? this.deps.crisis.screen(raw, crisisLanguage) : undefined;
    if (crisisReply) {
      await this.send(context, [crisisReply]);
      this.deps.observer?.crisisReply(activity.channelId);
      await this.afterCrisis(context, crisisLanguage);
      return;
    }
    const conversation = await this.conversationData.get(context, {});
    const user = await this.userProfile.get(context, {});
    const input = this.turnInput(context, raw, conversation, user);
    input.text = await this.answerToReminder(input, raw);
    const replies = await this.deps.router.route(input);
    const framed = this.frame(input, replies);
    this.offerChoices(
      conversation,
      framed[framed.length - 1]?.choices?.map((c) => c.value),
      input.now,
    );
    await this.send(context, framed);
    if (input.effects?.eraseAfterReply) {
      await this.eraseEverything(context, input);
      return;
    }
    await this.rememberReference(context);
  }

  /**
   * Remembers the choices just offered. Their time changes only with the list itself, so a turn
   * that offers the same choices again writes no state (one that re-offers them after a reminder
   * arrived leaves a bare number answering the reminder: a rare case, and the reply says which).
   */
  private offerChoices(conversation: ConversationData, values: string[] | undefined, now: Date): void {
    if (values?.length) {
      const same = conversation.lastChoices?.join('\n') === values.join('\n') && conversation.lastChoicesAt;
      conversation.lastChoices = values;
      if (!same) conversation.lastChoicesAt = now.toISOString();
    } else {
      delete conversation.lastChoices;
      delete conversation.lastChoicesAt;
    }
  }

  /**
   * A bare number answers the newest list the person was shown. When a reminder arrived after the
   * last turn's choices (or there were none), that list is the reminder's: Done, Snooze 10 min,
   * Snooze 1 hour, Skip, Stop these reminders. The lookup runs only for a bare number.
   */
  private async answerToReminder(input: TurnInput, raw: string): Promise<string> {
    const m = /^#?([1-9])[.)]?$/.exec(raw.trim());
    if (!m || !this.deps.latestReminder) return input.text;
    const action = REMINDER_ACTIONS[Number(m[1]) - 1];
    if (!action) return input.text;
    const latest = await this.deps.latestReminder(input.userHash, input.now);
    if (!latest) return input.text;
    const shownAt = input.conversation.lastChoicesAt ? Date.parse(input.conversation.lastChoicesAt) : NaN;
    const reminderIsNewer = !input.conversation.lastChoices || !(shownAt >= latest.sentAt.getTime());
    return reminderIsNewer ? reminderReplyValue(action, latest.occurrenceRef) : input.text;
  }

  /** "Delete my data", confirmed: the reply has been sent; now nothing about the person remains. */
  private async eraseEverything(context: TurnContext, input: TurnInput): Promise<void> {
    await this.deps.eraser.erase(input.userHash, input.conversationKey);
    await this.deps.references.forget(input.conversationKey);
    await this.deps.conversationState.delete(context);
    await this.deps.userState.delete(context);
    context.turnState.set(SKIP_SAVE, true);
  }

  /** State after a crisis reply is best effort: the reply has gone out whatever happens here. */
  private async afterCrisis(context: TurnContext, language: Language): Promise<void> {
    try {
      const conversation = await this.conversationData.get(context, {});
      conversation.crisisCareTurns = CRISIS_CARE_TURNS;
      conversation.pending = undefined;
      conversation.language = language;
      conversation.welcomed = true;
      conversation.startedAt ??= this.deps.clock.now().toISOString();
      await this.rememberReference(context);
    } catch (error) {
      context.turnState.set(SKIP_SAVE, true);
      this.deps.logger.error(
        { err: errorSummary(error), conversation: hashId(context.activity.conversation?.id) },
        'state unavailable after a crisis reply',
      );
    }
  }

  private turnInput(
    context: TurnContext,
    raw: string,
    conversation: ConversationData,
    user: UserProfile,
  ): TurnInput {
    const activity = context.activity;
    const now = this.deps.clock.now();
    conversation.startedAt ??= now.toISOString();
    user.firstSeen ??= now.toISOString();
    const text = resolveNumberedReply(raw, conversation.lastChoices);
    const language = this.deps.languages.choose(
      text,
      activity.locale,
      conversation.language ?? user.language,
    );
    conversation.language = language;
    const reference = TurnContext.getConversationReference(activity);
    return {
      text,
      language,
      now,
      channelId: activity.channelId,
      clientTimeZone: validTimeZone(activity.localTimezone),
      sharedLocation: sharedLocation(activity),
      userHash: this.deps.hasher.hash(activity.channelId, activity.from?.id ?? ''),
      conversationKey: this.deps.references.keyFor(reference),
      conversation,
      user,
      effects: {},
    };
  }

  /** First contact gets the welcome and disclaimer ahead of the answer; after a crisis, resources stay close. */
  private frame(input: TurnInput, replies: OutboundMessage[]): OutboundMessage[] {
    const set = this.deps.messages.for(input.language);
    const framed = [...replies];
    if (!input.conversation.welcomed) {
      input.conversation.welcomed = true;
      const sms = channelStyle(input.channelId) === 'sms';
      framed.unshift({ text: sms ? set.smsWelcome : `${set.welcome}\n\n${set.disclaimer}` });
    }
    const care = input.conversation.crisisCareTurns ?? 0;
    if (care > 0) {
      input.conversation.crisisCareTurns = care - 1;
      // Replies that already offer the resources (a tapped "Call 988", "I'm fine") need no repeat.
      const offered = framed.some((m) => m.choices?.some((c) => c.value === 'call 988'));
      if (!offered) framed.push(this.deps.crisis.careReminder(input.language));
    }
    return framed;
  }

  private async welcomeNewMembers(context: TurnContext): Promise<void> {
    const added = context.activity.membersAdded ?? [];
    if (!added.some((m) => m.id !== context.activity.recipient?.id)) return;
    const conversation = await this.conversationData.get(context, {});
    if (conversation.welcomed) return;
    conversation.welcomed = true;
    conversation.startedAt ??= this.deps.clock.now().toISOString();
    const language = this.deps.languages.choose('', context.activity.locale, undefined);
    const set = this.deps.messages.for(language);
    const choices = set.welcomeChoices.map((label) => ({ label, value: label }));
    this.offerChoices(
      conversation,
      choices.map((c) => c.value),
      this.deps.clock.now(),
    );
    await this.send(context, [{ text: `${set.welcome}\n\n${set.disclaimer}`, choices }]);
    await this.rememberReference(context);
  }

  private async send(context: TurnContext, messages: OutboundMessage[]): Promise<void> {
    const activities = renderTurn(messages, context.activity.channelId);
    if (activities.length) await context.sendActivities(activities);
  }

  private async rememberReference(context: TurnContext): Promise<void> {
    await this.deps.references.remember(TurnContext.getConversationReference(context.activity));
  }
}

const SKIP_SAVE = Symbol('skipStateSave');

// Building an Intl.DateTimeFormat to validate a zone is costly, and clients send the same few
// zones over and over. Only valid zones are remembered, so the set is bounded by the IANA list.
const knownZones = new Set<string>();

function validTimeZone(zone: string | undefined): string | undefined {
  if (!zone || zone.length > 64) return undefined;
  if (knownZones.has(zone)) return zone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    return undefined;
  }
  knownZones.add(zone);
  return zone;
}

/** What may be logged about an error: its kind and where it came from, never its message text. */
export function errorSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((l) => l.trim().startsWith('at '))
    .slice(0, 6);
  return {
    type: error.name,
    code: (error as { code?: unknown }).code,
    stack: frames.map((l) => l.trim()).join(' | '),
    cause: error.cause instanceof Error ? error.cause.name : undefined,
  };
}

export type { Activity };
