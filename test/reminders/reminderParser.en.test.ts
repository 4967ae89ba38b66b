import { at, localIso, scheduled } from './support';

const NY = 'America/New_York';
// Monday, November 30 2026, 3:00 PM in New York.
const NOW = at('2026-11-30T15:00', NY);

describe('parseReminder (English): one-time reminders', () => {
  it.each([
    ['tomorrow at 6pm', '2026-12-01T18:00:00.000-05:00', 'your reminder'],
    ['in 2 hours', '2026-11-30T17:00:00.000-05:00', 'your reminder'],
    ['in an hour and a half', '2026-11-30T16:30:00.000-05:00', 'your reminder'],
    ['on December 24 at 10am', '2026-12-24T10:00:00.000-05:00', 'your reminder'],
    ['remind me to do box breathing at 7:30pm today', '2026-11-30T19:30:00.000-05:00', 'do box breathing'],
    ['remind me to take a walk tomorrow at 6pm', '2026-12-01T18:00:00.000-05:00', 'take a walk'],
    ['remind me at 9pm to take my meds', '2026-11-30T21:00:00.000-05:00', 'take my meds'],
    ['Remind me tomorrow to call mom at 6pm', '2026-12-01T18:00:00.000-05:00', 'call mom'],
    ['on Friday at 3pm call the pharmacy', '2026-12-04T15:00:00.000-05:00', 'call the pharmacy'],
    ['next Tuesday at 6pm', '2026-12-08T18:00:00.000-05:00', 'your reminder'],
    ['tonight at 8', '2026-11-30T20:00:00.000-05:00', 'your reminder'],
    ['tomorrow at noon', '2026-12-01T12:00:00.000-05:00', 'your reminder'],
    ['call Ana within 2 hours', '2026-11-30T17:00:00.000-05:00', 'call Ana'],
    ['set a reminder to stretch before bed at 10pm', '2026-11-30T22:00:00.000-05:00', 'stretch before bed'],
    ['Please remind me to drink water at 7.30pm', '2026-11-30T19:30:00.000-05:00', 'drink water'],
  ])('"%s" → %s', (text, next, what) => {
    const reminder = scheduled(text, NOW, NY, 'en-US');
    expect(reminder).toMatchObject({ kind: 'once', rrule: null, timeZone: NY, what });
    expect(localIso(reminder.next, NY)).toBe(next);
    expect(reminder.leadMinutes).toBeUndefined();
  });

  it('rolls a bare clock time that has passed today to tomorrow', () => {
    const reminder = scheduled('at 1:15pm', NOW, NY, 'en-US');
    expect(localIso(reminder.next, NY)).toBe('2026-12-01T13:15:00.000-05:00');
  });

  it('picks the only future reading of "today at 5" in the afternoon', () => {
    const reminder = scheduled('today at 5', NOW, NY, 'en-US');
    expect(localIso(reminder.next, NY)).toBe('2026-11-30T17:00:00.000-05:00');
  });

  it('rolls a month and day that has passed this year to next year', () => {
    const reminder = scheduled('on March 3 at 9am', NOW, NY, 'en-US');
    expect(localIso(reminder.next, NY)).toBe('2027-03-03T09:00:00.000-05:00');
  });

  it('shortens a very long subject at a word boundary', () => {
    const subject = `${'water the plants and '.repeat(20)}feed the cat`;
    const { what } = scheduled(`remind me to ${subject} tomorrow at 6pm`, NOW, NY, 'en-US');
    const kept = what.slice(0, -1);
    expect(what.endsWith('…')).toBe(true);
    expect(kept.length).toBeLessThanOrEqual(120);
    expect(subject.startsWith(kept)).toBe(true);
    expect(subject[kept.length]).toBe(' ');
  });

  it('moves a one-time event earlier by its lead time', () => {
    const reminder = scheduled(
      'my appointment is tomorrow at 3pm, remind me 30 minutes before',
      NOW,
      NY,
      'en-US',
    );
    expect(reminder).toMatchObject({ kind: 'once', what: 'my appointment', leadMinutes: 30 });
    expect(localIso(reminder.next, NY)).toBe('2026-12-01T14:30:00.000-05:00');
  });
});

describe('parseReminder (English): recurring reminders', () => {
  it.each([
    ['every day at 8pm', 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0', '2026-11-30T20:00:00.000-05:00'],
    ['daily at 7:45am', 'FREQ=DAILY;BYHOUR=7;BYMINUTE=45', '2026-12-01T07:45:00.000-05:00'],
    ['every night at 9', 'FREQ=DAILY;BYHOUR=21;BYMINUTE=0', '2026-11-30T21:00:00.000-05:00'],
    ['every morning at 8', 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0', '2026-12-01T08:00:00.000-05:00'],
    [
      'weekdays at 7am',
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=0',
      '2026-12-01T07:00:00.000-05:00',
    ],
    [
      'each weekday at 7:15am',
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=15',
      '2026-12-01T07:15:00.000-05:00',
    ],
    [
      'every Monday and Wednesday at 6:30 pm',
      'FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=18;BYMINUTE=30',
      '2026-11-30T18:30:00.000-05:00',
    ],
    [
      'Mondays and Wednesdays at 6:30pm',
      'FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=18;BYMINUTE=30',
      '2026-11-30T18:30:00.000-05:00',
    ],
    ['every Tuesday at 6pm', 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=18;BYMINUTE=0', '2026-12-01T18:00:00.000-05:00'],
    ['on weekends at 10am', 'FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=10;BYMINUTE=0', '2026-12-05T10:00:00.000-05:00'],
    [
      'every Monday, Wednesday and Friday at 9am',
      'FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=9;BYMINUTE=0',
      '2026-12-02T09:00:00.000-05:00',
    ],
  ])('"%s" → %s', (text, rrule, next) => {
    const reminder = scheduled(text, NOW, NY, 'en-US');
    expect(reminder).toMatchObject({ kind: 'recurring', rrule, what: 'your reminder', timeZone: NY });
    expect(localIso(reminder.next, NY)).toBe(next);
  });

  it('keeps the subject of a recurring reminder', () => {
    const reminder = scheduled('remind me to practice box breathing every day at 8pm', NOW, NY, 'en-US');
    expect(reminder.what).toBe('practice box breathing');
  });

  it.each([
    ['an hour before', 60, '2026-12-01T17:00:00.000-05:00'],
    ['30 minutes before', 30, '2026-12-01T17:30:00.000-05:00'],
    ['forty-five minutes before', 45, '2026-12-01T17:15:00.000-05:00'],
  ])('session-relative: "my group is Tuesdays at 6pm, remind me %s"', (lead, minutes, next) => {
    const reminder = scheduled(`my group is Tuesdays at 6pm, remind me ${lead}`, NOW, NY, 'en-US');
    expect(reminder).toMatchObject({
      kind: 'recurring',
      what: 'my group',
      rrule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=18;BYMINUTE=0',
      leadMinutes: minutes,
    });
    expect(localIso(reminder.next, NY)).toBe(next);
  });

  it('skips to the next session when this one is too close for the lead time', () => {
    const tuesdayEvening = at('2026-12-01T17:30', NY);
    const reminder = scheduled(
      'my group is Tuesdays at 6pm, remind me an hour before',
      tuesdayEvening,
      NY,
      'en-US',
    );
    expect(localIso(reminder.next, NY)).toBe('2026-12-08T17:00:00.000-05:00');
  });
});

describe('parseReminder: time zones', () => {
  it('reads "tomorrow" on the local calendar far from UTC (Pacific/Auckland)', () => {
    const zone = 'Pacific/Auckland';
    // 15:00 UTC on Nov 30 is already 04:00 on Dec 1 in Auckland.
    const reminder = scheduled('tomorrow at 6pm', new Date('2026-11-30T15:00:00Z'), zone, 'en-US');
    expect(localIso(reminder.next, zone)).toBe('2026-12-02T18:00:00.000+13:00');
  });

  it('handles half-hour offsets (Asia/Kolkata)', () => {
    const zone = 'Asia/Kolkata';
    const reminder = scheduled('every day at 8pm', at('2026-11-30T21:00', zone), zone, 'en-US');
    expect(localIso(reminder.next, zone)).toBe('2026-12-01T20:00:00.000+05:30');
  });

  it('keeps a daily 9am at 9:00 local across the spring-forward weekend', () => {
    const reminder = scheduled('every day at 9am', at('2027-03-12T12:00', NY), NY, 'en-US');
    expect(localIso(reminder.next, NY)).toBe('2027-03-13T09:00:00.000-05:00');
  });
});
