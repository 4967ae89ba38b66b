import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Language } from '../channels/outboundMessage';
import { contentRoot } from '../content/contentRoot';

const phrases = z.array(z.string().trim().min(1)).min(1);
const text = z.string().trim().min(1);

const agesSchema = z.object({ children: phrases, youngAdults: phrases, adults: phrases, seniors: phrases });
const paymentSchema = z.object({
  medicaid: phrases,
  medicare: phrases,
  private: phrases,
  self: phrases,
  sliding: phrases,
  military: phrases,
  free: phrases,
});
const focusSchema = z.object({ mental_health: phrases, substance_use: phrases, co_occurring: phrases });

const searchWordsSchema = z.object({
  /** Phrases removed before matching, such as "feel free" or "drug free". */
  ignore: phrases,
  iopOnly: phrases,
  telehealth: phrases,
  spanish: phrases,
  signLanguage: phrases,
  evening: phrases,
  ages: agesSchema,
  payment: paymentSchema,
  focus: focusSchema,
});

const textSetSchema = z.object({
  labels: z.object({
    iop: text,
    askAboutIop: text,
    residential: text,
    telehealth: text,
    spanish: text,
    signLanguage: text,
    medicaid: text,
    medicare: text,
    sliding: text,
    free: text,
    evening: text,
  }),
  filters: z.object({
    iopOnly: text,
    telehealth: text,
    spanish: text,
    signLanguage: text,
    evening: text,
    ages: z.object({ children: text, youngAdults: text, adults: text, seniors: text }),
    payment: z.object({
      medicaid: text,
      medicare: text,
      private: text,
      self: text,
      sliding: text,
      military: text,
      free: text,
    }),
    focus: z.object({ mental_health: text, substance_use: text, co_occurring: text }),
  }),
});

const locatorTextSchema = z.object({ en: textSetSchema, es: textSetSchema });

/** English and Spanish phrases that turn a message into search filters. */
export type SearchWords = z.infer<typeof searchWordsSchema>;
/** Card labels and filter descriptions in one language. */
export type LocatorText = z.infer<typeof textSetSchema>;

function load<T>(file: string, schema: z.ZodType<T>): T {
  const full = path.join(contentRoot(), 'programs', file);
  const parsed = schema.safeParse(JSON.parse(readFileSync(full, 'utf8')));
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`${full}: invalid content at ${where}; fix the file and restart.`);
  }
  return parsed.data;
}

let words: SearchWords | undefined;
let texts: z.infer<typeof locatorTextSchema> | undefined;

/** content/programs/search-words.json, loaded and validated once. */
export function searchWords(): SearchWords {
  words ??= load('search-words.json', searchWordsSchema);
  return words;
}

/** content/programs/locator-text.json for one language, loaded and validated once. */
export function locatorText(language: Language): LocatorText {
  texts ??= load('locator-text.json', locatorTextSchema);
  return texts[language];
}
