import type { ZipCodeInfo } from 'zipcodes';
import { haversineMiles } from '../../src/programs/distance';
import { Geocoder, sharedGeocoder } from '../../src/programs/geocoder';

const HOBOKEN = { latitude: 40.744, longitude: -74.032 };
const geocoder = sharedGeocoder();

describe('Geocoder.zip', () => {
  it('places 07030 in Hoboken, NJ', () => {
    const place = geocoder.zip('07030');
    expect(place).toMatchObject({ city: 'Hoboken', state: 'NJ' });
    expect(haversineMiles(place!, HOBOKEN)).toBeLessThan(2);
  });

  it('accepts ZIP+4 and surrounding spaces, and rejects anything else', () => {
    expect(geocoder.zip(' 07030-1234 ')).toMatchObject({ city: 'Hoboken' });
    expect(geocoder.zip('7030')).toBeNull();
    expect(geocoder.zip('00000')).toBeNull();
    expect(geocoder.zip('07030x')).toBeNull();
  });
});

describe('Geocoder.town', () => {
  it.each([
    ['Toms River', 'Toms River', 'NJ'],
    ['Toms River NJ', 'Toms River', 'NJ'],
    ['Newark, NJ', 'Newark', 'NJ'],
    ['newark new jersey', 'Newark', 'NJ'],
    ['Newark', 'Newark', 'NJ'],
    ['Newark, DE', 'Newark', 'DE'],
    ['Hoboken', 'Hoboken', 'NJ'],
    ['St. Louis', 'Saint Louis', 'MO'],
    ['Bozeman MT', 'Bozeman', 'MT'],
    ['Washington, D.C.', 'Washington', 'DC'],
    ['Portland', 'Portland', 'OR'],
    ['portland maine', 'Portland', 'ME'],
    ['San Juan, Puerto Rico', 'San Juan', 'PR'],
    ['Anchorage AK', 'Anchorage', 'AK'],
    ['Newark, Nueva Jersey', 'Newark', 'NJ'],
  ])('reads %s as %s, %s', (text, city, state) => {
    expect(geocoder.town(text)).toMatchObject({ city, state });
  });

  it('returns null for words that are not a town, and for a state alone', () => {
    expect(geocoder.town('hello there')).toBeNull();
    expect(geocoder.town('New Jersey')).toBeNull();
    expect(geocoder.town('')).toBeNull();
  });

  it('places the town near its ZIP centres', () => {
    expect(haversineMiles(geocoder.town('Hoboken, NJ')!, HOBOKEN)).toBeLessThan(2);
    // The median resists the stray coordinates a few New York ZIPs carry in the data.
    expect(haversineMiles(geocoder.town('New York')!, { latitude: 40.75, longitude: -73.99 })).toBeLessThan(
      5,
    );
  });

  it('prefers the town with more ZIPs in a busier area, whatever the data order', () => {
    const entry = (
      zip: string,
      city: string,
      state: string,
      latitude: number,
      longitude: number,
    ): ZipCodeInfo => ({
      zip,
      city,
      state,
      latitude,
      longitude,
      country: 'US',
    });
    const small = [entry('10001', 'Springfield', 'VT', 43.3, -72.5)];
    const big = [
      entry('20001', 'Springfield', 'IL', 39.8, -89.6),
      entry('20002', 'Springfield', 'IL', 39.78, -89.65),
    ];
    for (const list of [
      [...small, ...big],
      [...big, ...small],
    ]) {
      const codes = Object.fromEntries(list.map((info) => [info.zip, info]));
      expect(new Geocoder(codes).town('Springfield')).toMatchObject({ state: 'IL' });
      expect(new Geocoder(codes).town('Springfield VT')).toMatchObject({ state: 'VT' });
    }
  });
});

describe('Geocoder.fromActivity', () => {
  it('reads a GeoCoordinates entity', () => {
    const activity = {
      entities: [{ type: 'mention' }, { type: 'GeoCoordinates', latitude: 40.74, longitude: -74.03 }],
    };
    expect(geocoder.fromActivity(activity)).toEqual({ latitude: 40.74, longitude: -74.03 });
  });

  it('reads a Place entity with geo coordinates', () => {
    const activity = {
      entities: [
        {
          type: 'Place',
          name: 'Home',
          geo: { type: 'GeoCoordinates', latitude: '39.95', longitude: '-74.2' },
        },
      ],
    };
    expect(geocoder.fromActivity(activity)).toEqual({ latitude: 39.95, longitude: -74.2 });
  });

  it('reads channelData.latitude/longitude and channelData.location', () => {
    expect(geocoder.fromActivity({ channelData: { latitude: 40.1, longitude: -74.5 } })).toEqual({
      latitude: 40.1,
      longitude: -74.5,
    });
    expect(
      geocoder.fromActivity({ channelData: { location: { latitude: 61.2, longitude: -149.9 } } }),
    ).toEqual({
      latitude: 61.2,
      longitude: -149.9,
    });
  });

  it('ignores missing, out-of-range, non-numeric and (0, 0) positions', () => {
    expect(geocoder.fromActivity({})).toBeNull();
    expect(
      geocoder.fromActivity({ entities: [{ type: 'GeoCoordinates', latitude: 95, longitude: 10 }] }),
    ).toBeNull();
    expect(geocoder.fromActivity({ channelData: { latitude: 'north', longitude: -74 } })).toBeNull();
    expect(geocoder.fromActivity({ channelData: { latitude: 0, longitude: 0 } })).toBeNull();
    expect(geocoder.fromActivity({ channelData: 'text' })).toBeNull();
  });
});

describe('Geocoder.locateText', () => {
  it.each([
    ['find an IOP near 07030', 'Hoboken, NJ 07030'],
    ['programs in Toms River', 'Toms River, NJ'],
    ['cerca de Newark, NJ', 'Newark, NJ'],
    ['busco un IOP en Paterson', 'Paterson, NJ'],
    ['evening groups in the Bronx', 'Bronx, NY'],
    ['near Camden NJ that takes medicaid', 'Camden, NJ'],
    ['for my teenager in Cherry Hill', 'Cherry Hill, NJ'],
    ['I live in Austin TX', 'Austin, TX'],
    ['Jersey City', 'Jersey City, NJ'],
    ['my zip is 08753-0001', 'Toms River, NJ 08753'],
  ])('finds the place in "%s"', (text, label) => {
    expect(geocoder.locateText(text)?.label).toBe(label);
  });

  it('returns the point and state with the label', () => {
    const found = geocoder.locateText('IOP near 07030');
    expect(found?.state).toBe('NJ');
    expect(haversineMiles(found!.point, HOBOKEN)).toBeLessThan(2);
  });

  it.each([
    'IOP en línea por la noche',
    'in English please',
    'I need help in Spanish',
    'is there one near me',
    'do you have IOP in person',
    'help me find one',
    'my son is 15',
    'I hope so',
    'call me at 2015550142',
  ])('finds no place in "%s"', (text) => {
    expect(geocoder.locateText(text)).toBeNull();
  });
});

describe('time zones', () => {
  it.each([
    ['07030', 'America/New_York'],
    ['32501', 'America/Chicago'],
    ['32301', 'America/New_York'],
    ['79901', 'America/Denver'],
    ['77002', 'America/Chicago'],
    ['37902', 'America/New_York'],
    ['37203', 'America/Chicago'],
    ['99501', 'America/Anchorage'],
    ['96813', 'Pacific/Honolulu'],
    ['85004', 'America/Phoenix'],
    ['00901', 'America/Puerto_Rico'],
  ])('suggests a zone for ZIP %s', (zip, zone) => {
    expect(geocoder.timeZoneForZip(zip)).toBe(zone);
  });

  it('gives the main zone per state and null for unknown input', () => {
    expect(geocoder.timeZoneForState('nj')).toBe('America/New_York');
    expect(geocoder.timeZoneForState('CA')).toBe('America/Los_Angeles');
    expect(geocoder.timeZoneForState('XX')).toBeNull();
    expect(geocoder.timeZoneForZip('00000')).toBeNull();
  });

  it('names only zones the runtime knows', () => {
    for (const zip of ['07030', '32501', '79901', '99546', '83814', '97914']) {
      const zone = geocoder.timeZoneForZip(zip);
      expect(zone).not.toBeNull();
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone! })).not.toThrow();
    }
  });
});
