import fc from 'fast-check';
import { boundingBox, boxContains, haversineMiles, type Point } from '../../src/programs/distance';

const JFK = { latitude: 40.6413, longitude: -73.7781 };
const LAX = { latitude: 33.9416, longitude: -118.4085 };

/** The point `miles` away from `from` along `bearing` degrees (spherical destination formula). */
function destination(from: Point, bearing: number, miles: number): Point {
  const r = miles / 3958.7613;
  const lat1 = (from.latitude * Math.PI) / 180;
  const lon1 = (from.longitude * Math.PI) / 180;
  const theta = (bearing * Math.PI) / 180;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(r) + Math.cos(lat1) * Math.sin(r) * Math.cos(theta));
  const lon2 =
    lon1 +
    Math.atan2(Math.sin(theta) * Math.sin(r) * Math.cos(lat1), Math.cos(r) - Math.sin(lat1) * Math.sin(lat2));
  const longitude = (((((lon2 * 180) / Math.PI + 540) % 360) + 360) % 360) - 180;
  return { latitude: (lat2 * 180) / Math.PI, longitude };
}

describe('haversineMiles', () => {
  it('is zero for the same point and symmetric', () => {
    expect(haversineMiles(JFK, JFK)).toBe(0);
    expect(haversineMiles(JFK, LAX)).toBeCloseTo(haversineMiles(LAX, JFK), 9);
  });

  it('gives about 69.09 miles per degree of latitude', () => {
    expect(haversineMiles({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeCloseTo(
      69.09,
      2,
    );
  });

  it('gives JFK to LAX within 0.5% of the published 2,475 miles', () => {
    expect(Math.abs(haversineMiles(JFK, LAX) - 2475) / 2475).toBeLessThan(0.005);
  });

  it('measures across the 180° meridian the short way', () => {
    const west = { latitude: 52, longitude: 179.5 };
    const east = { latitude: 52, longitude: -179.5 };
    expect(haversineMiles(west, east)).toBeLessThan(45);
  });
});

describe('boundingBox', () => {
  it('spans the expected latitudes and widens with latitude', () => {
    const box = boundingBox({ latitude: 40, longitude: -74 }, 69.0934);
    expect(box.minLatitude).toBeCloseTo(39, 3);
    expect(box.maxLatitude).toBeCloseTo(41, 3);
    const halfWidth = (box.maxLongitude - box.minLongitude) / 2;
    expect(halfWidth).toBeGreaterThan(1 / Math.cos((40 * Math.PI) / 180) - 0.01);
  });

  it('wraps across the 180° meridian near Adak, Alaska', () => {
    const box = boundingBox({ latitude: 51.88, longitude: -176.65 }, 200);
    expect(box.minLongitude).toBeGreaterThan(box.maxLongitude);
    expect(boxContains(box, { latitude: 51.4, longitude: 179.3 })).toBe(true);
    expect(boxContains(box, { latitude: 51.9, longitude: -175 })).toBe(true);
    expect(boxContains(box, { latitude: 51.9, longitude: 170 })).toBe(false);
    expect(boxContains(box, { latitude: 51.9, longitude: -160 })).toBe(false);
  });

  it('spans every longitude when the circle reaches a pole', () => {
    const box = boundingBox({ latitude: 89.5, longitude: 10 }, 100);
    expect(box).toEqual({
      minLatitude: expect.any(Number),
      maxLatitude: 90,
      minLongitude: -180,
      maxLongitude: 180,
    });
  });

  it('rejects a negative radius', () => {
    expect(() => boundingBox({ latitude: 0, longitude: 0 }, -1)).toThrow(/non-negative/);
  });

  it('holds every point within the radius, from Hawaii to northern Alaska', () => {
    const point = fc.record({
      latitude: fc.double({ min: 18, max: 71.5, noNaN: true }),
      longitude: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(
        point,
        fc.double({ min: 0.1, max: 300, noNaN: true }),
        fc.double({ min: 0, max: 360, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (center, radius, bearing, share) => {
          const inside = destination(center, bearing, radius * share * 0.999);
          expect(boxContains(boundingBox(center, radius), inside)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
