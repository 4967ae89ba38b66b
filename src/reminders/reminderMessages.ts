import fs from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Language, OutboundMessage } from '../channels/outboundMessage';
import { contentDirectory } from './contentDirectory';
import { REMINDER_ACTIONS, reminderReplyValue } from './reminderReplies';

const text = z.string().trim().min(1);
const byKind = z.object({ custom: text, skill: text, session: text }).strict();

const languageSchema = z
  .object({
    title: byKind,
    text: byKind,
    at: text.includes('{time}'),
    atOne: text.includes('{time}'),
    choices: z.object({ done: text, snooze10: text, snooze60: text, skip: text, stop: text }).strict(),
  })
  .strict();

const schema = z.object({ en: languageSchema, es: languageSchema }).strict();
type LanguageText = z.infer<typeof languageSchema>;

export type ReminderKind = keyof LanguageText['title'];

/** What a reminder message says. */
export interface ReminderMessageInput {
  occurrenceId: string;
  kind: string;
  /** The reminder's text (opened), or the cohort's name for a session. */
  what: string;
  language: string;
  timeZone: string;
  /** The event the reminder is for (its firing time plus the lead time). */
  eventAt: Date;
}

/**
 * Builds the reminder message from content/reminders/reminder-messages.json: a reminder card with
 * the five reply buttons (SMS gets them as numbered text from the renderer).
 */
export class ReminderMessages {
  private constructor(private readonly sets: Record<Language, LanguageText>) {}

  static load(file = path.join(contentDirectory('reminders'), 'reminder-messages.json')): ReminderMessages {
    const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const where = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
      throw new Error(`${file}: invalid reminder content at ${where}`);
    }
    return new ReminderMessages(parsed.data);
  }

  build(input: ReminderMessageInput): OutboundMessage {
    const language: Language = input.language === 'es' ? 'es' : 'en';
    const set = this.sets[language];
    const kind: ReminderKind = input.kind === 'skill' || input.kind === 'session' ? input.kind : 'custom';
    const body = fill(set.text[kind], { what: input.what, at: this.at(set, language, input) });
    return {
      text: body,
      cards: [{ kind: 'reminder', title: set.title[kind], text: body }],
      choices: REMINDER_ACTIONS.map((action) => ({
        label: set.choices[action],
        value: reminderReplyValue(action, input.occurrenceId),
      })),
    };
  }

  private at(set: LanguageText, language: Language, input: ReminderMessageInput): string {
    const local = DateTime.fromJSDate(input.eventAt, { zone: input.timeZone }).setLocale(
      language === 'es' ? 'es-US' : 'en-US',
    );
    // Spanish says "a la 1:00" but "a las 2:00": the article follows the hour.
    const template = local.hour % 12 === 1 ? set.atOne : set.at;
    return fill(template, { time: local.toLocaleString(DateTime.TIME_SIMPLE) });
  }
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
