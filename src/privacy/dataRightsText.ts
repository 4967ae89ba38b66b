import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentRoot } from '../content/contentRoot';

const block = z.object({
  intro: z.string(),
  location: z.string(),
  noLocation: z.string(),
  timeZone: z.string(),
  noTimeZone: z.string(),
  language: z.string(),
  reminders: z.string(),
  reminderLine: z.string(),
  practice: z.string(),
  cohorts: z.string(),
  noCohorts: z.string(),
  consent: z.string(),
  noConsent: z.string(),
  started: z.string(),
  outro: z.string(),
  confirmErase: z.string(),
  yes: z.string(),
  no: z.string(),
  erased: z.string(),
  kept: z.string(),
  languageNames: z.object({ en: z.string(), es: z.string() }),
  statusNames: z.record(z.string(), z.string()),
  consentNames: z.record(z.string(), z.string()),
});

const schema = z.object({
  triggers: z.object({ show: z.array(z.string().min(1)).min(1), erase: z.array(z.string().min(1)).min(1) }),
  en: block,
  es: block,
});

export type DataRightsText = z.infer<typeof schema>;

export function loadDataRightsText(
  file = path.join(contentRoot(), 'privacy', 'data-rights.json'),
): DataRightsText {
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `${file}: invalid content at ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
    );
  }
  return parsed.data;
}
