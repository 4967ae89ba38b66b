import type { OutboundMessage } from '../src/channels/outboundMessage';
import { fillText } from './fillText';
import { durationLabel } from '../src/reminders/scheduleFormat';
import type { ReminderReply } from './parseReminderReply';
import { knownTimeZone, type ReminderDialogDeps } from './reminderDialogDeps';
import type { SnoozeMinutes } from './reminderPort';
import { localeOf } from './scheduleText';
import type { TurnInput } from './turnTypes';

type Replies = OutboundMessage[];

/**
 * Answers to a reminder message (Done, Snooze, Skip, Stop these reminders) and "how am I doing?".
 * A typed "done" with no reminder sent lately is not a reply, so it is left to other dialogs.
 */
export class ReminderReplies {
  constructor(private readonly deps: ReminderDialogDeps) {}

  async handle(input: TurnInput, reply: ReminderReply): Promise<Replies | undefined> {
    if (reply.action === 'practice') return undefined;
    const texts = this.deps.text.for(input.language).replies;
    const delivered = await this.deps.reminders.findDelivered(input.userHash, input.now, reply.occurrenceRef);
    if (!delivered) return reply.occurrenceRef ? [{ text: texts.notFound }] : undefined;
    const ref = delivered.occurrenceRef;
    if (reply.action === 'done') return this.done(input, ref);
    if (reply.action === 'snooze') return this.snooze(input, ref, reply.minutes ?? 10);
    if (reply.action === 'skip') {
      const skipped = await this.deps.reminders.skip(input.userHash, ref);
      return [{ text: skipped ? texts.skipped : texts.notFound }];
    }
    const stopped = await this.deps.reminders.stop(input.userHash, ref);
    return [{ text: stopped ? fillText(texts.stopped, { what: delivered.what }) : texts.notFound }];
  }

  async stats(input: TurnInput): Promise<Replies> {
    const texts = this.deps.text.for(input.language).stats;
    const zone = knownTimeZone(input) ?? 'UTC';
    const { thisWeek, streakDays } = await this.deps.practice.stats(input.userHash, zone);
    const week =
      thisWeek === 0
        ? texts.weekZero
        : thisWeek === 1
          ? texts.weekOne
          : fillText(texts.weekOther, { count: String(thisWeek) });
    const parts = [week];
    if (streakDays === 1) parts.push(texts.streakOne);
    if (streakDays > 1) parts.push(fillText(texts.streakOther, { count: String(streakDays) }));
    return [{ text: parts.join(' ') }];
  }

  private async done(input: TurnInput, ref: string): Promise<Replies> {
    const texts = this.deps.text.for(input.language).replies;
    if (!(await this.deps.reminders.done(input.userHash, ref))) return [{ text: texts.notFound }];
    const stats = await this.stats(input);
    return [{ text: `${texts.done} ${stats[0].text}` }];
  }

  private async snooze(input: TurnInput, ref: string, minutes: SnoozeMinutes): Promise<Replies> {
    const texts = this.deps.text.for(input.language).replies;
    const snoozed = await this.deps.reminders.snooze(input.userHash, ref, minutes);
    if (!snoozed) return [{ text: texts.notFound }];
    return [
      { text: fillText(texts.snoozed, { duration: durationLabel(localeOf(input.language), minutes) }) },
    ];
  }
}
