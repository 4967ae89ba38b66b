import type { Choice, OutboundMessage } from '../src/channels/outboundMessage';
import { normaliseJoinCode } from '../src/reminders/joinCode';
import { nextOccurrence } from '../src/reminders/recurrence';
import {
  sharedReminderDialogText,
  type LeadOption,
  type ReminderDialogText,
} from '../src/reminders/reminderDialogText';
import { fillText } from './fillText';
import { foldText } from '../src/reminders/textPatterns';
import { isConsentInterrupt } from './answerGuards';
import type { ConsentPort } from './consentPort';
import { ownerOf } from './reminderDialogDeps';
import type { CohortPort, CohortView } from './reminderPort';
import { momentText, storedScheduleText } from './scheduleText';
import type { Dialog, PendingPrompt, TurnInput } from './turnTypes';
import { readYesNo } from './yesNo';

export interface CohortJoinDialogOptions {
  cohorts: CohortPort;
  consent: ConsentPort;
  text?: ReminderDialogText;
}

/** The group being joined, kept in conversation.pending between the questions. */
interface JoinState {
  cohort: CohortView;
  attempts?: number;
}

const NAME = 'cohortJoin';
const JOIN =
  /^(?:please )?(?:join|join (?:my |the )?group|join code|my group code is|group code|unirme(?: al grupo)?|unirse(?: al grupo)?|quiero unirme(?: al grupo)?|codigo(?: de grupo)?|mi codigo(?: de grupo)? es)\s*:?\s*([a-z0-9-]{4,16})$/;
const DAY_BEFORE = /\b(?:day before|night before|dia anterior|noche anterior|un dia antes)\b/;
const DURATION = /^(\d{1,3}|an?|one|una?)\s*(m|mins?|minutes?|minutos?|h|hrs?|hours?|horas?)\b/;

/**
 * "join ABC123": signs a person up for reminders before each session of their program group.
 * Asks first (consent to a new kind of message), then how long before each session, then
 * confirms what was set up. An unknown code gets a plain message saying so.
 */
export class CohortJoinDialog implements Dialog {
  readonly name = NAME;
  private readonly text: ReminderDialogText;

  constructor(private readonly options: CohortJoinDialogOptions) {
    this.text = options.text ?? sharedReminderDialogText();
  }

  async start(input: TurnInput): Promise<OutboundMessage[] | undefined> {
    const code = joinCode(input.text);
    if (!code) return undefined;
    const texts = this.text.for(input.language);
    if (await this.options.consent.isOptedOut(input.userHash)) return [{ text: texts.common.optedOut }];
    const cohort = await this.options.cohorts.findByCode(code);
    if (!cohort) return [{ text: fillText(texts.cohort.unknownCode, { code }) }];
    const schedule = storedScheduleText(
      { rrule: cohort.schedule, timeZone: cohort.timeZone, leadMinutes: 0, nextAt: null },
      input.language,
      texts,
      input.now,
    );
    this.wait(input, 'confirm', { cohort });
    const text = fillText(texts.cohort.confirmJoin, { cohort: cohort.name, schedule });
    return [{ text, choices: this.yesNo(input) }];
  }

  async resume(input: TurnInput, pending: PendingPrompt): Promise<OutboundMessage[] | undefined> {
    if (isConsentInterrupt(input.text)) return undefined;
    const state = pending.data as unknown as JoinState | undefined;
    if (!state?.cohort) return undefined;
    if (pending.step === 'confirm') return this.onConfirm(input, state);
    if (pending.step === 'lead') return this.onLead(input, state);
    return undefined;
  }

  private onConfirm(input: TurnInput, state: JoinState): OutboundMessage[] | undefined {
    const texts = this.text.for(input.language).cohort;
    const answer = readYesNo(input.text);
    if (answer === 'no') return [{ text: fillText(texts.declined, { cohort: state.cohort.name }) }];
    if (answer !== 'yes') return undefined;
    return [this.askLead(input, state, texts.askLead)];
  }

  private async onLead(input: TurnInput, state: JoinState): Promise<OutboundMessage[] | undefined> {
    const texts = this.text.for(input.language);
    const lead = this.readLead(input.text);
    if (!lead) {
      if ((state.attempts ?? 0) >= 1) return undefined;
      return [this.askLead(input, { ...state, attempts: 1 }, texts.cohort.retryLead)];
    }
    const { cohort } = state;
    const joined = await this.options.cohorts.join(ownerOf(input), cohort.code, lead.minutes, input.language);
    if (!joined) return [{ text: fillText(texts.cohort.unknownCode, { code: cohort.code }) }];
    const next = nextOccurrence(
      cohort.schedule,
      cohort.timeZone,
      new Date(input.now.getTime() + lead.minutes * 60_000),
    );
    const values = { lead: lead.phrase[input.language], cohort: cohort.name };
    if (!next) return [{ text: fillText(texts.cohort.joinedNoNext, values) }];
    const nextText = momentText(next, cohort.timeZone, input.language, texts, input.now);
    return [{ text: fillText(texts.cohort.joined, { ...values, next: nextText }) }];
  }

  private askLead(input: TurnInput, state: JoinState, question: string): OutboundMessage {
    this.wait(input, 'lead', state);
    const choices: Choice[] = this.text.leadOptions.map((o) => ({
      label: o.label[input.language],
      value: o.label[input.language],
    }));
    return { text: question, choices };
  }

  /** A lead option by its label in either language, or by a typed duration equal to one. */
  private readLead(text: string): LeadOption | undefined {
    const folded = foldText(text).replace(/\s+/g, ' ').trim();
    const options = this.text.leadOptions;
    const byLabel = options.find((o) => foldText(o.label.en) === folded || foldText(o.label.es) === folded);
    if (byLabel) return byLabel;
    if (DAY_BEFORE.test(folded)) return options.find((o) => o.minutes === 24 * 60);
    const duration = DURATION.exec(folded);
    if (!duration) return undefined;
    const count = /^\d/.test(duration[1]) ? Number(duration[1]) : 1;
    const minutes = duration[2].startsWith('h') ? count * 60 : count;
    return options.find((o) => o.minutes === minutes);
  }

  private wait(input: TurnInput, step: 'confirm' | 'lead', state: JoinState): void {
    input.conversation.pending = { dialog: NAME, step, data: { ...state } };
  }

  private yesNo(input: TurnInput): Choice[] {
    const { yes, no } = this.text.for(input.language).common;
    return [
      { label: yes, value: yes },
      { label: no, value: no },
    ];
  }
}

/**
 * The code in "join K7MQ4D" / "unirme al grupo K7MQ4D", in canonical form when it can be a code.
 * Something that cannot is still returned (upper-cased) when it has a digit, so a mistyped code
 * gets "no group with that code"; plain words ("join today") are not codes at all.
 */
function joinCode(text: string): string | null {
  const match = JOIN.exec(foldText(text).replace(/\s+/g, ' ').trim());
  if (!match) return null;
  return normaliseJoinCode(match[1]) ?? (/\d/.test(match[1]) ? match[1].toUpperCase() : null);
}
