import { namesDay, rescheduleReminder, type SavedSchedule } from '../../src/reminders/rescheduleReminder';
import { parseReminder, type ScheduledReminder } from '../../src/reminders/reminderParser';
import { at, localIso } from './support';

const NY = 'America/New_York';
// Monday, November 30 2026, 3:00 PM in New York.
const NOW = at('2026-11-30T15:00', NY);

function requested(text: string): ScheduledReminder {
  const result = parseReminder(text, { now: NOW, timeZone: NY, locale: 'en-US' });
  if (!('kind' in result)) throw new Error(`not a time: ${text}`);
  return result;
}

const DAILY_8PM: SavedSchedule = {
  rrule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0',
  timeZone: NY,
  leadMinutes: 0,
  nextAt: at('2026-11-30T20:00', NY),
};
const TUESDAY_GROUP: SavedSchedule = {
  rrule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=18;BYMINUTE=0',
  timeZone: NY,
  leadMinutes: 60,
  nextAt: at('2026-12-01T17:00', NY),
};
const FRIDAY_CALL: SavedSchedule = {
  rrule: null,
  timeZone: NY,
  leadMinutes: 0,
  nextAt: at('2026-12-04T15:00', NY),
};

describe('rescheduleReminder', () => {
  it('gives a repeating reminder the new clock time and keeps its days', () => {
    const changed = rescheduleReminder(TUESDAY_GROUP, requested('7pm'), false, NOW);
    expect(changed?.rrule).toBe('FREQ=WEEKLY;BYDAY=TU;BYHOUR=19;BYMINUTE=0');
    // The lead time is kept: the reminder fires an hour before the new 7 PM.
    expect(localIso(changed!.nextAt, NY)).toBe('2026-12-01T18:00:00.000-05:00');
    expect(rescheduleReminder(DAILY_8PM, requested('7:15am'), false, NOW)?.rrule).toBe(
      'FREQ=DAILY;BYHOUR=7;BYMINUTE=15',
    );
  });

  it('takes new days when the text names them', () => {
    const changed = rescheduleReminder(DAILY_8PM, requested('every Monday at 9pm'), true, NOW);
    expect(changed?.rrule).toBe('FREQ=WEEKLY;BYDAY=MO;BYHOUR=21;BYMINUTE=0');
  });

  it('keeps a one-time reminder on its date unless a date is named', () => {
    expect(localIso(rescheduleReminder(FRIDAY_CALL, requested('10am'), false, NOW)!.nextAt, NY)).toBe(
      '2026-12-04T10:00:00.000-05:00',
    );
    expect(
      localIso(rescheduleReminder(FRIDAY_CALL, requested('tomorrow at 10am'), true, NOW)!.nextAt, NY),
    ).toBe('2026-12-01T10:00:00.000-05:00');
  });

  it('refuses a one-time change that would already be past', () => {
    const today: SavedSchedule = {
      rrule: null,
      timeZone: NY,
      leadMinutes: 0,
      nextAt: at('2026-11-30T18:00', NY),
    };
    expect(rescheduleReminder(today, requested('9am'), false, NOW)).toBeNull();
  });
});

describe('namesDay', () => {
  it.each([
    ['9pm', false],
    ['at 7:30', false],
    ['Friday at 9am', true],
    ['tomorrow at 10', true],
    ['every Monday at 6pm', true],
    ['in 2 hours', true],
  ])('"%s" → %s', (text, expected) => {
    expect(namesDay(text, 'en-US', NOW, NY)).toBe(expected);
  });
});
