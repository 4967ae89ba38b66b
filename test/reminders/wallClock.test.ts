import { fromWallClock, isValidTimeZone, toWallClock } from '../../src/reminders/wallClock';
import { localIso } from './support';

const NY = 'America/New_York';

describe('wall clock conversion', () => {
  it('round-trips an ordinary local time', () => {
    const instant = fromWallClock({ year: 2026, month: 12, day: 1, hour: 18, minute: 0 }, NY);
    expect(localIso(instant, NY)).toBe('2026-12-01T18:00:00.000-05:00');
    expect(toWallClock(instant, NY)).toEqual({
      year: 2026,
      month: 12,
      day: 1,
      hour: 18,
      minute: 0,
      second: 0,
    });
  });

  it('maps a time inside the spring-forward gap to the end of the gap', () => {
    const instant = fromWallClock({ year: 2027, month: 3, day: 14, hour: 2, minute: 0 }, NY);
    expect(localIso(instant, NY)).toBe('2027-03-14T03:00:00.000-04:00');
    const lordHowe = 'Australia/Lord_Howe'; // a 30-minute DST shift, at 2:00 on October 4 2026
    const shifted = fromWallClock({ year: 2026, month: 10, day: 4, hour: 2, minute: 10 }, lordHowe);
    expect(localIso(shifted, lordHowe)).toBe('2026-10-04T02:30:00.000+11:00');
  });

  it('picks the earlier of two instants in the fall-back hour', () => {
    const instant = fromWallClock({ year: 2027, month: 11, day: 7, hour: 1, minute: 15 }, NY);
    expect(localIso(instant, NY)).toBe('2027-11-07T01:15:00.000-04:00');
  });

  it('knows valid IANA zones', () => {
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
