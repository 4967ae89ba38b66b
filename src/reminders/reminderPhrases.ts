import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentDirectory } from './contentDirectory';

const text = z.string().trim().min(1);

const phraseSetSchema = z.object({
  defaultWhat: text,
  today: text,
  tomorrow: text,
  onceRelative: text,
  onceOnDate: text,
  everyDay: text,
  everyWeekday: text,
  everyDays: text,
  recurring: text,
  startingToday: text,
  startingTomorrow: text,
  startingOn: text,
  leadNote: text,
  clarifyAmbiguous: text,
  clarifyPastToday: text,
  clarifyPast: text,
  clarifyNoTime: text,
  /** Languages that put an article before a clock time ("a las 6", "a la 1"). */
  hourArticles: z.object({ one: text, other: text }).optional(),
  /** Languages that disambiguate 12-hour times with day parts ("de la tarde") instead of AM/PM. */
  dayParts: z
    .object({ earlyMorning: text, morning: text, noon: text, afternoon: text, night: text })
    .optional(),
});

const phrasesFileSchema = z.object({ en: phraseSetSchema, es: phraseSetSchema });

/** The wording used for reminder confirmations and clarifying questions in one language. */
export type ReminderPhraseSet = z.infer<typeof phraseSetSchema>;

let cached: z.infer<typeof phrasesFileSchema> | undefined;

/** Reminder wording for `language`, loaded once from content/reminders/schedule-phrases.json. */
export function reminderPhrases(language: 'en' | 'es'): ReminderPhraseSet {
  if (!cached) {
    const file = path.join(contentDirectory('reminders'), 'schedule-phrases.json');
    cached = phrasesFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  }
  return cached[language];
}

/** Replaces each `{name}` in `template` with `values[name]`; unknown names are left as they are. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
