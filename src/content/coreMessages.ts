import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Language } from '../channels/outboundMessage';
import { contentRoot } from './contentRoot';

const languageBlock = z.object({
  welcome: z.string().min(1),
  /** The first-contact text on SMS, where every character costs: who, what, and where to get help. */
  smsWelcome: z.string().min(1).max(240),
  disclaimer: z.string().min(1),
  welcomeChoices: z.array(z.string().min(1)).min(1).max(4),
  fallback: z.string().min(1),
  turnError: z.string().min(1),
  storageDown: z.string().min(1),
});

const schema = z.object({ en: languageBlock, es: languageBlock });

export type CoreMessageSet = z.infer<typeof languageBlock>;

/** The bot's own fixed sentences (welcome, fallback, apologies), with {placeholders} filled in. */
export class CoreMessages {
  private constructor(private readonly sets: Record<Language, CoreMessageSet>) {}

  static load(
    values: Record<string, string>,
    file = path.join(contentRoot(), 'core', 'messages.json'),
  ): CoreMessages {
    const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const where = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
      throw new Error(`${file}: invalid content at ${where}`);
    }
    const fill = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
    const fillSet = (set: CoreMessageSet): CoreMessageSet => ({
      ...set,
      welcome: fill(set.welcome),
      smsWelcome: fill(set.smsWelcome),
      fallback: fill(set.fallback),
    });
    return new CoreMessages({ en: fillSet(parsed.data.en), es: fillSet(parsed.data.es) });
  }

  for(language: Language): CoreMessageSet {
    return this.sets[language];
  }
}
