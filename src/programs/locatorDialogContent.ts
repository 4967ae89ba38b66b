import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Language } from '../channels/outboundMessage';
import { contentRoot } from '../content/contentRoot';
import { foldText } from './placeText';

/** Phrases are matched against foldText output, so they are folded the same way when loaded. */
const phrases = z
  .array(z.string().trim().min(1))
  .min(1)
  .transform((list) => list.map(foldText));
const text = z.string().trim().min(1);

export const REPORT_REASONS = ['phone', 'address', 'closed', 'services', 'other'] as const;
/** Why a listing was reported; stored as this code, never as the person's own words. */
export type ReportReason = (typeof REPORT_REASONS)[number];

const reasons = <T extends z.ZodType>(value: T) =>
  z.object({ phone: value, address: value, closed: value, services: value, other: value });

const wordsSchema = z.object({
  requestVerbs: phrases,
  whereWords: phrases,
  programNouns: phrases,
  nearMe: phrases,
  placeCues: phrases,
  more: phrases,
  farther: phrases,
  clearFilters: phrases,
  forget: phrases,
  report: phrases,
  problem: phrases,
  followUpCues: phrases,
  questionStarts: phrases,
  fillers: phrases,
  cancel: phrases,
  reportReasons: reasons(phrases),
});

const textSchema = z.object({
  askLocation: text,
  askLocationAgain: text,
  locationCancelled: text,
  usingSaved: text,
  remembered: text,
  rangeWithin: text,
  rangeRing: text,
  resultsOne: text,
  resultsAll: text,
  resultsSome: text,
  filtersSuffix: text,
  widened: text,
  caveat: text,
  nextPage: text,
  noMore: text,
  farthest: text,
  noneNearby: text,
  noneHelp: text,
  emptyDirectory: text,
  forgotten: text,
  nothingToForget: text,
  reportWhich: text,
  reportAsk: text,
  reportThanks: text,
  reportMissing: text,
  reportCancelled: text,
  sourceSamhsa: text,
  sourceProvider: text,
  sourceProviderChecked: text,
  choices: z.object({ showMore: text, farther: text, telehealth: text, medicaid: text, clearFilters: text }),
  reportReasons: reasons(text),
});

const fileSchema = z.object({ words: wordsSchema, en: textSchema, es: textSchema });

/** The locator conversation's sentences in one language; `{name}` marks a value filled in. */
export type LocatorDialogText = z.infer<typeof textSchema>;
/** Phrase lists that tell what a message asks of the locator, folded (lower case, no accents). */
export type LocatorWords = z.output<typeof wordsSchema>;

let loaded: z.output<typeof fileSchema> | undefined;

function content(): z.output<typeof fileSchema> {
  if (loaded) return loaded;
  const file = path.join(contentRoot(), 'programs', 'locator-dialog.json');
  const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`${file}: invalid content at ${where}; fix the file and restart.`);
  }
  loaded = parsed.data;
  return loaded;
}

/** content/programs/locator-dialog.json, one language, loaded and validated once. */
export function locatorDialogText(language: Language): LocatorDialogText {
  return content()[language];
}

/** The locator's phrase lists, folded for matching against foldText output. */
export function locatorWords(): LocatorWords {
  return content().words;
}
