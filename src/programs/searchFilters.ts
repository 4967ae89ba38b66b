import type { Language } from '../channels/outboundMessage';
import { locatorText, searchWords } from './locatorContent';
import { foldText } from './placeText';

export const AGE_GROUPS = ['children', 'youngAdults', 'adults', 'seniors'] as const;
export const PAYMENTS = ['medicaid', 'medicare', 'private', 'self', 'sliding', 'military', 'free'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
export type Payment = (typeof PAYMENTS)[number];
export const FOCUSES = ['mental_health', 'substance_use', 'co_occurring'] as const;
export type Focus = (typeof FOCUSES)[number];

/** What a user asked to narrow a program search by. Absent means "no preference". */
export interface SearchFilters {
  iopOnly?: boolean;
  telehealth?: boolean;
  ages?: AgeGroup[];
  payment?: Payment[];
  spanish?: boolean;
  signLanguage?: boolean;
  evening?: boolean;
  focus?: Focus;
}

type Flag = 'iopOnly' | 'telehealth' | 'spanish' | 'signLanguage' | 'evening';
const FLAGS: readonly Flag[] = ['iopOnly', 'telehealth', 'spanish', 'signLanguage', 'evening'];

type Hit = { flag: Flag } | { age: AgeGroup } | { payment: Payment } | { focus: Focus } | { ignore: true };

interface Rule {
  /** Matches the phrase as whole words in folded text (words are separated by single spaces). */
  pattern: RegExp;
  /** The folded phrase between spaces: a cheap test that must pass before the pattern runs. */
  needle: string;
  length: number;
  hit: Hit;
}

let rules: Rule[] | undefined;

/** Every phrase from content/programs/search-words.json, longest first so "young adult" wins over "adult". */
function compiledRules(): Rule[] {
  if (rules) return rules;
  const words = searchWords();
  const phrases: { phrase: string; hit: Hit }[] = [
    ...words.ignore.map((phrase) => ({ phrase, hit: { ignore: true } as const })),
    ...FLAGS.flatMap((flag) => words[flag].map((phrase) => ({ phrase, hit: { flag } }))),
    ...AGE_GROUPS.flatMap((age) => words.ages[age].map((phrase) => ({ phrase, hit: { age } }))),
    ...PAYMENTS.flatMap((payment) => words.payment[payment].map((phrase) => ({ phrase, hit: { payment } }))),
    ...FOCUSES.flatMap((focus) => words.focus[focus].map((phrase) => ({ phrase, hit: { focus } }))),
  ];
  // Folded text holds only a-z, 0-9 and single spaces, so a phrase is safe inside a pattern.
  rules = phrases
    .map(({ phrase, hit }) => {
      const folded = foldText(phrase);
      return {
        pattern: new RegExp(`(?<= )${folded}(?= )`, 'g'),
        needle: ` ${folded} `,
        length: folded.length,
        hit,
      };
    })
    .sort((a, b) => b.length - a.length);
  return rules;
}

// "my 15 year old", "15-year-old", "mi hijo de 15 años" (folded: "15 anos").
const AGE_IN_YEARS = / (\d{1,3}) ?(?:years? old|yrs? old|yo|anos|ano)(?= )/g;

function ageGroupOf(years: number): AgeGroup {
  if (years < 18) return 'children';
  if (years < 26) return 'youngAdults';
  return years < 65 ? 'adults' : 'seniors';
}

/**
 * Reads search preferences from a message in English or Spanish ("IOP only", "en línea", "for
 * my 15 year old", "acepta Medicaid"). Matching is on whole words, ignoring case and accents;
 * the phrases live in content/programs/search-words.json.
 */
export function parseSearchFilters(text: string): SearchFilters {
  let working = ` ${foldText(text)} `;
  const hits: Hit[] = [];
  for (const match of working.matchAll(AGE_IN_YEARS)) hits.push({ age: ageGroupOf(Number(match[1])) });
  for (const rule of compiledRules()) {
    // Runs on every message, against a few hundred phrases: most are ruled out by a substring test.
    if (!working.includes(rule.needle)) continue;
    const replaced = working.replace(rule.pattern, '_');
    if (replaced === working) continue;
    hits.push(rule.hit);
    // Marking the words as used stops "adult" from matching again inside "young adult".
    working = replaced;
  }
  return fromHits(hits);
}

function fromHits(hits: Hit[]): SearchFilters {
  const filters: SearchFilters = {};
  const ages = new Set<AgeGroup>();
  const payments = new Set<Payment>();
  const focuses = new Set<Focus>();
  for (const hit of hits) {
    if ('flag' in hit) filters[hit.flag] = true;
    else if ('age' in hit) ages.add(hit.age);
    else if ('payment' in hit) payments.add(hit.payment);
    else if ('focus' in hit) focuses.add(hit.focus);
  }
  if (ages.size > 0) filters.ages = AGE_GROUPS.filter((age) => ages.has(age));
  if (payments.size > 0) filters.payment = PAYMENTS.filter((payment) => payments.has(payment));
  const focus = combineFocus(focuses);
  if (focus) filters.focus = focus;
  return filters;
}

/** Mental-health words and substance-use words in one message mean care for both. */
function combineFocus(found: Set<Focus>): Focus | undefined {
  if (found.has('co_occurring') || (found.has('mental_health') && found.has('substance_use')))
    return 'co_occurring';
  return found.has('mental_health')
    ? 'mental_health'
    : found.has('substance_use')
      ? 'substance_use'
      : undefined;
}

/**
 * Adds a follow-up message's filters to earlier ones: lists are combined, and a yes/no or focus
 * given later replaces the earlier value.
 */
export function mergeFilters(a: SearchFilters, b: SearchFilters): SearchFilters {
  const merged: SearchFilters = { ...a };
  for (const flag of FLAGS) if (b[flag] !== undefined) merged[flag] = b[flag];
  if (b.focus !== undefined) merged.focus = b.focus;
  if (a.ages || b.ages)
    merged.ages = AGE_GROUPS.filter((age) => a.ages?.includes(age) || b.ages?.includes(age));
  if (a.payment || b.payment) {
    merged.payment = PAYMENTS.filter(
      (payment) => a.payment?.includes(payment) || b.payment?.includes(payment),
    );
  }
  return merged;
}

/** The active filters as a short phrase list ("IOP only, telehealth, takes Medicaid"); '' when none. */
export function describeFilters(filters: SearchFilters, language: Language): string {
  const words = locatorText(language).filters;
  const parts: string[] = [];
  if (filters.iopOnly) parts.push(words.iopOnly);
  if (filters.focus) parts.push(words.focus[filters.focus]);
  for (const age of filters.ages ?? []) parts.push(words.ages[age]);
  for (const payment of filters.payment ?? []) parts.push(words.payment[payment]);
  for (const flag of ['telehealth', 'spanish', 'signLanguage', 'evening'] as const) {
    if (filters[flag]) parts.push(words[flag]);
  }
  return parts.join(', ');
}
