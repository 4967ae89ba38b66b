import { findDateTimes, type DateTimeMatch } from './dateTimeMatches';
import { detectRecurrence, type RecurrenceCues } from './detectRecurrence';
import { extractLeadTime, type LeadTime } from './extractLeadTime';
import { extractReminderSubject } from './extractReminderSubject';
import { normaliseReminderText } from './normaliseReminderText';
import type { WeekdayCode } from './reminderTypes';
import { wordPattern, type TextSpan } from './textPatterns';
import { timexClockTime, timexDate, timexSetDays, type ClockTime, type TimexDate } from './timex';
import type { WallClock } from './wallClock';

/** Everything the parser reads out of one reminder request, before any scheduling decision. */
export interface ReminderAnalysis {
  /** The subject, or null when the text names none. */
  what: string | null;
  lead: LeadTime | null;
  /** Days to repeat on, or null for a one-time reminder. */
  repeat: WeekdayCode[] | 'daily' | null;
  unsupportedRepeat: boolean;
  /** The date named, if any (only meaningful for one-time reminders). */
  date: TimexDate | null;
  /** Candidate clock times: one, or two when AM/PM is unclear. */
  times: ClockTime[];
  /** "in 2 hours": seconds from now. */
  relativeSeconds: number | null;
}

const RELATIVE_LEAD: Record<'en' | 'es', RegExp> = {
  en: /^(?:in|within)\s+/i,
  es: /^(?:en|dentro de)\s+/i,
};
const RELATIVE_BEFORE: Record<'en' | 'es', RegExp> = {
  en: /(?:^|\s)(?:in|within)\s+$/i,
  es: /(?:^|\s)(?:en|dentro de)\s+$/i,
};
const DAY_PART_HINTS: Record<'en' | 'es', { am: string; pm: string }> = {
  en: { am: 'mornings?', pm: 'tonight|nights?|evenings?|afternoons?' },
  es: { am: 'mañanas|madrugada|(?:de|en|por) la mañana', pm: 'noches?|tardes?' },
};

/** Reads a reminder request: subject, lead time, repetition, date, clock time(s). */
export function analyseReminderText(
  rawText: string,
  language: 'en' | 'es',
  now: WallClock,
): ReminderAnalysis {
  const text = normaliseReminderText(rawText, language);
  const lead = extractLeadTime(text, language, now);
  const searchText = lead ? blank(text, lead.span) : text;
  const matches = findDateTimes(searchText, language, now).filter(
    (match) => match.type !== 'duration' || isRelative(match, searchText, language),
  );
  const cues = detectRecurrence(searchText, language);
  const repeat = repeatDays(cues, matches);
  const relative = relativeSeconds(matches, searchText, language, now);
  const spans: TextSpan[] = [
    ...matches.map((match) => withRelativeWord(match, searchText, language)),
    ...cues.spans,
    ...(lead ? [lead.span] : []),
  ];
  return {
    what: extractReminderSubject(text, spans, language),
    lead,
    repeat: repeat === 'unsupported' ? null : repeat,
    unsupportedRepeat: cues.unsupported || repeat === 'unsupported',
    date: firstDate(matches),
    times: applyDayPartHint(firstTimes(matches), searchText, language),
    relativeSeconds: relative,
  };
}

function blank(text: string, span: TextSpan): string {
  return text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
}

/** Combines the repeat words found by our own patterns with the recognizer's "set" results. */
function repeatDays(
  cues: RecurrenceCues,
  matches: DateTimeMatch[],
): WeekdayCode[] | 'daily' | 'unsupported' | null {
  if (cues.days === 'daily') return 'daily';
  const days = new Set<WeekdayCode>(cues.days ?? []);
  let repeating = cues.days !== null;
  for (const match of matches.filter((candidate) => candidate.type === 'set')) {
    if (match.timexes.length === 0 && !repeating) return 'unsupported';
    for (const timex of match.timexes) {
      const setDays = timexSetDays(timex);
      if (setDays === 'daily') return 'daily';
      if (setDays === null) return 'unsupported';
      setDays.forEach((day) => days.add(day));
      repeating = true;
    }
  }
  if (!repeating) return null;
  // "every Monday and Wednesday at 6:30": the recognizer reports the Wednesday as a plain date.
  for (const match of matches) {
    for (const timex of match.timexes) {
      const date = timexDate(timex);
      if (date?.kind === 'weekday') days.add(date.weekday);
    }
  }
  return [...days];
}

/** Widens "2 horas" to "dentro de 2 horas" so the "in" words leave "what" too. */
function withRelativeWord(match: DateTimeMatch, text: string, language: 'en' | 'es'): TextSpan {
  if (match.type !== 'duration') return match;
  const before = RELATIVE_BEFORE[language].exec(text.slice(0, match.start));
  return before ? { start: match.start - before[0].trimStart().length, end: match.end } : match;
}

function isRelative(match: DateTimeMatch, text: string, language: 'en' | 'es'): boolean {
  if (match.type === 'duration') return RELATIVE_BEFORE[language].test(text.slice(0, match.start));
  return match.type === 'datetime' && RELATIVE_LEAD[language].test(text.slice(match.start, match.end));
}

/**
 * Seconds for "in 2 hours" / "en 30 minutos". The duration is re-read on its own instead of
 * trusting the recognizer's resolved datetime, which drops the "and a half" in "in an hour and
 * a half" and does its arithmetic in the server's zone.
 */
function relativeSeconds(
  matches: DateTimeMatch[],
  text: string,
  language: 'en' | 'es',
  now: WallClock,
): number | null {
  for (const match of matches.filter((candidate) => isRelative(candidate, text, language))) {
    if (match.seconds !== undefined) return match.seconds;
    const phrase = text.slice(match.start, match.end).replace(RELATIVE_LEAD[language], '');
    const duration = findDateTimes(phrase, language, now).find((found) => found.type === 'duration');
    if (duration?.seconds !== undefined) return duration.seconds;
  }
  return null;
}

function firstDate(matches: DateTimeMatch[]): TimexDate | null {
  for (const match of matches.filter((candidate) => candidate.type !== 'set')) {
    const date = match.timexes.map(timexDate).find((found) => found !== null);
    if (date) return date;
  }
  return null;
}

/** Clock times of the first expression that has one; the recognizer gives two when AM/PM is unclear. */
function firstTimes(matches: DateTimeMatch[]): ClockTime[] {
  for (const match of matches) {
    const times = match.timexes.map(timexClockTime).filter((time): time is ClockTime => time !== null);
    const unique = times.filter(
      (time, index) =>
        times.findIndex((other) => other.hour === time.hour && other.minute === time.minute) === index,
    );
    if (unique.length > 0) return unique;
  }
  return [];
}

/** "every night at 9" / "todas las noches a las 9": the day part settles AM or PM. */
function applyDayPartHint(times: ClockTime[], text: string, language: 'en' | 'es'): ClockTime[] {
  if (times.length < 2) return times;
  const hints = DAY_PART_HINTS[language];
  const pm = wordPattern(hints.pm).test(text);
  const am = wordPattern(hints.am).test(text);
  if (pm === am) return times;
  const kept = times.filter((time) => (pm ? time.hour >= 12 : time.hour < 12));
  return kept.length > 0 ? kept : times;
}
