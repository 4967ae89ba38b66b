import type { LocatorPlace, SearchFilters } from './locatorPort';
import type { TurnInput } from './turnTypes';

/**
 * The last search, kept in conversation state. Only its parameters are stored, never the
 * results: a page is searched again when needed, which keeps the state small.
 */
export interface LocatorState {
  latitude: number;
  longitude: number;
  label: string;
  filters: SearchFilters;
  /** The radius the current list is within (after any widening). */
  radiusMiles: number;
  /** Programs at this distance or closer are left out ("farther away"); 0 for none. */
  beyondMiles: number;
  /** How many results have been shown: the offset of the next page. */
  shown: number;
  /** The offset of the page shown last, which "report #2" counts from. */
  pageStart: number;
}

/** A search at `place` that has shown nothing yet. */
export function freshState(place: LocatorPlace, filters: SearchFilters, radiusMiles: number): LocatorState {
  const { latitude, longitude, label } = place;
  return { latitude, longitude, label, filters, radiusMiles, beyondMiles: 0, shown: 0, pageStart: 0 };
}

/** Filters read back from stored state; anything that is not an object counts as none. */
export function readFilters(value: unknown): SearchFilters {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as SearchFilters) : {};
}

/** The stored search, or undefined when there is none or it does not have the expected shape. */
export function readLocatorState(input: TurnInput): LocatorState | undefined {
  const value = input.conversation.dialogs?.locator as Partial<LocatorState> | undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const numbers = [
    value.latitude,
    value.longitude,
    value.radiusMiles,
    value.beyondMiles,
    value.shown,
    value.pageStart,
  ];
  const valid = numbers.every((n) => typeof n === 'number' && Number.isFinite(n));
  if (!valid || typeof value.label !== 'string') return undefined;
  return { ...(value as LocatorState), filters: readFilters(value.filters) };
}

/** Stores the search for the next turn (replacing any earlier one). */
export function writeLocatorState(input: TurnInput, state: LocatorState): void {
  input.conversation.dialogs = { ...input.conversation.dialogs, locator: state };
}

/** Drops the stored search, with the place it was near. */
export function clearLocatorState(input: TurnInput): void {
  if (input.conversation.dialogs) delete input.conversation.dialogs.locator;
}
