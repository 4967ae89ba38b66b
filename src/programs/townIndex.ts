import type { ZipCodeInfo } from 'zipcodes';
import type { Point } from './distance';
import { cityKey } from './placeText';
import { stateByCode } from './usStates';

/** A ZIP or town centroid with the place it names. */
export interface Place extends Point {
  city: string;
  state: string;
}

/** A town: the median of its ZIP centroids, with a rough size used to pick among same-named towns. */
export interface Town extends Place {
  zipCount: number;
  /** zipCount × ZIPs in the surrounding ~50-mile square: a stand-in for population, which the data lacks. */
  weight: number;
}

/** Lookup tables built once from the ZIP data: by ZIP, and by normalised city name. */
export interface TownIndex {
  byZip: ReadonlyMap<string, Place>;
  /** Towns sharing a name, most likely first (highest weight). */
  byName: ReadonlyMap<string, readonly Town[]>;
  /** The most words in any town name, to bound n-gram searches. */
  maxNameWords: number;
}

interface TownPoints {
  name: string;
  city: string;
  state: string;
  latitudes: number[];
  longitudes: number[];
}

/**
 * Builds the index from `zipcodes`-shaped data. Only US entries in a known state or territory
 * are kept: the package also has Canadian postal prefixes and military mail codes (AA, AE, AP).
 */
export function buildTownIndex(codes: Readonly<Record<string, ZipCodeInfo>>): TownIndex {
  const byZip = new Map<string, Place>();
  const points = new Map<string, TownPoints>();
  for (const info of Object.values(codes)) {
    if (info.country !== 'US' || !/^\d{5}$/.test(info.zip) || !stateByCode(info.state)) continue;
    byZip.set(info.zip, {
      latitude: info.latitude,
      longitude: info.longitude,
      city: info.city,
      state: info.state,
    });
    const name = cityKey(info.city);
    const key = `${name}|${info.state}`;
    const entry = points.get(key) ?? {
      name,
      city: info.city,
      state: info.state,
      latitudes: [],
      longitudes: [],
    };
    entry.latitudes.push(info.latitude);
    entry.longitudes.push(info.longitude);
    points.set(key, entry);
  }
  return { byZip, ...groupTowns(points, densityGrid(byZip)) };
}

const CELL_DEGREES = 0.25;

const cellOf = (latitude: number, longitude: number): string =>
  `${Math.floor(latitude / CELL_DEGREES)},${Math.floor(longitude / CELL_DEGREES)}`;

/** Counts ZIPs per quarter-degree cell, so "ZIPs nearby" is a few map reads. */
function densityGrid(byZip: ReadonlyMap<string, Place>): (point: Point) => number {
  const cells = new Map<string, number>();
  for (const place of byZip.values()) {
    const cell = cellOf(place.latitude, place.longitude);
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
  }
  return ({ latitude, longitude }) => {
    let count = 0;
    for (const dLat of [-1, 0, 1]) {
      for (const dLon of [-1, 0, 1]) {
        count += cells.get(cellOf(latitude + dLat * CELL_DEGREES, longitude + dLon * CELL_DEGREES)) ?? 0;
      }
    }
    return count;
  };
}

function groupTowns(
  points: Map<string, TownPoints>,
  nearbyZips: (point: Point) => number,
): Pick<TownIndex, 'byName' | 'maxNameWords'> {
  const byName = new Map<string, Town[]>();
  let maxNameWords = 1;
  for (const entry of points.values()) {
    // The median, not the mean: a few ZIPs in the data carry wrong coordinates.
    const centre = { latitude: median(entry.latitudes), longitude: median(entry.longitudes) };
    const zipCount = entry.latitudes.length;
    const town: Town = {
      city: entry.city,
      state: entry.state,
      ...centre,
      zipCount,
      weight: zipCount * nearbyZips(centre),
    };
    const towns = byName.get(entry.name);
    if (towns) towns.push(town);
    else byName.set(entry.name, [town]);
    maxNameWords = Math.max(maxNameWords, entry.name.split(' ').length);
  }
  // Ties fall back to the state code so the choice never depends on the data's order.
  for (const towns of byName.values())
    towns.sort((a, b) => b.weight - a.weight || a.state.localeCompare(b.state));
  return { byName, maxNameWords };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const value = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return Math.round(value * 1e5) / 1e5;
}
