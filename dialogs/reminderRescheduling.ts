import type { Language, OutboundMessage } from '../src/channels/outboundMessage';
import {
  ambiguousTimes,
  parseWithAnswers,
  type ClarificationAnswer,
} from '../src/reminders/clarificationAnswers';
import { fillText } from './fillText';
import { namesDay, rescheduleReminder } from '../src/reminders/rescheduleReminder';
import { capitalise, hourChoiceLabel } from '../src/reminders/scheduleFormat';
import { awaitAnswer, type ReminderDialogDeps } from './reminderDialogDeps';
import type { ReminderSchedule, ReminderView } from './reminderPort';
import { localeOf, storedScheduleText } from './scheduleText';
import type { TurnInput } from './turnTypes';

type Replies = OutboundMessage[];

/** A change of time waiting on an answer ("9 AM or 9 PM?"); kept in conversation.pending. */
export interface ChangeState {
  reminderId?: string;
  newTime: string;
  answers: ClarificationAnswer[];
  reason?: 'ambiguous' | 'past' | 'no_time';
}

/**
 * "Change my 8pm reminder to 9pm": reads the new time in the reminder's own zone, asks when it is
 * unclear, and moves the reminder, keeping its days (or its date) unless new ones were named.
 */
export class ReminderRescheduling {
  constructor(private readonly deps: ReminderDialogDeps) {}

  async apply(input: TurnInput, reminder: ReminderView, state: ChangeState): Promise<Replies> {
    const texts = this.deps.text.for(input.language);
    const locale = localeOf(input.language);
    const options = { now: input.now, timeZone: reminder.timeZone, locale };
    const request = clockOnly(state.newTime, input.language);
    const parsed = request ? parseWithAnswers(request, state.answers, options) : null;
    if (!parsed) return [{ text: texts.manage.changeNoTime }];
    if ('error' in parsed) {
      return [
        {
          text:
            parsed.error === 'unsupported_recurrence' ? texts.create.unsupportedRepeat : texts.create.failed,
        },
      ];
    }
    if ('clarify' in parsed) {
      return this.ask(
        input,
        { ...state, reminderId: reminder.id, reason: parsed.reason },
        parsed.clarify,
        reminder.timeZone,
      );
    }
    const given = [request, ...state.answers.map((a) => (a.kind === 'details' ? a.text : ''))];
    const named = given.some((text) => text !== '' && namesDay(text, locale, input.now, reminder.timeZone));
    const changed = rescheduleReminder(reminder, parsed, named, input.now);
    if (!changed) return [{ text: texts.manage.changePast }];
    return this.save(input, reminder, {
      ...changed,
      timeZone: reminder.timeZone,
      leadMinutes: reminder.leadMinutes,
    });
  }

  private async save(input: TurnInput, reminder: ReminderView, schedule: ReminderSchedule): Promise<Replies> {
    const texts = this.deps.text.for(input.language);
    const saved = await this.deps.reminders.reschedule(input.userHash, reminder.id, schedule);
    if (!saved) return [{ text: texts.replies.notFound }];
    const text = fillText(texts.manage.changed, {
      what: reminder.what,
      schedule: storedScheduleText(schedule, input.language, texts, input.now),
    });
    return [{ text }];
  }

  async resume(input: TurnInput, state: ChangeState): Promise<Replies | undefined> {
    const reminders = await this.deps.reminders.list(input.userHash);
    const reminder = reminders.find((r) => r.id === state.reminderId);
    if (!reminder) return [{ text: this.deps.text.for(input.language).replies.notFound }];
    const answer: ClarificationAnswer =
      state.reason === 'ambiguous'
        ? { kind: 'meridiem', text: input.text }
        : { kind: 'details', text: input.text };
    const answers = [...state.answers, answer];
    const options = { now: input.now, timeZone: reminder.timeZone, locale: localeOf(input.language) };
    if (parseWithAnswers(clockOnly(state.newTime, input.language), answers, options) === null)
      return undefined;
    return this.apply(input, reminder, { ...state, answers });
  }

  private ask(input: TurnInput, state: ChangeState, question: string, timeZone: string): Replies {
    const message: OutboundMessage = { text: question };
    if (state.reason === 'ambiguous') {
      const locale = localeOf(input.language);
      const times = ambiguousTimes(clockOnly(state.newTime, input.language), state.answers, {
        now: input.now,
        timeZone,
        locale,
      });
      const labels = times.map((t) => capitalise(hourChoiceLabel(locale, t.hour, t.minute)));
      if (labels.length > 1) message.choices = labels.map((label) => ({ label, value: label }));
    }
    awaitAnswer(input, 'manage.changeClarify', { ...state });
    return [message];
  }
}

/** "9" or "9:30" alone is not read as a time by the recognizer; "at 9" / "a las 9" is. */
function clockOnly(newTime: string, language: Language): string {
  const trimmed = newTime.trim();
  if (!/^\d{1,2}(?::\d{2})?$/.test(trimmed)) return trimmed;
  return language === 'es' ? `a las ${trimmed}` : `at ${trimmed}`;
}
