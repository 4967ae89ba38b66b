import { applyQuietHours } from '../../src/reminders/quietHours';
import { at, localIso } from './support';

const NY = 'America/New_York';
const NIGHT = { start: '21:00', end: '08:00' };

function quiet(localTime: string, zone = NY, window = NIGHT): string {
  return localIso(applyQuietHours(at(localTime, zone), zone, window), zone);
}

describe('applyQuietHours', () => {
  it('moves late-evening times to the next morning', () => {
    expect(quiet('2026-12-01T22:30')).toBe('2026-12-02T08:00:00.000-05:00');
    expect(quiet('2026-12-01T21:00')).toBe('2026-12-02T08:00:00.000-05:00');
    expect(quiet('2026-12-31T23:59')).toBe('2027-01-01T08:00:00.000-05:00');
  });

  it('moves early-morning times (after midnight) to the same morning', () => {
    expect(quiet('2026-12-02T00:10')).toBe('2026-12-02T08:00:00.000-05:00');
    expect(quiet('2026-12-02T07:59')).toBe('2026-12-02T08:00:00.000-05:00');
  });

  it('leaves times outside the window unchanged, to the millisecond', () => {
    const noon = at('2026-12-01T12:00:30.250', NY);
    expect(applyQuietHours(noon, NY, NIGHT)).toEqual(noon);
    expect(quiet('2026-12-01T08:00')).toBe('2026-12-01T08:00:00.000-05:00');
    expect(quiet('2026-12-01T20:59')).toBe('2026-12-01T20:59:00.000-05:00');
  });

  it('handles a window within one day and an empty window', () => {
    const afternoon = { start: '13:00', end: '15:30' };
    expect(quiet('2026-12-01T14:00', NY, afternoon)).toBe('2026-12-01T15:30:00.000-05:00');
    expect(quiet('2026-12-01T16:00', NY, afternoon)).toBe('2026-12-01T16:00:00.000-05:00');
    expect(quiet('2026-12-01T23:00', NY, { start: '22:00', end: '22:00' })).toBe(
      '2026-12-01T23:00:00.000-05:00',
    );
  });

  it('uses local time across DST: the night before spring forward ends at 8:00 EDT', () => {
    expect(quiet('2027-03-13T23:00')).toBe('2027-03-14T08:00:00.000-04:00');
    expect(quiet('2027-11-06T22:00')).toBe('2027-11-07T08:00:00.000-05:00');
  });

  it('moves an end time that falls in the spring-forward gap to the end of the gap', () => {
    expect(quiet('2027-03-13T23:00', NY, { start: '22:00', end: '02:30' })).toBe(
      '2027-03-14T03:00:00.000-04:00',
    );
  });

  it('judges the window on the local clock far from UTC', () => {
    const zone = 'Pacific/Auckland';
    expect(quiet('2026-12-01T21:30', zone)).toBe('2026-12-02T08:00:00.000+13:00');
    expect(quiet('2026-12-01T10:00', zone)).toBe('2026-12-01T10:00:00.000+13:00');
  });

  it('rejects malformed windows and unknown zones', () => {
    const now = new Date();
    expect(() => applyQuietHours(now, NY, { start: '9pm', end: '08:00' })).toThrow(/HH:MM/);
    expect(() => applyQuietHours(now, NY, { start: '21:00', end: '24:00' })).toThrow(RangeError);
    expect(() => applyQuietHours(now, 'Not/AZone', NIGHT)).toThrow(/time zone/);
  });
});
