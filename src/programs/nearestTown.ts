import { codes as zipCodes, type ZipCodeInfo } from 'zipcodes';
import type { Point } from './distance';
import { stateByCode } from './usStates';

/**
 * The town and state of the US ZIP centroid nearest to `point` ("Hoboken, NJ"), to name a shared
 * location back to the person; null when the data holds no US ZIP. A linear scan of ~42,000
 * entries costs about a millisecond and happens only when someone shares a location.
 */
export function nearestTown(
  point: Point,
  codes: Readonly<Record<string, ZipCodeInfo>> = zipCodes,
): string | null {
  // Squared equirectangular distance: ordering is all that matters, and it keeps the loop cheap.
  const cosLat = Math.cos((point.latitude * Math.PI) / 180);
  let best: ZipCodeInfo | undefined;
  let bestScore = Infinity;
  for (const info of Object.values(codes)) {
    if (info.country !== 'US') continue;
    let dLon = Math.abs(info.longitude - point.longitude);
    if (dLon > 180) dLon = 360 - dLon;
    const dLat = info.latitude - point.latitude;
    const score = dLat * dLat + (dLon * cosLat) ** 2;
    if (score < bestScore && stateByCode(info.state)) {
      best = info;
      bestScore = score;
    }
  }
  return best ? `${best.city}, ${best.state}` : null;
}
