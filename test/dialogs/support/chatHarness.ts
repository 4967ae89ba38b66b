import { resolveNumberedReply } from '../../../src/bot/inboundText';
import type { Language, OutboundMessage } from '../../../src/channels/outboundMessage';
import { sharedGeocoder } from '../../../src/programs/geocoder';
import { loadSkillLibrary } from '../../../src/reminders/skillLibrary';
import { CohortJoinDialog } from '../../../dialogs/cohortJoinDialog';
import { ConsentDialog } from '../../../dialogs/consentDialog';
import { MainRouter } from '../../../dialogs/mainRouter';
import type { CohortView } from '../../../dialogs/reminderPort';
import { ReminderDialog } from '../../../dialogs/reminderDialog';
import { SkillPracticeDialog } from '../../../dialogs/skillPracticeDialog';
import type { ConversationData, Dialog, TurnInput, UserProfile } from '../../../dialogs/turnTypes';
import { FakeCohortPort, FakeConsentPort, FakePracticePort } from './fakePorts';
import { FakeReminderPort } from './fakeReminderPort';

export const FALLBACK_TEXT = 'FALLBACK: not understood';

const fallback: Dialog = { name: 'fallback', start: async () => [{ text: FALLBACK_TEXT }] };
const skills = loadSkillLibrary();

export interface HarnessOptions {
  now: Date;
  language?: Language;
  /** Omit to act like SMS, which sends no time zone. */
  clientTimeZone?: string;
  channelId?: string;
  user?: UserProfile;
  userHash?: string;
  cohorts?: (CohortView & { joinCode: string })[];
}

/**
 * One person talking to the reminder-related dialogs through the real router, with the state
 * round-tripped through JSON between turns as the bot's storage would, and numbered SMS replies
 * mapped to the offered choices as the bot does.
 */
export class ChatHarness {
  readonly reminders = new FakeReminderPort();
  readonly practice = new FakePracticePort();
  readonly consent = new FakeConsentPort();
  readonly cohorts: FakeCohortPort;
  readonly router: MainRouter;
  conversation: ConversationData = {};
  user: UserProfile;
  now: Date;
  language: Language;

  constructor(private readonly options: HarnessOptions) {
    this.now = options.now;
    this.language = options.language ?? 'en';
    this.user = options.user ?? {};
    this.cohorts = new FakeCohortPort(options.cohorts ?? []);
    this.router = new MainRouter(
      [
        new ConsentDialog({ consent: this.consent, programName: 'Riverside IOP', supportContact: 'call 555-0100' }),
        new SkillPracticeDialog({ skills, practice: this.practice, reminders: this.reminders }),
        new CohortJoinDialog({ cohorts: this.cohorts, consent: this.consent }),
        new ReminderDialog({
          reminders: this.reminders,
          practice: this.practice,
          consent: this.consent,
          timeZones: sharedGeocoder(),
          skills,
        }),
      ],
      fallback,
    );
  }

  get userHash(): string {
    return this.options.userHash ?? 'user-1';
  }

  async say(text: string): Promise<OutboundMessage[]> {
    const input: TurnInput = {
      text: resolveNumberedReply(text, this.conversation.lastChoices),
      language: this.language,
      now: this.now,
      channelId: this.options.channelId ?? (this.options.clientTimeZone ? 'webchat' : 'sms'),
      ...(this.options.clientTimeZone ? { clientTimeZone: this.options.clientTimeZone } : {}),
      userHash: this.userHash,
      conversationKey: `${this.options.channelId ?? 'sms'}|conversation-1`,
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
