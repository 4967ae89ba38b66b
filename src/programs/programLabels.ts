import type { Language } from '../channels/outboundMessage';
import { locatorText } from './locatorContent';
import type { ProgramRecord } from './programRecord';

/** The fields labels and ranking read; a stored Prisma `Program` row fits as well. */
export type LabelledProgram = Pick<
  ProgramRecord,
  | 'levelIop'
  | 'levelPartial'
  | 'levelOutpatient'
  | 'levelResidential'
  | 'telehealth'
  | 'trackEvening'
  | 'langSpanish'
  | 'langSign'
  | 'payMedicaid'
  | 'payMedicare'
  | 'paySliding'
  | 'payFree'
>;

/**
 * Short, honest labels for a program card. Only a listed IOP is called an IOP. A facility listed
 * only for outpatient or partial-hospitalization care may or may not run an IOP (the MH
 * directory has no IOP code at all), so it says "ask whether they run an IOP". Payment labels
 * are the ones people most often need to know first: Medicaid, Medicare, sliding scale, free.
 */
export function labelsFor(record: LabelledProgram, language: Language): string[] {
  const text = locatorText(language).labels;
  const labels: string[] = [];
  if (record.levelIop) labels.push(text.iop);
  else if (record.levelOutpatient || record.levelPartial) labels.push(text.askAboutIop);
  else if (record.levelResidential) labels.push(text.residential);
  const extras: [boolean, string][] = [
    [record.telehealth, text.telehealth],
    [record.trackEvening === true, text.evening],
    [record.langSpanish, text.spanish],
    [record.langSign, text.signLanguage],
    [record.payMedicaid, text.medicaid],
    [record.payMedicare, text.medicare],
    [record.paySliding, text.sliding],
    [record.payFree, text.free],
  ];
  for (const [applies, label] of extras) if (applies) labels.push(label);
  return labels;
}

/** Programs within this many miles of the nearest one in their group count as "similar distance"… */
export const SIMILAR_MILES = 2;
/** …or within this fraction of its distance, whichever is larger (2 mi near home, 20% farther out). */
export const SIMILAR_RATIO = 0.2;

export interface RankedItem {
  record: Pick<ProgramRecord, 'levelIop' | 'name' | 'sourceKey'>;
  distanceMiles: number;
}

/**
 * Nearest first, except that listed IOPs move ahead of non-IOPs at a similar distance. Items are
 * sorted by distance, then cut into groups: a group starts at the nearest remaining item (d) and
 * takes every item within max(SIMILAR_MILES, SIMILAR_RATIO × d) miles of it; inside a group IOPs
 * come first. A far IOP never jumps ahead of a much closer program. Ties break on name, then
 * sourceKey, so the order is the same on every run.
 */
export function rankPrograms<T extends RankedItem>(items: readonly T[]): T[] {
  const byDistance = [...items].sort(
    (a, b) =>
      a.distanceMiles - b.distanceMiles ||
      compareText(a.record.name, b.record.name) ||
      compareText(a.record.sourceKey, b.record.sourceKey),
  );
  const ranked: T[] = [];
  let start = 0;
  while (start < byDistance.length) {
    const nearest = byDistance[start].distanceMiles;
    const limit = nearest + Math.max(SIMILAR_MILES, SIMILAR_RATIO * nearest);
    let end = start;
    while (end < byDistance.length && byDistance[end].distanceMiles <= limit) end++;
    const group = byDistance.slice(start, end);
    ranked.push(
      ...group.filter((item) => item.record.levelIop),
      ...group.filter((item) => !item.record.levelIop),
    );
    start = end;
  }
  return ranked;
}

/** Code-unit order: unlike localeCompare, the same on every machine and ICU version. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
