import { findDateTimes } from './dateTimeMatches';
import { wordPattern, type TextSpan } from './textPatterns';
import type { WallClock } from './wallClock';

/** "remind me an hour before": how long before the event, and where that phrase is. */
export interface LeadTime {
  minutes: number;
  span: TextSpan;
}

const LEAD_WORDS: Record<'en' | 'es', string> = {
  en: 'before|beforehand|ahead of time|in advance|early|earlier',
  es: 'antes|de antelación|con antelación|de anticipación|con anticipación',
};

/** How far back before "before" a duration may start ("forty-five minutes " fits easily). */
const WINDOW = 40;
/** A week: longer leads are almost certainly a misreading. */
const MAX_LEAD_MINUTES = 7 * 24 * 60;

/**
 * Finds a duration followed by "before"/"antes" ("30 minutes before", "una hora antes") and
 * returns it in minutes. The duration itself is read by the recognizer, so number words work;
 * text such as "stretch before bed" has no duration right before the word and is ignored.
 */
export function extractLeadTime(text: string, language: 'en' | 'es', reference: WallClock): LeadTime | null {
  for (const keyword of text.matchAll(wordPattern(LEAD_WORDS[language]))) {
    const keywordStart = keyword.index ?? 0;
    const windowStart = Math.max(0, keywordStart - WINDOW);
    const window = text.slice(windowStart, keywordStart).trimEnd();
    const duration = findDateTimes(window, language, reference).find(
      (match) => match.type === 'duration' && match.end === window.length,
    );
    if (duration?.seconds === undefined) continue;
    const minutes = Math.round(duration.seconds / 60);
    if (minutes <= 0 || minutes > MAX_LEAD_MINUTES) continue;
    return { minutes, span: { start: windowStart + duration.start, end: keywordStart + keyword[0].length } };
  }
  return null;
}
