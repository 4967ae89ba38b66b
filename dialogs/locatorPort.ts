import type { Language, ProgramCardItem } from '../src/channels/outboundMessage';
import type { LocatorDialogText, ReportReason } from '../src/programs/locatorDialogContent';
import type { SearchFilters } from '../src/programs/searchFilters';
import type { SavedLocation } from './turnTypes';

export type { LocatorDialogText, ReportReason, SearchFilters };

/** A point with the words to show for it ("Hoboken, NJ 07030"). */
export type LocatorPlace = SavedLocation;

/** What a message asks of the locator, read without any conversation state but "is there a last search". */
export type LocatorIntent =
  | { kind: 'none' }
  | { kind: 'forget' }
  | { kind: 'more' }
  | { kind: 'farther' }
  | { kind: 'clearFilters' }
  /** `listingId` from a card's report button; `position` (1-based, on the last page) from "report #2". */
  | { kind: 'report'; listingId?: number; position?: number }
  /** A new search. `place` is null when the message names none ("IOP near me"). */
  | { kind: 'search'; place: LocatorPlace | null; filters: SearchFilters }
  /** Another place for the last search ("what about 08753?"): its filters carry over. */
  | { kind: 'moveSearch'; place: LocatorPlace; filters: SearchFilters }
  /** Narrow the last search ("which of those take Medicaid?", "solo telesalud"). */
  | { kind: 'refine'; filters: SearchFilters };

export interface LocatorSearchRequest {
  point: { latitude: number; longitude: number };
  filters: SearchFilters;
  radiusMiles?: number;
  /** Leave out programs this close or closer (a "farther away" search); 0 keeps all. */
  beyondMiles: number;
  /** Look farther while fewer than 3 match. */
  widen: boolean;
  offset: number;
  limit: number;
  language: Language;
}

export interface LocatorSearchResult {
  /** Cards for this page, best first; `ids[i]` is the listing id of `items[i]`. */
  items: ProgramCardItem[];
  ids: number[];
  /** Matches within `radiusMiles` over all pages. */
  total: number;
  radiusMiles: number;
  widened: boolean;
}

/** What the locator dialog needs from the program directory and the language around it. */
export interface LocatorPort {
  /** The radii searches step through; the last is the farthest the locator looks. */
  readonly radiiMiles: readonly number[];
  understand(text: string, context: { hasSearch: boolean }): LocatorIntent;
  /** A ZIP or town in an answer to "where should I search?", or null. */
  locate(text: string): LocatorPlace | null;
  /** A label for a location the person shared (the nearest town). */
  placeFor(point: { latitude: number; longitude: number }): LocatorPlace;
  parseFilters(text: string): SearchFilters;
  mergeFilters(earlier: SearchFilters, later: SearchFilters): SearchFilters;
  describeFilters(filters: SearchFilters, language: Language): string;
  search(request: LocatorSearchRequest): Promise<LocatorSearchResult>;
  /** Whether the directory holds any program at all. */
  hasPrograms(): Promise<boolean>;
  /** The name of a listing, or null when there is no such listing. */
  listingName(id: number): Promise<string | null>;
  /** Records a problem report; false when the listing does not exist. */
  reportProblem(programId: number, reason: ReportReason): Promise<boolean>;
  /** The reason a reply to "what's wrong with it?" names, 'cancel', or undefined if it names none. */
  reportReason(text: string): ReportReason | 'cancel' | undefined;
  isCancel(text: string): boolean;
  text(language: Language): LocatorDialogText;
}
