import type { Language } from '../outboundMessage';

/**
 * The page's language: `?lang=es` or `?lang=en` when given (the language link), otherwise the
 * first of the browser's preferred languages (Accept-Language, by weight) that the bot speaks.
 */
export function pageLanguage(query: string | null, acceptLanguage: string | undefined): Language {
  if (query === 'es' || query === 'en') return query;
  const preferences = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { base: tag.trim().toLowerCase().split('-')[0], weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((p) => p.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const match = preferences.find((p) => p.base === 'es' || p.base === 'en');
  return (match?.base as Language | undefined) ?? 'en';
}
