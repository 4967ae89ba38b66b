import { resolveNumberedReply } from '../../../src/bot/inboundText';
import type { Language, OutboundMessage } from '../../../src/channels/outboundMessage';
import { sharedGeocoder } from '../../../src/programs/geocoder';
import { loadSkillLibrary } from '../../../src/reminders/skillLibrary';
import { CohortJoinDialog } from '../../../dialogs/cohortJoinDialog';
import { ConsentDialog } from '../../../dialogs/consentDialog';
import type { ConsentPort } from '../../../dialogs/consentPort';
import { MainRouter } from '../../../dialogs/mainRouter';
import type { CohortPort, CohortView, PracticePort, ReminderPort } from '../../../dialogs/reminderPort';
import { ReminderDialog } from '../../../dialogs/reminderDialog';
import { SkillPracticeDialog } from '../../../dialogs/skillPracticeDialog';
import type { ConversationData, Dialog, TurnInput, UserProfile } from '../../../dialogs/turnTypes';
import { FakeCohortPort, FakeConsentPort, FakePracticePort } from './fakePorts';
import { FakeReminderPort } from './fakeReminderPort';

export const FALLBACK_TEXT = 'FALLBACK: not understood';

const fallback: Dialog = { name: 'fallback', start: async () => [{ text: FALLBACK_TEXT }] };
const skills = loadSkillLibrary();

export interface ChatOptions {
  now: Date;
  language?: Language;
  /** Omit to act like SMS, which sends no time zone. */
  clientTimeZone?: string;
  channelId?: string;
  user?: UserProfile;
  userHash?: string;
}

export interface DialogPorts {
  reminders: ReminderPort;
  practice: PracticePort;
  consent: ConsentPort;
  cohorts: CohortPort;
}

/** A clock both the chat and the ports behind it read, so a test moves them together. */
export interface SharedClock {
  now: Date;
}

/**
 * One person talking to the reminder-related dialogs through the real router (in the order the
 * composition root should use), with state round-tripped through JSON between turns as the bot's
 * storage would, and numbered SMS replies mapped to the offered choices as the bot does.
 */
export class DialogChat {
  readonly router: MainRouter;
  conversation: ConversationData = {};
  user: UserProfile;
  language: Language;

  constructor(
    ports: DialogPorts,
    protected readonly options: ChatOptions,
    protected readonly clock: SharedClock = { now: options.now },
  ) {
    this.language = options.language ?? 'en';
    this.user = options.user ?? {};
    const { reminders, practice, consent, cohorts } = ports;
    this.router = new MainRouter(
      [
        new ConsentDialog({ consent, programName: 'Riverside IOP', supportContact: 'call 555-0100' }),
        new SkillPracticeDialog({ skills, practice, reminders }),
        new CohortJoinDialog({ cohorts, consent }),
        new ReminderDialog({ reminders, practice, consent, timeZones: sharedGeocoder(), skills }),
      ],
      fallback,
    );
  }

  get now(): Date {
    return this.clock.now;
  }

  set now(value: Date) {
    this.clock.now = value;
  }

  get userHash(): string {
    return this.options.userHash ?? 'user-1';
  }

  get channelId(): string {
    return this.options.channelId ?? (this.options.clientTimeZone ? 'webchat' : 'sms');
  }

  async say(text: string): Promise<OutboundMessage[]> {
    const input: TurnInput = {
      text: resolveNumberedReply(text, this.conversation.lastChoices),
      language: this.language,
      now: this.now,
      channelId: this.channelId,
      ...(this.options.clientTimeZone ? { clientTimeZone: this.options.clientTimeZone } : {}),
      userHash: this.userHash,
      conversationKey: `${this.channelId}|conversation-1`,
      conversation: this.conversation,
      user: this.user,
    };
    const replies = await this.router.route(input);
    const choices = replies[replies.length - 1]?.choices?.map((c) => c.value);
    this.conversation.lastChoices = choices?.length ? choices : undefined;
    this.conversation = JSON.parse(JSON.stringify(this.conversation)) as ConversationData;
    this.user = JSON.parse(JSON.stringify(this.user)) as UserProfile;
    return replies;
  }

  /** The replies' text, joined, for matching. */
  async sayText(text: string): Promise<string> {
    return (await this.say(text)).map((r) => r.text).join('\n');
  }

  advance(minutes: number): void {
    this.now = new Date(this.now.getTime() + minutes * 60_000);
  }
}

/** DialogChat over the in-memory fakes, which tests inspect directly. */
export class ChatHarness extends DialogChat {
  readonly practice: FakePracticePort;
  readonly reminders: FakeReminderPort;
  readonly consent: FakeConsentPort;
  readonly cohorts: FakeCohortPort;

  constructor(options: ChatOptions & { cohorts?: CohortView[] }) {
    const clock: SharedClock = { now: options.now };
    const practice = new FakePracticePort(() => clock.now);
    const ports = {
      practice,
      reminders: new FakeReminderPort(practice, () => clock.now),
      consent: new FakeConsentPort(),
      cohorts: new FakeCohortPort(options.cohorts ?? []),
    };
    super(ports, options, clock);
    this.practice = ports.practice;
    this.reminders = ports.reminders;
    this.consent = ports.consent;
    this.cohorts = ports.cohorts;
  }
}
