import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { contentRoot } from '../content/contentRoot';

const choiceSchema = z.strictObject({ label: z.string().min(1), value: z.string().min(1) });

/** Every crisis reply must give the three ways to reach help, whatever else it says. */
function mentionsAll(...numbers: string[]) {
  return (text: string) => numbers.every((n) => text.includes(n));
}

const crisisVariantSchema = z.strictObject({
  text: z
    .string()
    .min(1)
    .refine(mentionsAll('988', '741741', '911'), 'must mention 988, 741741 and 911'),
  choices: z.array(choiceSchema).min(1).max(4),
});

const languageSchema = z.strictObject({
  crisis: z.strictObject({
    self: crisisVariantSchema,
    other: crisisVariantSchema,
    overdose: crisisVariantSchema,
    danger: crisisVariantSchema,
    harmOthers: crisisVariantSchema,
  }),
  followUps: z.array(z.string().min(1).refine(mentionsAll('988'), 'must mention 988')).min(1),
  imFine: z.string().min(1).refine(mentionsAll('988'), 'must mention 988'),
  reminderChoices: z.array(choiceSchema).min(1).max(4),
  guardrails: z.strictObject({
    medical_advice: z.string().min(1),
    human_check: z.string().min(1),
  }),
  disclaimer: z.string().min(1).refine(mentionsAll('911', '988'), 'must mention 911 and 988'),
});

const safetyContentSchema = z.strictObject({ en: languageSchema, es: languageSchema });

/** Crisis, follow-up, guardrail and disclaimer text in English and Spanish. */
export type SafetyContent = z.infer<typeof safetyContentSchema>;
export type CrisisVariant = keyof SafetyContent['en']['crisis'];

/**
 * Validates raw safety content. Throws an error naming each bad field (for example
 * `es.crisis.self.text: must mention 988, 741741 and 911`) so a broken edit fails at start-up.
 */
export function parseSafetyContent(raw: unknown, source = 'content/safety/safety.json'): SafetyContent {
  const parsed = safetyContentSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
  );
  throw new Error(`${source} is invalid; fix these fields: ${problems.join('; ')}`);
}

/** Reads and validates a safety content file without caching (tests and tools). */
export function readSafetyContent(file: string): SafetyContent {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: could not read safety content as JSON`, { cause: error });
  }
  return parseSafetyContent(raw, file);
}

let cached: SafetyContent | undefined;

/** The repository's `content/safety/safety.json`, validated once and cached. */
export function loadSafetyContent(): SafetyContent {
  cached ??= readSafetyContent(join(contentRoot(), 'safety', 'safety.json'));
  return cached;
}
