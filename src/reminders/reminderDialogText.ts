import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Language } from '../channels/outboundMessage';
import { contentDirectory } from './contentDirectory';
import { foldText } from './textPatterns';

/** Texts are sent as SMS too: two concatenated segments are the most one reply should need. */
const MAX_CHARS = 320;
const text = z.string().trim().min(1).max(MAX_CHARS);
const plural = z.object({ one: text, other: text }).strict();
const labelled = z.object({ label: text.max(40), phrase: text }).strict();

const languageSchema = z
  .object({
    common: z.object({ yes: text, no: text, optedOut: text }).strict(),
    consent: z.object({ optedOut: text, optedIn: text, alreadyIn: text, help: text }).strict(),
    create: z
      .object({
        confirm: text,
        confirmNoWhat: text,
        zoneNote: text,
        created: text,
        createdTitle: text,
        askNewTime: text,
        retryTime: text,
        unsupportedRepeat: text,
        failed: text,
        startOver: text,
      })
      .strict(),
    manage: z
      .object({
        listHeader: text,
        listItem: text,
        pausedMark: text,
        listMore: text,
        listFooter: text,
        none: text,
        whichOne: text,
        noSuchNumber: text,
        paused: plural,
        nothingToPause: text,
        resumed: plural,
        nothingToResume: text,
        deleted: text,
        confirmDeleteAll: plural,
        deletedAll: plural,
        keptAll: text,
        changed: text,
        changePast: text,
        changeNoTime: text,
      })
      .strict(),
    replies: z.object({ done: text, snoozed: text, skipped: text, stopped: text, notFound: text }).strict(),
    stats: z
      .object({ weekZero: text, weekOne: text, weekOther: text, streakOne: text, streakOther: text })
      .strict(),
    timeZone: z.object({ ask: text, suggestion: text, retry: text }).strict(),
    schedule: z
      .object({ everyDay: text, weekdays: text, days: text, once: text, lead: text, notScheduled: text })
      .strict(),
    skills: z
      .object({ intro: text, step: text, next: text, stop: text, finished: text, stopped: text, which: text })
      .strict(),
    cohort: z
      .object({
        confirmJoin: text,
        askLead: text,
        joined: text,
        joinedNoNext: text,
        unknownCode: text,
        declined: text,
        retryLead: text,
      })
      .strict(),
  })
  .strict();

const zoneSchema = z
  .object({
    zone: text,
    /** Offered as a choice when asking; the others are only recognized when typed. */
    offered: z.boolean(),
    aliases: z.array(text).min(1),
    en: labelled,
    es: labelled,
  })
  .strict();

const leadSchema = z.object({ minutes: z.number().int().positive(), en: labelled, es: labelled }).strict();

const fileSchema = z
  .object({
    timeZones: z.array(zoneSchema).min(1),
    leadOptions: z.array(leadSchema).min(1).max(6),
    en: languageSchema,
    es: languageSchema,
  })
  .strict();

/** Every sentence the reminder, consent, skill and cohort dialogs say, in one language. */
export type ReminderDialogTexts = z.infer<typeof languageSchema>;
/** A "1 reminder" / "{count} reminders" pair. */
export type PluralText = z.infer<typeof plural>;

/** A US time zone the dialogs offer or recognize; `aliases` are folded (lower case, no accents). */
export interface TimeZoneOption {
  zone: string;
  offered: boolean;
  aliases: string[];
  label: Record<Language, string>;
  phrase: Record<Language, string>;
}

/** A lead time offered when joining a group's session reminders. */
export interface LeadOption {
  minutes: number;
  label: Record<Language, string>;
  phrase: Record<Language, string>;
}

/** The validated content of content/reminders/dialog-text.json. */
export interface ReminderDialogText {
  for(language: Language): ReminderDialogTexts;
  readonly timeZones: readonly TimeZoneOption[];
  readonly leadOptions: readonly LeadOption[];
}

/**
 * Loads and validates the dialog wording (English and Spanish). Throws an error naming the file
 * and the bad fields, so broken content stops start-up instead of surfacing mid-conversation.
 */
export function loadReminderDialogText(
  file = path.join(contentDirectory('reminders'), 'dialog-text.json'),
): ReminderDialogText {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read reminder dialog text`, { cause: error });
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file}: invalid reminder dialog text (${where.join('; ')})`);
  }
  const data = parsed.data;
  return {
    for: (language) => data[language],
    timeZones: data.timeZones.map((z) => ({
      zone: z.zone,
      offered: z.offered,
      aliases: z.aliases.map((alias) => foldText(alias)),
      label: { en: z.en.label, es: z.es.label },
      phrase: { en: z.en.phrase, es: z.es.phrase },
    })),
    leadOptions: data.leadOptions.map((o) => ({
      minutes: o.minutes,
      label: { en: o.en.label, es: o.es.label },
      phrase: { en: o.en.phrase, es: o.es.phrase },
    })),
  };
}

let shared: ReminderDialogText | undefined;

/** The bundled dialog text, loaded once per process. */
export function sharedReminderDialogText(): ReminderDialogText {
  shared ??= loadReminderDialogText();
  return shared;
}

/** Picks the singular or plural form and fills in `{count}`. */
export function pluralText(forms: PluralText, count: number): string {
  return (count === 1 ? forms.one : forms.other).replace('{count}', String(count));
}
