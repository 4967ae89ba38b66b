/** A position in decimal degrees (WGS 84). */
export interface Point {
  latitude: number;
  longitude: number;
}

/**
 * A latitude/longitude rectangle. When it crosses the 180° meridian (the western Aleutians),
 * `minLongitude` is greater than `maxLongitude`, as in GeoJSON: a query must then match
 * `longitude >= minLongitude OR longitude <= maxLongitude`.
 */
export interface BoundingBox {
  minLatitude: number;
  maxLatitude: number;
  minLongitude: number;
  maxLongitude: number;
}

/** Mean Earth radius (IUGG), in statute miles. */
export const EARTH_RADIUS_MILES = 3958.7613;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;
const toDegrees = (radians: number): number => (radians * 180) / Math.PI;

/** Great-circle distance in miles between two points (haversine formula). */
export function haversineMiles(a: Point, b: Point): number {
  const dLat = toRadians(b.latitude - a.latitude);
  const dLon = toRadians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The smallest latitude/longitude box that holds every point within `radiusMiles` of `center`,
 * for a cheap indexed pre-filter before the exact haversine check. The longitude half-width is
 * asin(sin(r) / cos(lat)) — wider than r / cos(lat) at high latitudes, which matters in Alaska.
 * If the circle reaches a pole, the box spans all longitudes.
 */
export function boundingBox(center: Point, radiusMiles: number): BoundingBox {
  if (!(radiusMiles >= 0))
    throw new Error(`boundingBox: radius must be a non-negative number, got ${radiusMiles}`);
  const angular = radiusMiles / EARTH_RADIUS_MILES;
  const latitude = toRadians(center.latitude);
  const minLatitude = toDegrees(latitude - angular);
  const maxLatitude = toDegrees(latitude + angular);
  if (minLatitude <= -90 || maxLatitude >= 90 || angular >= Math.PI / 2) {
    return {
      minLatitude: Math.max(minLatitude, -90),
      maxLatitude: Math.min(maxLatitude, 90),
      minLongitude: -180,
      maxLongitude: 180,
    };
  }
  const halfWidth = toDegrees(Math.asin(Math.min(1, Math.sin(angular) / Math.cos(latitude))));
  return {
    minLatitude,
    maxLatitude,
    minLongitude: wrapLongitude(center.longitude - halfWidth),
    maxLongitude: wrapLongitude(center.longitude + halfWidth),
  };
}

/** Whether the box holds the point, honouring boxes that cross the 180° meridian. */
export function boxContains(box: BoundingBox, point: Point): boolean {
  if (point.latitude < box.minLatitude || point.latitude > box.maxLatitude) return false;
  if (box.minLongitude <= box.maxLongitude) {
    return point.longitude >= box.minLongitude && point.longitude <= box.maxLongitude;
  }
  return point.longitude >= box.minLongitude || point.longitude <= box.maxLongitude;
}

function wrapLongitude(longitude: number): number {
  if (longitude > 180) return longitude - 360;
  if (longitude < -180) return longitude + 360;
  return longitude;
}
