import type { Choice, OutboundMessage } from '../src/channels/outboundMessage';
import { analyseReminderText } from '../src/reminders/analyseReminderText';
import { pluralText } from '../src/reminders/reminderDialogText';
import { fillText } from './fillText';
import { foldText } from '../src/reminders/textPatterns';
import { toWallClock } from '../src/reminders/wallClock';
import { isConsentInterrupt } from './answerGuards';
import { awaitAnswer, type ReminderDialogDeps } from './reminderDialogDeps';
import { foldForIntent } from './reminderIntent';
import type { ReminderView } from './reminderPort';
import { listedIds, rememberListed } from './reminderListMemory';
import { ReminderRescheduling, type ChangeState } from './reminderRescheduling';
import { ruleClock, storedScheduleText } from './scheduleText';
import type { TurnInput } from './turnTypes';
import { readYesNo } from './yesNo';

type Replies = OutboundMessage[];
type PickAction = 'pause' | 'resume' | 'delete' | 'change';

interface PickState {
  action: PickAction;
  newTime?: string;
}

/** SMS reads best with a short list; the rest is summarized. */
const MAX_LISTED = 5;
const MAX_LABEL = 60;
const PICK_ANSWER = /^(?:(?:reminder|recordatorio|number|numero|no|el|la|#) ?)*(\d{1,2})$/;

/**
 * Listing, pausing, resuming and deleting reminders, and choosing which one a command means.
 * A number refers to the list last shown to the person, so it stays right even if a reminder
 * was added since.
 */
export class ReminderManagement {
  private readonly rescheduling: ReminderRescheduling;

  constructor(private readonly deps: ReminderDialogDeps) {
    this.rescheduling = new ReminderRescheduling(deps);
  }

  async list(input: TurnInput): Promise<Replies> {
    const texts = this.deps.text.for(input.language);
    const reminders = await this.deps.reminders.list(input.userHash);
    if (reminders.length === 0) return [{ text: texts.manage.none }];
    rememberListed(input, reminders);
    const lines = reminders.slice(0, MAX_LISTED).map((r, i) =>
      fillText(texts.manage.listItem, {
        number: String(i + 1),
        what: r.what,
        schedule: this.scheduleOf(input, r),
      }),
    );
    if (reminders.length > MAX_LISTED) {
      lines.push(fillText(texts.manage.listMore, { count: String(reminders.length - MAX_LISTED) }));
    }
    return [{ text: [texts.manage.listHeader, ...lines, texts.manage.listFooter].join('\n') }];
  }

  async setPaused(input: TurnInput, paused: boolean, number?: number): Promise<Replies> {
    const texts = this.deps.text.for(input.language).manage;
    const reminders = await this.deps.reminders.list(input.userHash);
    let targets = reminders.filter((r) => r.status === (paused ? 'active' : 'paused'));
    if (number !== undefined) {
      const picked = this.byNumber(input, reminders, number);
      if (!picked) return this.noSuchNumber(input, number);
      targets = [picked];
    }
    if (targets.length === 0) return [{ text: paused ? texts.nothingToPause : texts.nothingToResume }];
    const ids = targets.map((r) => r.id);
    const changed = await this.deps.reminders.setPaused(input.userHash, ids, paused);
    if (changed === 0) return [{ text: paused ? texts.nothingToPause : texts.nothingToResume }];
    return [{ text: pluralText(paused ? texts.paused : texts.resumed, changed) }];
  }

  async delete(input: TurnInput, number?: number): Promise<Replies> {
    const reminders = await this.deps.reminders.list(input.userHash);
    if (reminders.length === 0) return [{ text: this.deps.text.for(input.language).manage.none }];
    const target =
      number !== undefined
        ? this.byNumber(input, reminders, number)
        : reminders.length === 1
          ? reminders[0]
          : null;
    if (number !== undefined && !target) return this.noSuchNumber(input, number);
    if (!target) return this.askWhich(input, reminders, { action: 'delete' });
    return this.deleteOne(input, target);
  }

  async confirmDeleteAll(input: TurnInput): Promise<Replies> {
    const texts = this.deps.text.for(input.language);
    const reminders = await this.deps.reminders.list(input.userHash);
    if (reminders.length === 0) return [{ text: texts.manage.none }];
    awaitAnswer(input, 'manage.deleteAll', {});
    const { yes, no } = texts.common;
    const choices: Choice[] = [
      { label: yes, value: yes },
      { label: no, value: no },
    ];
    return [{ text: pluralText(texts.manage.confirmDeleteAll, reminders.length), choices }];
  }

  async change(
    input: TurnInput,
    intent: { number?: number; target?: string; newTime: string },
  ): Promise<Replies> {
    const reminders = await this.deps.reminders.list(input.userHash);
    if (reminders.length === 0) return [{ text: this.deps.text.for(input.language).manage.none }];
    if (intent.number !== undefined) {
      const picked = this.byNumber(input, reminders, intent.number);
      if (!picked) return this.noSuchNumber(input, intent.number);
      return this.rescheduling.apply(input, picked, { newTime: intent.newTime, answers: [] });
    }
    const matches = intent.target ? this.matchTarget(input, reminders, intent.target) : reminders;
    if (matches.length === 1)
      return this.rescheduling.apply(input, matches[0], { newTime: intent.newTime, answers: [] });
    return this.askWhich(input, reminders, { action: 'change', newTime: intent.newTime });
  }

  async resume(input: TurnInput, step: string, data: Record<string, unknown>): Promise<Replies | undefined> {
    if (isConsentInterrupt(input.text)) return undefined;
    if (step === 'manage.deleteAll') return this.onDeleteAll(input);
    if (step === 'manage.pick') return this.onPick(input, data as unknown as PickState);
    if (step === 'manage.changeClarify')
      return this.rescheduling.resume(input, data as unknown as ChangeState);
    return undefined;
  }

  private async onDeleteAll(input: TurnInput): Promise<Replies | undefined> {
    const texts = this.deps.text.for(input.language).manage;
    const answer = readYesNo(input.text);
    if (answer === 'no') return [{ text: texts.keptAll }];
    if (answer !== 'yes') return undefined;
    const removed = await this.deps.reminders.removeAll(input.userHash);
    return [{ text: removed === 0 ? texts.none : pluralText(texts.deletedAll, removed) }];
  }

  private async onPick(input: TurnInput, state: PickState): Promise<Replies | undefined> {
    const match = PICK_ANSWER.exec(foldForIntent(input.text));
    if (!match) return undefined;
    const number = Number(match[1]);
    if (state.action === 'pause' || state.action === 'resume')
      return this.setPaused(input, state.action === 'pause', number);
    if (state.action === 'delete') return this.delete(input, number);
    return this.change(input, { number, newTime: state.newTime ?? '' });
  }

  private async deleteOne(input: TurnInput, target: ReminderView): Promise<Replies> {
    const texts = this.deps.text.for(input.language).manage;
    const removed = await this.deps.reminders.remove(input.userHash, target.id);
    if (!removed) return [{ text: this.deps.text.for(input.language).replies.notFound }];
    return [{ text: fillText(texts.deleted, { what: target.what }) }];
  }

  private askWhich(input: TurnInput, reminders: ReminderView[], state: PickState): Replies {
    rememberListed(input, reminders);
    awaitAnswer(input, 'manage.pick', { ...state });
    const choices = reminders.slice(0, MAX_LISTED * 2).map((r, i) => ({
      label: shorten(`${r.what}: ${this.scheduleOf(input, r)}`),
      value: String(i + 1),
    }));
    return [{ text: this.deps.text.for(input.language).manage.whichOne, choices }];
  }

  /** Reminders whose clock time ("my 8pm reminder") or subject ("my walk reminder") fits. */
  private matchTarget(input: TurnInput, reminders: ReminderView[], target: string): ReminderView[] {
    const times = analyseReminderText(target, input.language, toWallClock(input.now, 'UTC')).times;
    if (times.length > 0) {
      return reminders.filter((r) => {
        const clock = eventClock(r);
        return clock !== null && times.some((t) => t.hour === clock.hour && t.minute === clock.minute);
      });
    }
    const wanted = foldText(target);
    return reminders.filter((r) => foldText(r.what).includes(wanted) || wanted.includes(foldText(r.what)));
  }

  private byNumber(input: TurnInput, reminders: ReminderView[], number: number): ReminderView | undefined {
    const listed = listedIds(input);
    const id = listed ? listed[number - 1] : reminders[number - 1]?.id;
    return reminders.find((r) => r.id === id);
  }

  private noSuchNumber(input: TurnInput, number: number): Replies {
    return [
      {
        text: fillText(this.deps.text.for(input.language).manage.noSuchNumber, {
          number: String(number),
        }),
      },
    ];
  }

  private scheduleOf(input: TurnInput, reminder: ReminderView): string {
    const texts = this.deps.text.for(input.language);
    const schedule = storedScheduleText(reminder, input.language, texts, input.now);
    return reminder.status === 'paused' ? `${schedule} ${texts.manage.pausedMark}` : schedule;
  }
}

/** The event's local clock time: the rule's for a repeating reminder, the next one's otherwise. */
function eventClock(reminder: ReminderView): { hour: number; minute: number } | null {
  if (reminder.rrule) return ruleClock(reminder.rrule);
  if (!reminder.nextAt) return null;
  return toWallClock(new Date(reminder.nextAt.getTime() + reminder.leadMinutes * 60_000), reminder.timeZone);
}

function shorten(label: string): string {
  return label.length <= MAX_LABEL ? label : `${label.slice(0, MAX_LABEL - 1).trimEnd()}…`;
}
