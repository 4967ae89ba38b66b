import { codes as zipCodes, type ZipCodeInfo } from 'zipcodes';
import type { Point } from './distance';
import { MAX_STATE_WORDS, placeTokens, stateAt, type PlaceToken } from './placeText';
import { timeZoneForState, timeZoneForZipInState } from './timeZones';
import { buildTownIndex, type Place, type TownIndex } from './townIndex';

/** A place found in a user's words, with the label to show back ("Newark, NJ"). */
export interface LocatedPlace {
  point: Point;
  label: string;
  state: string;
}

// Words people write after "in"/"near"/"en" that are also the names of small towns
// ("in English", "near home", "en línea"). After such a word alone, no town is assumed.
const NOT_PLACES: ReadonlySet<string> = new Set([
  'english',
  'spanish',
  'person',
  'home',
  'help',
  'hope',
  'need',
  'line',
  'linea',
  'general',
  'center',
  'central',
  'union',
  'young',
  'day',
  'time',
  'town',
  'area',
  'crisis',
  'network',
  'private',
  'public',
  'joy',
  'nice',
  'happy',
  'early',
  'ideal',
  'faith',
  'grace',
  'success',
  'welcome',
  'paradise',
  'liberty',
  'independence',
  'harmony',
  'friendship',
  'justice',
  'star',
  'sun',
  'moon',
  'winter',
  'spring',
  'lake',
  'river',
  'valley',
  'mountain',
]);

const ANCHORS: readonly string[][] = [
  ['in'],
  ['near'],
  ['nearby'],
  ['around'],
  ['close', 'to'],
  ['near', 'to'],
  ['en'],
  ['cerca', 'de'],
  ['alrededor', 'de'],
  ['por'],
];

/**
 * Turns what a user gives (a ZIP, a town name, a shared location) into coordinates, using ZIP
 * centroids from the `zipcodes` package. Indexes are built on first use and then reused.
 */
export class Geocoder {
  private index: TownIndex | undefined;

  constructor(private readonly codes: Readonly<Record<string, ZipCodeInfo>> = zipCodes) {}

  private get towns(): TownIndex {
    this.index ??= buildTownIndex(this.codes);
    return this.index;
  }

  /** The centroid of a 5-digit ZIP (ZIP+4 accepted) with its town, or null if unknown. */
  zip(zip: string): Place | null {
    const match = /^\s*(\d{5})(?:-\d{4})?\s*$/.exec(zip);
    return (match && this.towns.byZip.get(match[1])) ?? null;
  }

  /**
   * A town from text such as "Toms River", "Newark, NJ" or "newark new jersey". A name without a
   * state picks the likeliest town (see Town.weight: Newark, NJ over Newark, DE), and the returned
   * state lets the caller say which one it chose.
   */
  town(text: string): Place | null {
    const tokens = placeTokens(text);
    for (let words = Math.min(MAX_STATE_WORDS, tokens.length - 1); words >= 1; words--) {
      const state = stateAt(tokens, tokens.length - words, tokens.length, false);
      const found = state ? this.townNamed(tokens.slice(0, tokens.length - words), state) : undefined;
      if (found) return found;
    }
    return this.townNamed(tokens) ?? null;
  }

  /**
   * A location shared by the channel: a `GeoCoordinates` or `Place` entity (Web Chat, Teams), or
   * `channelData.latitude`/`longitude` or `channelData.location`. Null if none is usable.
   */
  fromActivity(activity: { entities?: unknown[]; channelData?: unknown }): Point | null {
    for (const entity of activity.entities ?? []) {
      const point = pointFromEntity(entity);
      if (point) return point;
    }
    const data = asRecord(activity.channelData);
    return data ? (toPoint(data) ?? toPoint(asRecord(data.location))) : null;
  }

  /** Finds a ZIP or a town in free text ("IOP near 07030", "programas cerca de Newark, NJ"). */
  locateText(text: string): LocatedPlace | null {
    for (const match of text.matchAll(/(?<!\d)(\d{5})(?:-\d{4})?(?!\d)/g)) {
      const place = this.zip(match[1]);
      if (place) return located(place, `${place.city}, ${place.state} ${match[1]}`);
    }
    const tokens = placeTokens(text);
    const place = this.townBeforeState(tokens) ?? this.townAfterAnchor(tokens) ?? this.town(text);
    return place && located(place, `${place.city}, ${place.state}`);
  }

  /** A suggested IANA time zone for a ZIP (refined for states that span two zones), or null. */
  timeZoneForZip(zip: string): string | null {
    const place = this.zip(zip);
    return place ? timeZoneForZipInState(zip.trim().slice(0, 5), place.state) : null;
  }

  /** The IANA time zone most of a state's people use (for example "America/Chicago" for TX). */
  timeZoneForState(state: string): string | null {
    return timeZoneForState(state);
  }

  private townNamed(tokens: readonly PlaceToken[], state?: string): Place | undefined {
    if (tokens.length === 0) return undefined;
    const towns = this.towns.byName.get(tokens.map((token) => token.city).join(' '));
    return state ? towns?.find((town) => town.state === state) : towns?.[0];
  }

  /** "… Toms River, NJ …": a town name directly followed by its state, anywhere in the text. */
  private townBeforeState(tokens: readonly PlaceToken[]): Place | undefined {
    for (let start = 1; start < tokens.length; start++) {
      for (let words = MAX_STATE_WORDS; words >= 1; words--) {
        const state = stateAt(tokens, start, start + words, true);
        const town = state ? this.longestTownEndingAt(tokens, start, state) : undefined;
        if (town) return town;
      }
    }
    return undefined;
  }

  private longestTownEndingAt(tokens: readonly PlaceToken[], end: number, state: string): Place | undefined {
    for (let words = Math.min(this.towns.maxNameWords, end); words >= 1; words--) {
      const town = this.townNamed(tokens.slice(end - words, end), state);
      if (town) return town;
    }
    return undefined;
  }

  /** "… in Toms River", "… cerca de Newark": the longest town name right after such a phrase. */
  private townAfterAnchor(tokens: readonly PlaceToken[]): Place | undefined {
    for (let at = 0; at < tokens.length; at++) {
      const anchor = ANCHORS.find((words) => words.every((word, i) => tokens[at + i]?.norm === word));
      if (!anchor) continue;
      // "in the Bronx": the article is not part of the town's name in the ZIP data.
      const start = at + anchor.length + (tokens[at + anchor.length]?.norm === 'the' ? 1 : 0);
      for (let words = Math.min(this.towns.maxNameWords, tokens.length - start); words >= 1; words--) {
        if (words === 1 && NOT_PLACES.has(tokens[start].norm)) break;
        const town = this.townNamed(tokens.slice(start, start + words));
        if (town) return town;
      }
    }
    return undefined;
  }
}

let shared: Geocoder | undefined;

/** One process-wide Geocoder over the bundled ZIP data, so its indexes are built only once. */
export function sharedGeocoder(): Geocoder {
  shared ??= new Geocoder();
  return shared;
}

function located(place: Place, label: string): LocatedPlace {
  return { point: { latitude: place.latitude, longitude: place.longitude }, label, state: place.state };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function pointFromEntity(value: unknown): Point | null {
  const entity = asRecord(value);
  const type = typeof entity?.type === 'string' ? entity.type.toLowerCase() : '';
  if (type.endsWith('geocoordinates')) return toPoint(entity);
  if (type.endsWith('place')) return toPoint(asRecord(entity?.geo));
  return null;
}

/** Latitude and longitude as numbers or numeric strings, in range; (0, 0) is treated as "not set". */
function toPoint(value: Record<string, unknown> | undefined): Point | null {
  if (!value) return null;
  const latitude = toNumber(value.latitude);
  const longitude = toNumber(value.longitude);
  if (latitude === undefined || longitude === undefined) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || (latitude === 0 && longitude === 0))
    return null;
  return { latitude, longitude };
}

function toNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}
