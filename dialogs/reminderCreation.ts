import type { OutboundMessage } from '../src/channels/outboundMessage';
import {
  ambiguousTimes,
  parseWithAnswers,
  type ClarificationAnswer,
} from '../src/reminders/clarificationAnswers';
import { describeSchedule } from '../src/reminders/describeSchedule';
import { reminderPhrases } from '../src/reminders/reminderPhrases';
import { fillText } from './fillText';
import type {
  ParsedReminder,
  ReminderClarification,
  ScheduledReminder,
} from '../src/reminders/reminderTypes';
import { capitalise, hourChoiceLabel } from '../src/reminders/scheduleFormat';
import { isConsentInterrupt, looksLikeQuestion } from './answerGuards';
import { awaitAnswer, knownTimeZone, ownerOf, type ReminderDialogDeps } from './reminderDialogDeps';
import { forgetListed } from './reminderListMemory';
import { localeOf } from './scheduleText';
import { TimeZoneQuestion } from './timeZoneQuestion';
import type { TurnInput } from './turnTypes';
import { readYesNo } from './yesNo';
import { readReminderIntent } from './reminderIntent';

type Replies = OutboundMessage[];

/** Answers kept for one request; each turn re-reads the request with all of them. */
const MAX_ANSWERS = 6;

/** A reminder request on its way to being saved; kept in conversation.pending between turns. */
interface CreationState {
  request: string;
  answers: ClarificationAnswer[];
  /** What the last question asked: one of the parser's reasons, or a new time after "No". */
  reason?: 'ambiguous' | 'past' | 'no_time' | 'retime';
  /** The past-time question offered "tomorrow instead?", so "yes" means that. */
  offersTomorrow?: boolean;
  /** The question last asked, repeated once when the answer is not understood. */
  question?: OutboundMessage;
  attempts?: number;
  suggestion?: string | null;
  /** The reminder shown for Yes/No, saved as shown when the Yes comes while it is still ahead. */
  confirmed?: ConfirmedReminder;
}

/** A ScheduledReminder as kept in conversation state (JSON: the date is an ISO string). */
type ConfirmedReminder = Omit<ScheduledReminder, 'next'> & { next: string };

/**
 * Setting up a reminder: find the person's time zone (asking on SMS), read the request, ask the
 * parser's questions until it is complete, show the resolved local time for a Yes/No, then save.
 * Nothing is saved without that Yes, and nothing at all while the person is opted out.
 */
export class ReminderCreation {
  private readonly zones: TimeZoneQuestion;

  constructor(private readonly deps: ReminderDialogDeps) {
    this.zones = new TimeZoneQuestion(deps.text, deps.timeZones);
  }

  async begin(input: TurnInput): Promise<Replies> {
    if (await this.deps.consent.isOptedOut(input.userHash)) return this.optedOut(input);
    return this.evaluate(input, { request: input.text, answers: [] });
  }

  async resume(input: TurnInput, step: string, data: CreationState): Promise<Replies | undefined> {
    if (isConsentInterrupt(input.text)) return undefined;
    // A whole new request ("remind me to stretch at 7am") replaces the one being set up, rather
    // than being read as an answer to its question.
    if (step !== 'create.timeZone' && readReminderIntent(input.text)?.kind === 'create')
      return this.begin(input);
    // Every answer is re-read on each turn: past a handful, the person is better served by starting over.
    if ((data.answers?.length ?? 0) >= MAX_ANSWERS) {
      return [{ text: this.deps.text.for(input.language).create.startOver }];
    }
    if (step === 'create.timeZone') return this.onTimeZone(input, data);
    if (step === 'create.clarify') return this.onClarify(input, data);
    if (step === 'create.confirm') return this.onConfirm(input, data);
    return undefined;
  }

  private evaluate(input: TurnInput, state: CreationState): Replies {
    const zone = knownTimeZone(input);
    if (!zone) return this.askTimeZone(input, state, false);
    const result = this.parse(input, state, zone);
    return result ? this.respond(input, state, result, zone) : (this.retryOrPass(input, state) ?? []);
  }

  private parse(input: TurnInput, state: CreationState, zone: string): ParsedReminder | null {
    const options = { now: input.now, timeZone: zone, locale: localeOf(input.language) };
    return parseWithAnswers(state.request, state.answers, options);
  }

  private respond(input: TurnInput, state: CreationState, result: ParsedReminder, zone: string): Replies {
    const texts = this.deps.text.for(input.language);
    if ('error' in result) {
      if (result.error === 'invalid_time_zone' && !input.clientTimeZone) {
        delete input.user.timeZone;
        return this.askTimeZone(input, state, true);
      }
      return [
        {
          text:
            result.error === 'unsupported_recurrence' ? texts.create.unsupportedRepeat : texts.create.failed,
        },
      ];
    }
    if ('clarify' in result) return this.askClarification(input, state, result, zone);
    return this.askConfirmation(input, state, result);
  }

  private askClarification(
    input: TurnInput,
    state: CreationState,
    question: ReminderClarification,
    zone: string,
  ): Replies {
    const next: CreationState = { ...state, reason: question.reason, attempts: 0 };
    const message: OutboundMessage = { text: question.clarify };
    if (question.reason === 'ambiguous') {
      const locale = localeOf(input.language);
      const times = ambiguousTimes(state.request, state.answers, { now: input.now, timeZone: zone, locale });
      const labels = times.map((t) => capitalise(hourChoiceLabel(locale, t.hour, t.minute)));
      if (labels.length > 1) message.choices = labels.map((label) => ({ label, value: label }));
    }
    if (question.reason === 'past') {
      const withTomorrow = this.parse(
        input,
        { ...state, answers: [...state.answers, { kind: 'tomorrow' }] },
        zone,
      );
      next.offersTomorrow = withTomorrow !== null && 'kind' in withTomorrow;
      if (next.offersTomorrow) message.choices = this.yesNoChoices(input);
    }
    awaitAnswer(input, 'create.clarify', { ...next, question: message });
    return [message];
  }

  private askConfirmation(input: TurnInput, state: CreationState, reminder: ScheduledReminder): Replies {
    const texts = this.deps.text.for(input.language);
    const schedule = this.scheduleText(input, reminder);
    const isDefault = reminder.what === this.defaultWhat(input);
    const text = fillText(isDefault ? texts.create.confirmNoWhat : texts.create.confirm, {
      what: reminder.what,
      schedule,
    });
    const confirmed: ConfirmedReminder = { ...reminder, next: reminder.next.toISOString() };
    awaitAnswer(input, 'create.confirm', { request: state.request, answers: state.answers, confirmed });
    return [{ text, choices: this.yesNoChoices(input) }];
  }

  private onClarify(input: TurnInput, state: CreationState): Replies | undefined {
    const answer = this.answerFor(state, input.text);
    if (answer === 'no') return this.askNewTime(input, state);
    const zone = knownTimeZone(input);
    if (!zone) return this.askTimeZone(input, state, false);
    const answered = { ...state, answers: [...state.answers, answer] };
    const result = this.parse(input, answered, zone);
    return result ? this.respond(input, answered, result, zone) : this.retryOrPass(input, state);
  }

  private answerFor(state: CreationState, text: string): ClarificationAnswer | 'no' {
    if (state.reason === 'ambiguous') return { kind: 'meridiem', text };
    if (state.reason === 'past') {
      const yesNo = readYesNo(text);
      if (yesNo === 'yes' && state.offersTomorrow) return { kind: 'tomorrow' };
      if (yesNo === 'no') return 'no';
    }
    return { kind: 'details', text };
  }

  private async onConfirm(input: TurnInput, state: CreationState): Promise<Replies | undefined> {
    const yesNo = readYesNo(input.text);
    if (yesNo === 'yes') return this.save(input, state);
    if (yesNo === 'no') return this.askNewTime(input, state);
    // A new time instead of yes or no ("make it 7pm") changes the request; anything else is not ours.
    const zone = knownTimeZone(input);
    if (!zone) return undefined;
    const { confirmed: _shown, ...asked } = state;
    const changed = { ...asked, answers: [...state.answers, { kind: 'details', text: input.text } as const] };
    const result = this.parse(input, changed, zone);
    return result ? this.respond(input, changed, result, zone) : undefined;
  }

  private async save(input: TurnInput, state: CreationState): Promise<Replies> {
    if (await this.deps.consent.isOptedOut(input.userHash)) return this.optedOut(input);
    const zone = knownTimeZone(input);
    if (!zone) return this.askTimeZone(input, state, false);
    // The time the person said yes to, while it is still ahead; otherwise the request is read again
    // so the time is ahead, however long the person took to answer.
    const result = stillAhead(state.confirmed, zone, input.now) ?? this.parse(input, state, zone);
    if (!result || !('kind' in result)) return result ? this.respond(input, state, result, zone) : [];
    const skillId = this.deps.skills?.matchSkill(result.what) ?? undefined;
    await this.deps.reminders.create(ownerOf(input), {
      kind: skillId ? 'skill' : 'custom',
      what: result.what,
      ...(skillId ? { skillId } : {}),
      rrule: result.rrule,
      timeZone: result.timeZone,
      firstAt: result.next,
      leadMinutes: result.leadMinutes ?? 0,
      language: input.language,
    });
    forgetListed(input);
    const texts = this.deps.text.for(input.language);
    const text = fillText(texts.create.created, { schedule: this.scheduleText(input, result) });
    const title =
      result.what === this.defaultWhat(input) ? texts.create.createdTitle : capitalise(result.what);
    return [{ text, cards: [{ kind: 'reminder', title, text }] }];
  }

  private askNewTime(input: TurnInput, state: CreationState): Replies {
    const message = { text: this.deps.text.for(input.language).create.askNewTime };
    awaitAnswer(input, 'create.clarify', { ...state, reason: 'retime', attempts: 0, question: message });
    return [message];
  }

  private askTimeZone(input: TurnInput, state: CreationState, retry: boolean): Replies {
    const suggestion = state.suggestion ?? this.zones.suggestion(input.user);
    awaitAnswer(input, 'create.timeZone', { ...state, suggestion, attempts: retry ? 1 : 0 });
    return [this.zones.ask(input.language, suggestion, retry)];
  }

  private onTimeZone(input: TurnInput, state: CreationState): Replies | undefined {
    const zone = this.zones.read(input.text, state.suggestion ?? null);
    if (!zone) {
      if ((state.attempts ?? 0) >= 1 || looksLikeQuestion(input.text)) return undefined;
      return this.askTimeZone(input, state, true);
    }
    input.user.timeZone = zone;
    return this.evaluate(input, { ...state, attempts: 0 });
  }

  /** One more try after an answer that was not understood; after that, other dialogs get it. */
  private retryOrPass(input: TurnInput, state: CreationState): Replies | undefined {
    if ((state.attempts ?? 0) >= 1 || looksLikeQuestion(input.text) || !state.question) return undefined;
    const texts = this.deps.text.for(input.language);
    const question = state.question;
    awaitAnswer(input, 'create.clarify', { ...state, attempts: (state.attempts ?? 0) + 1 });
    return [{ ...question, text: `${texts.create.retryTime}\n\n${question.text}` }];
  }

  private scheduleText(input: TurnInput, reminder: ScheduledReminder): string {
    const schedule = describeSchedule(reminder, localeOf(input.language), input.now);
    if (input.clientTimeZone) return schedule;
    const zone = this.zones.phrase(reminder.timeZone, input.language) ?? reminder.timeZone;
    return fillText(this.deps.text.for(input.language).create.zoneNote, { schedule, zone });
  }

  private defaultWhat(input: TurnInput): string {
    return reminderPhrases(input.language).defaultWhat;
  }

  private yesNoChoices(input: TurnInput) {
    const { yes, no } = this.deps.text.for(input.language).common;
    return [
      { label: yes, value: yes },
      { label: no, value: no },
    ];
  }

  private optedOut(input: TurnInput): Replies {
    return [{ text: this.deps.text.for(input.language).common.optedOut }];
  }
}

function stillAhead(
  confirmed: ConfirmedReminder | undefined,
  zone: string,
  now: Date,
): ScheduledReminder | null {
  if (!confirmed || confirmed.timeZone !== zone) return null;
  const next = new Date(confirmed.next);
  return next.getTime() > now.getTime() ? { ...confirmed, next } : null;
}
