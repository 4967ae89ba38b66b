import type { WeekdayCode } from './reminderTypes';
import { findSpans, foldText, wordPattern, type TextSpan } from './textPatterns';

/** Repetition words found in a reminder request. */
export interface RecurrenceCues {
  /** 'daily', the weekdays named, or null when the text does not ask for a repeat. */
  days: WeekdayCode[] | 'daily' | null;
  /** Where the repetition words are, so they can be left out of "what". */
  spans: TextSpan[];
  /** True for repeats reminders do not offer (hourly, monthly, every other day...). */
  unsupported: boolean;
}

interface Grammar {
  daily: string;
  weekdays: string;
  weekends: string;
  /** A weekday name, singular or plural. */
  day: string;
  /** Words before a weekday that make it repeat ("every", "cada", "los"). */
  every: string;
  /** Separators in a list of weekdays. */
  joiner: string;
  /** Plural weekday names, which repeat without "every" ("Tuesdays", "sábados"). */
  plural: string;
  weekly: string;
  unsupported: string;
}

const ENGLISH: Grammar = {
  daily: '(?:every|each) (?:single )?(?:day|morning|evening|night|afternoon)|everyday|daily|nightly',
  weekdays:
    '(?:(?:every|each|on) )?week ?days|(?:every|each) week ?day|(?:(?:every|each|from) )?monday (?:through|thru|to|until|-) friday',
  weekends: '(?:(?:every|each|on) )?weekends|(?:every|each) weekend',
  day: '(?:mon|tues|wednes|thurs|fri|satur|sun)days?',
  every: '(?:every|each) ',
  joiner: ' ?, ?(?:and )?| and | & | or | ?/ ?',
  plural: '(?:mon|tues|wednes|thurs|fri|satur|sun)days',
  weekly: 'weekly|(?:every|each|once a) week',
  unsupported:
    'every (?:other|\\d+|two|three|four|five|six|few|couple of|half) |every (?:hour|minute|month|year)|hourly|monthly|yearly|annually|biweekly|fortnightly|twice a',
};

const SPANISH: Grammar = {
  daily:
    'todos los días|cada día|todas las (?:mañanas|tardes|noches)|cada (?:mañana|tarde|noche)|diariamente|a diario',
  weekdays:
    'entre semana|de lunes a viernes|(?:todos los |los )?días (?:de semana|laborables|hábiles|entre semana)',
  weekends: '(?:todos los |los |cada )fines? de semana',
  day: 'lunes|martes|miércoles|jueves|viernes|sábados?|domingos?',
  every: '(?:cada|todos los|los) ',
  joiner: ' ?, ?| y (?:los |el )?| e | o ',
  plural: 'sábados|domingos',
  weekly: 'cada semana|todas las semanas|semanal(?:mente)?|una vez (?:a|por|cada) semana',
  unsupported:
    'cada (?:\\d+|dos|tres|cuatro|cinco|seis|otro|otra|hora|minuto|mes|año|quincena|media hora)|mensual(?:mente)?|anual(?:mente)?|dos veces (?:al|por|a la)',
};

const DAY_BY_PREFIX: Record<string, WeekdayCode> = {
  mo: 'MO',
  tu: 'TU',
  we: 'WE',
  th: 'TH',
  fr: 'FR',
  sa: 'SA',
  su: 'SU',
  lu: 'MO',
  ma: 'TU',
  mi: 'WE',
  ju: 'TH',
  vi: 'FR',
  do: 'SU',
};

const WORKWEEK: WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
const WEEKEND: WeekdayCode[] = ['SA', 'SU'];

/** Finds words that make a reminder repeat: "every day", "weekdays", "Mondays and Wednesdays", "cada lunes". */
export function detectRecurrence(text: string, language: 'en' | 'es'): RecurrenceCues {
  const grammar = language === 'es' ? SPANISH : ENGLISH;
  const spans: TextSpan[] = [];
  const days = new Set<WeekdayCode>();
  const daily = collect(text, grammar.daily, spans);
  if (collect(text, grammar.weekdays, spans)) WORKWEEK.forEach((day) => days.add(day));
  if (collect(text, grammar.weekends, spans)) WEEKEND.forEach((day) => days.add(day));
  repeatingDayLists(text, grammar).forEach(({ span, listed }) => {
    spans.push(span);
    listed.forEach((day) => days.add(day));
  });
  const weekly = collect(text, grammar.weekly, spans);
  const unsupported = collect(text, grammar.unsupported, spans) || (weekly && !daily && days.size === 0);
  if (daily) return { days: 'daily', spans, unsupported };
  return { days: days.size > 0 ? [...days] : null, spans, unsupported };
}

function collect(text: string, source: string, spans: TextSpan[]): boolean {
  const found = findSpans(text, wordPattern(source));
  spans.push(...found);
  return found.length > 0;
}

/** Weekday lists that repeat: led by "every"/"cada"/"los", or using a plural name. */
function repeatingDayLists(text: string, grammar: Grammar): { span: TextSpan; listed: WeekdayCode[] }[] {
  const list = `(?:${grammar.every})?(?:${grammar.day})(?:(?:${grammar.joiner})(?:${grammar.day}))*`;
  const lead = new RegExp(`^(?:${grammar.every})`, 'iu');
  const plural = wordPattern(grammar.plural);
  const results: { span: TextSpan; listed: WeekdayCode[] }[] = [];
  for (const match of text.matchAll(wordPattern(list))) {
    const phrase = match[0];
    plural.lastIndex = 0;
    if (!lead.test(phrase) && !plural.test(phrase)) continue;
    const listed = [...phrase.matchAll(wordPattern(grammar.day))].map((day) => dayCode(day[0]));
    const start = match.index ?? 0;
    results.push({ span: { start, end: start + phrase.length }, listed });
  }
  return results;
}

function dayCode(name: string): WeekdayCode {
  return DAY_BY_PREFIX[foldText(name).slice(0, 2)];
}
