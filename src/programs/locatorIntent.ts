import type { LocatorIntent, LocatorPlace } from '../../dialogs/locatorPort';
import type { Geocoder, LocatedPlace } from './geocoder';
import { locatorDialogText, locatorWords, REPORT_REASONS, type ReportReason } from './locatorDialogContent';
import { foldText } from './placeText';
import { parseSearchFilters, type SearchFilters } from './searchFilters';
import { stateByCode } from './usStates';

/** The value of a card's "Report a problem" button: it names the listing, in any language. */
export function reportValueFor(id: number): string {
  return `report listing ${id}`;
}

const REPORT_VALUE = /^\s*report listing (\d{1,10})\s*$/i;
// A place named in a follow-up longer than this is more likely part of a question than a new search.
const MAX_MOVE_WORDS = 6;
const MAX_BARE_REFINEMENT_WORDS = 3;

/** Folded text padded with spaces, so `includes(' phrase ')` matches whole words only. */
function padded(text: string): string {
  return ` ${foldText(text)} `;
}

function hasAny(text: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => text.includes(` ${phrase} `));
}

/** The message without politeness ("please", "por favor"), folded: what exact commands compare to. */
function coreOf(text: string): string {
  let core = padded(text);
  for (const filler of locatorWords().fillers) core = core.split(` ${filler} `).join(' ');
  return core.trim().replace(/\s+/g, ' ');
}

/** "report #2", "report problem with number 2", "reportar el 2": the position on the last page. */
function reportPosition(text: string, folded: string): number | undefined {
  const match = /#\s*(\d{1,2})\b/.exec(text) ?? /(?<= )(\d{1,2})(?= )/.exec(folded);
  return match ? Number(match[1]) : undefined;
}

function hasFilters(filters: SearchFilters): boolean {
  return Object.keys(filters).length > 0;
}

/**
 * Reads what a message asks of the locator. Commands that only make sense after a search
 * ("show more", "farther away", "which of those take Medicaid?") count only when there is one;
 * a new search needs a place word or "near me" together with a program word or a search verb
 * ("find an IOP near 07030", "programas en Newark"), a search verb with a program word
 * ("find an IOP"), or a bare ZIP code.
 */
export function readLocatorIntent(text: string, hasSearch: boolean, geocoder: Geocoder): LocatorIntent {
  const words = locatorWords();
  const folded = padded(text);
  const core = coreOf(text);
  if (hasAny(folded, words.forget)) return { kind: 'forget' };
  const listing = REPORT_VALUE.exec(text);
  if (listing) return { kind: 'report', listingId: Number(listing[1]) };
  if (hasSearch && hasAny(folded, words.report)) {
    const position = reportPosition(text, folded);
    if (position !== undefined || hasAny(folded, words.problem)) return { kind: 'report', position };
  }
  if (hasSearch && words.more.includes(core)) return { kind: 'more' };
  if (hasSearch && hasAny(folded, words.farther)) return { kind: 'farther' };
  if (hasSearch && hasAny(folded, words.clearFilters)) return { kind: 'clearFilters' };
  return searchIntent(text, folded, core, hasSearch, geocoder);
}

function searchIntent(
  text: string,
  folded: string,
  core: string,
  hasSearch: boolean,
  geocoder: Geocoder,
): LocatorIntent {
  const words = locatorWords();
  const filters = parseSearchFilters(text);
  const located = geocoder.locateText(text);
  const place = located && toPlace(located);
  const noun = hasAny(folded, words.programNouns);
  const verb = hasAny(folded, words.requestVerbs);
  const asksWhere = hasAny(folded, words.whereWords);
  const nearMe = hasAny(folded, words.nearMe);
  const bareZip = /^\s*\d{5}(?:-\d{4})?\s*$/.test(text);
  if ((bareZip && place) || ((place || nearMe) && (noun || verb || asksWhere)) || (verb && noun)) {
    return { kind: 'search', place, filters };
  }
  if (!hasSearch) return { kind: 'none' };
  const wordCount = core.split(' ').length;
  if (located && place && wordCount <= MAX_MOVE_WORDS && pointsAtPlace(text, folded, located.state)) {
    return { kind: 'moveSearch', place, filters };
  }
  if (hasFilters(filters) && isFollowUp(core, wordCount)) return { kind: 'refine', filters };
  return { kind: 'none' };
}

/**
 * "which of those…", "only telehealth", "solo telesalud", or a few filter words alone. A
 * question such as "is telehealth as good?" names a filter but asks about it, so it is left to
 * the questions dialog unless it also points at the results ("do any of them take Medicaid?").
 */
function isFollowUp(core: string, wordCount: number): boolean {
  const words = locatorWords();
  if (hasAny(` ${core} `, words.followUpCues)) return true;
  const question = words.questionStarts.some((start) => core === start || core.startsWith(`${start} `));
  return wordCount <= MAX_BARE_REFINEMENT_WORDS && !question;
}

/**
 * Whether a follow-up clearly names a place: a ZIP, a phrase such as "in" or "what about", or the
 * town's state. A bare word that happens to be a town ("Hope", "Fine") is not taken as a move.
 */
function pointsAtPlace(text: string, folded: string, state: string): boolean {
  if (/\d{5}/.test(text) || hasAny(folded, locatorWords().placeCues)) return true;
  const info = stateByCode(state);
  if (!info) return false;
  if (text.split(/[^A-Za-z]+/).includes(info.code)) return true;
  return [info.name, ...info.aliases].some((name) => folded.includes(` ${foldText(name)} `));
}

function toPlace(found: LocatedPlace): LocatorPlace {
  return { latitude: found.point.latitude, longitude: found.point.longitude, label: found.label };
}

/** A ZIP or town named in the text, as a place the dialog can show and remember. */
export function locatePlace(text: string, geocoder: Geocoder): LocatorPlace | null {
  const found = geocoder.locateText(text);
  return found ? toPlace(found) : null;
}

/** The reason a reply names: a button label (either language), a cancel word, or a keyword. */
export function readReportReason(text: string): ReportReason | 'cancel' | undefined {
  const core = coreOf(text);
  for (const language of ['en', 'es'] as const) {
    const labels = locatorDialogText(language).reportReasons;
    const labelled = REPORT_REASONS.find((reason) => foldText(labels[reason]) === core);
    if (labelled) return labelled;
  }
  if (isCancelText(text)) return 'cancel';
  const folded = padded(text);
  return REPORT_REASONS.find((reason) => hasAny(folded, locatorWords().reportReasons[reason]));
}

/** "cancel", "never mind", "olvídalo" and the like, as the whole message. */
export function isCancelText(text: string): boolean {
  return locatorWords().cancel.includes(coreOf(text));
}
