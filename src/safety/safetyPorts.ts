import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { CrisisCarePort, GuardrailPort } from '../../dialogs/ports';
import { contentRoot } from '../content/contentRoot';
import { buildCrisisResourcesReminder, buildGuardrailReply } from './crisisReply';
import { classifyGuardrail } from './guardrails';
import { loadSafetyContent } from './safetyContent';

const resourcesSchema = z.object({
  reassurance: z.object({ en: z.array(z.string().min(1)), es: z.array(z.string().min(1)) }),
  resources: z
    .array(
      z.object({ values: z.array(z.string().min(1)).min(1), en: z.string().min(1), es: z.string().min(1) }),
    )
    .min(1),
});

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[.!?¡¿,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function createGuardrailPort(): GuardrailPort {
  const content = loadSafetyContent();
  return {
    classify: (text) => classifyGuardrail(text),
    reply: (kind, language) => buildGuardrailReply(kind, language, content),
  };
}

/** Resource buttons and reassurance after a crisis reply; wording from content/safety/resources.json. */
export function createCrisisCarePort(
  file = path.join(contentRoot(), 'safety', 'resources.json'),
): CrisisCarePort {
  const parsed = resourcesSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `${file}: invalid content at ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
    );
  }
  const safety = loadSafetyContent();
  const byValue = new Map<string, { en: string; es: string }>();
  for (const resource of parsed.data.resources) {
    for (const value of resource.values) byValue.set(normalise(value), resource);
  }
  const reassurance = new Set([...parsed.data.reassurance.en, ...parsed.data.reassurance.es].map(normalise));
  return {
    resourceReply(text, language) {
      const resource = byValue.get(normalise(text));
      if (!resource) return undefined;
      const reminder = buildCrisisResourcesReminder(language, { reason: 'follow_up' }, safety);
      return { text: resource[language], choices: reminder.choices };
    },
    isReassurance: (text) => reassurance.has(normalise(text)),
    reassuranceReply: (language) => buildCrisisResourcesReminder(language, { reason: 'im_fine' }, safety),
  };
}
