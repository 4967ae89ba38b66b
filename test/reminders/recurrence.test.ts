import { buildRecurrenceRule, nextOccurrence } from '../../src/reminders/recurrence';
import { at, localIso } from './support';

const NY = 'America/New_York';
const DAILY_9AM = 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0';

/** The next `count` occurrences, each strictly after the previous one. */
function occurrences(rrule: string, zone: string, from: Date, count: number): string[] {
  const found: string[] = [];
  let after = from;
  for (let i = 0; i < count; i += 1) {
    const next = nextOccurrence(rrule, zone, after);
    if (!next) break;
    found.push(localIso(next, zone));
    after = next;
  }
  return found;
}

describe('buildRecurrenceRule', () => {
  it('builds daily and weekly rules in RFC 5545 form', () => {
    expect(buildRecurrenceRule([], 20, 0)).toBe('FREQ=DAILY;BYHOUR=20;BYMINUTE=0');
    expect(buildRecurrenceRule(['WE', 'MO'], 18, 30)).toBe('FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=18;BYMINUTE=30');
    expect(buildRecurrenceRule(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], 7, 5)).toBe(
      'FREQ=DAILY;BYHOUR=7;BYMINUTE=5',
    );
  });
});

describe('nextOccurrence across daylight-saving changes (America/New_York)', () => {
  it('keeps a daily 9:00 at 9:00 local before and after spring forward (March 14 2027)', () => {
    expect(occurrences(DAILY_9AM, NY, at('2027-03-12T12:00', NY), 3)).toEqual([
      '2027-03-13T09:00:00.000-05:00',
      '2027-03-14T09:00:00.000-04:00',
      '2027-03-15T09:00:00.000-04:00',
    ]);
  });

  it('keeps a daily 9:00 at 9:00 local across fall back (November 7 2027)', () => {
    expect(occurrences(DAILY_9AM, NY, at('2027-11-05T12:00', NY), 3)).toEqual([
      '2027-11-06T09:00:00.000-04:00',
      '2027-11-07T09:00:00.000-05:00',
      '2027-11-08T09:00:00.000-05:00',
    ]);
  });

  it('moves 2:30 AM on the spring-forward day to 3:00 AM, the first valid instant', () => {
    expect(occurrences('FREQ=DAILY;BYHOUR=2;BYMINUTE=30', NY, at('2027-03-13T12:00', NY), 2)).toEqual([
      '2027-03-14T03:00:00.000-04:00',
      '2027-03-15T02:30:00.000-04:00',
    ]);
  });

  it('fires a repeated 1:30 AM once on the fall-back day, at its first occurrence', () => {
    expect(occurrences('FREQ=DAILY;BYHOUR=1;BYMINUTE=30', NY, at('2027-11-06T12:00', NY), 2)).toEqual([
      '2027-11-07T01:30:00.000-04:00',
      '2027-11-08T01:30:00.000-05:00',
    ]);
  });

  it('keeps weekly days and times across the change', () => {
    const rule = 'FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=18;BYMINUTE=30';
    expect(occurrences(rule, NY, at('2027-03-08T19:00', NY), 3)).toEqual([
      '2027-03-10T18:30:00.000-05:00',
      '2027-03-15T18:30:00.000-04:00',
      '2027-03-17T18:30:00.000-04:00',
    ]);
  });
});

describe('nextOccurrence in zones far from UTC', () => {
  it('follows the local clock in Pacific/Auckland when DST ends (April 4 2027)', () => {
    const zone = 'Pacific/Auckland';
    expect(occurrences('FREQ=DAILY;BYHOUR=8;BYMINUTE=0', zone, at('2027-04-02T20:00', zone), 3)).toEqual([
      '2027-04-03T08:00:00.000+13:00',
      '2027-04-04T08:00:00.000+12:00',
      '2027-04-05T08:00:00.000+12:00',
    ]);
  });

  it('uses the local weekday, not the UTC one (Pacific/Auckland, Monday morning = Sunday UTC)', () => {
    const zone = 'Pacific/Auckland';
    const next = nextOccurrence(
      'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0',
      zone,
      at('2026-11-30T07:00', zone),
    );
    expect(next && localIso(next, zone)).toBe('2026-11-30T09:00:00.000+13:00');
  });

  it('handles a half-hour offset (Asia/Kolkata)', () => {
    const zone = 'Asia/Kolkata';
    expect(occurrences('FREQ=DAILY;BYHOUR=20;BYMINUTE=0', zone, at('2026-11-30T20:00', zone), 2)).toEqual([
      '2026-12-01T20:00:00.000+05:30',
      '2026-12-02T20:00:00.000+05:30',
    ]);
  });
});

describe('nextOccurrence: rule forms and limits', () => {
  it('is strictly after `after`', () => {
    const nine = at('2026-12-01T09:00', NY);
    expect(localIso(nextOccurrence(DAILY_9AM, NY, nine) as Date, NY)).toBe('2026-12-02T09:00:00.000-05:00');
  });

  it('accepts an "RRULE:" prefix and a wall-clock DTSTART', () => {
    const rule = 'DTSTART:20261210T080000\nRRULE:FREQ=DAILY';
    expect(occurrences(rule, NY, at('2026-12-01T12:00', NY), 2)).toEqual([
      '2026-12-10T08:00:00.000-05:00',
      '2026-12-11T08:00:00.000-05:00',
    ]);
    expect(localIso(nextOccurrence(`RRULE:${DAILY_9AM}`, NY, at('2026-12-01T12:00', NY)) as Date, NY)).toBe(
      '2026-12-02T09:00:00.000-05:00',
    );
  });

  it('reads a UTC DTSTART as an instant and converts it to the local clock', () => {
    // 13:00Z on Dec 10 is 8:00 AM in New York; the rule repeats at 8:00 local.
    const next = nextOccurrence('DTSTART:20261210T130000Z\nRRULE:FREQ=DAILY', NY, at('2026-12-01T12:00', NY));
    expect(next && localIso(next, NY)).toBe('2026-12-10T08:00:00.000-05:00');
  });

  it('returns null once a rule has ended', () => {
    const rule = 'DTSTART:20261201T090000\nRRULE:FREQ=DAILY;COUNT=2';
    expect(occurrences(rule, NY, at('2026-11-30T12:00', NY), 5)).toEqual([
      '2026-12-01T09:00:00.000-05:00',
      '2026-12-02T09:00:00.000-05:00',
    ]);
  });

  it('rejects an unknown zone and a rule without FREQ', () => {
    expect(() => nextOccurrence(DAILY_9AM, 'Nowhere/Land', new Date())).toThrow(RangeError);
    expect(() => nextOccurrence('BYHOUR=9', NY, new Date())).toThrow(/FREQ/);
    expect(() => nextOccurrence('  ', NY, new Date())).toThrow(/Empty/);
  });
});
