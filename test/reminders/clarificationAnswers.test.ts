import { ambiguousTimes, parseWithAnswers } from '../../src/reminders/clarificationAnswers';
import { parseReminder } from '../../src/reminders/reminderParser';
import { at, localIso } from './support';

const NY = 'America/New_York';
// Monday, November 30 2026, 3:00 PM in New York.
const NOW = at('2026-11-30T15:00', NY);
const EN = { now: NOW, timeZone: NY, locale: 'en-US' as const };
const ES = { now: NOW, timeZone: NY, locale: 'es-ES' as const };

function nextOf(result: ReturnType<typeof parseWithAnswers>): string {
  if (!result || !('kind' in result)) throw new Error(`expected a reminder, got ${JSON.stringify(result)}`);
  return localIso(result.next, NY);
}

describe('parseWithAnswers', () => {
  it('with no answers gives what parseReminder gives', () => {
    for (const text of [
      'remind me to walk every day at 8pm',
      'at 5',
      'today at 9am',
      'remind me to call mom',
      'every hour',
    ]) {
      expect(parseWithAnswers(text, [], EN)).toEqual(parseReminder(text, EN));
    }
  });

  it('settles AM or PM from "PM", "5 am", "in the morning" or "de la tarde"', () => {
    expect(
      nextOf(parseWithAnswers('remind me at 5 to call mom', [{ kind: 'meridiem', text: 'PM' }], EN)),
    ).toBe('2026-11-30T17:00:00.000-05:00');
    expect(
      nextOf(parseWithAnswers('remind me at 5 to call mom', [{ kind: 'meridiem', text: '5 am' }], EN)),
    ).toBe('2026-12-01T05:00:00.000-05:00');
    expect(
      nextOf(parseWithAnswers('every weekday at 7', [{ kind: 'meridiem', text: 'in the morning' }], EN)),
    ).toBe('2026-12-01T07:00:00.000-05:00');
    expect(
      nextOf(parseWithAnswers('mañana a las 5', [{ kind: 'meridiem', text: 'Las 5 de la tarde' }], ES)),
    ).toBe('2026-12-01T17:00:00.000-05:00');
  });

  it('keeps the subject and the repeat when the answer only gives a time', () => {
    const result = parseWithAnswers('remind me to walk every day', [{ kind: 'details', text: '8pm' }], EN);
    expect(result).toMatchObject({
      kind: 'recurring',
      what: 'walk',
      rrule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0',
    });
  });

  it('moves a past time to tomorrow on "yes", or to the new time given', () => {
    expect(nextOf(parseWithAnswers('today at 9am', [{ kind: 'tomorrow' }], EN))).toBe(
      '2026-12-01T09:00:00.000-05:00',
    );
    const moved = parseWithAnswers(
      'remind me to take my meds today at 9am',
      [{ kind: 'details', text: 'at 6pm' }],
      EN,
    );
    expect(moved).toMatchObject({ what: 'take my meds' });
    expect(nextOf(moved)).toBe('2026-11-30T18:00:00.000-05:00');
  });

  it('keeps a lead time through "tomorrow instead"', () => {
    const result = parseWithAnswers(
      'my call is at 3:20pm, remind me 30 minutes before',
      [{ kind: 'tomorrow' }],
      EN,
    );
    expect(result).toMatchObject({ what: 'my call', leadMinutes: 30 });
    expect(nextOf(result)).toBe('2026-12-01T14:50:00.000-05:00');
  });

  it('chains answers: a time that is itself unclear, then AM or PM', () => {
    const answers = [
      { kind: 'details', text: 'at 8' },
      { kind: 'meridiem', text: '8 PM' },
    ] as const;
    expect(parseWithAnswers('remind me to walk every day', answers.slice(0, 1), EN)).toMatchObject({
      reason: 'ambiguous',
    });
    expect(parseWithAnswers('remind me to walk every day', [...answers], EN)).toMatchObject({
      rrule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0',
    });
  });

  it('returns null when the answer does not answer', () => {
    expect(parseWithAnswers('at 5', [{ kind: 'meridiem', text: 'what?' }], EN)).toBeNull();
    expect(
      parseWithAnswers('remind me to walk', [{ kind: 'details', text: 'what is an IOP?' }], EN),
    ).toBeNull();
    expect(parseWithAnswers('in 2 hours', [{ kind: 'tomorrow' }], EN)).toBeNull();
  });

  it('reports an unknown zone as the parser does', () => {
    expect(parseWithAnswers('at 5pm', [], { ...EN, timeZone: 'Mars/Base' })).toEqual({
      error: 'invalid_time_zone',
    });
  });
});

describe('ambiguousTimes', () => {
  it('lists the two readings, morning first', () => {
    expect(ambiguousTimes('at 5', [], EN)).toEqual([
      { hour: 5, minute: 0 },
      { hour: 17, minute: 0 },
    ]);
    expect(ambiguousTimes('at 5pm', [], EN)).toEqual([]);
  });
});
