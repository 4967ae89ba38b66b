import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentRoot } from '../../content/contentRoot';
import type { Language } from '../outboundMessage';

const textBlock = z.object({
  htmlLang: z.enum(['en', 'es']),
  webChatLocale: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/),
  title: z.string().min(1),
  tagline: z.string().min(1),
  notice: z.string().min(1),
  skipToChat: z.string().min(1),
  chatLabel: z.string().min(1),
  loading: z.string().min(1),
  noscript: z.string().min(1),
  connectError: z.string().min(1),
  toolsLabel: z.string().min(1),
  shareLocation: z.string().min(1),
  shareLocationHelp: z.string().min(1),
  locationAsking: z.string().min(1),
  locationSent: z.string().min(1),
  locationDenied: z.string().min(1),
  locationUnavailable: z.string().min(1),
  locationMessage: z.string().min(1),
  newChat: z.string().min(1),
  languageLabel: z.string().min(1),
  otherLanguageName: z.string().min(1),
  otherLanguageCode: z.enum(['en', 'es']),
  embedOpen: z.string().min(1),
  embedClose: z.string().min(1),
  embedFrameTitle: z.string().min(1),
});

export type PageText = z.infer<typeof textBlock>;

const schema = z.object({ en: textBlock, es: textBlock });

/** The chat page's own words (content/web/page.json), with {botName} filled in. */
export function loadPageText(
  botName: string,
  file = path.join(contentRoot(), 'web', 'page.json'),
): Record<Language, PageText> {
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `${file}: invalid content at ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
    );
  }
  const fill = (block: PageText): PageText =>
    Object.fromEntries(
      Object.entries(block).map(([k, v]) => [k, v.replaceAll('{botName}', botName)]),
    ) as PageText;
  return { en: fill(parsed.data.en), es: fill(parsed.data.es) };
}
