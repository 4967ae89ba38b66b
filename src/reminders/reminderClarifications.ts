import { fillTemplate, reminderPhrases } from './reminderPhrases';
import type { ReminderClarification, ReminderLocale } from './reminderTypes';
import { atTime, hourChoiceLabel, languageOf } from './scheduleFormat';
import type { ClockTime } from './timex';

/** "Did you mean 5 AM or 5 PM?" for two candidate times. */
export function askAmOrPm(locale: ReminderLocale, times: ClockTime[]): ReminderClarification {
  const [morning, evening] = [...times].sort((a, b) => a.hour - b.hour);
  const phrases = reminderPhrases(languageOf(locale));
  const clarify = fillTemplate(phrases.clarifyAmbiguous, {
    am: hourChoiceLabel(locale, morning.hour, morning.minute),
    pm: hourChoiceLabel(locale, evening.hour, evening.minute),
  });
  return { clarify, reason: 'ambiguous' };
}

/** The time has passed; offers the same time tomorrow when the request was for today. */
export function askAboutPastTime(
  locale: ReminderLocale,
  sameTimeTomorrow: ClockTime | null,
): ReminderClarification {
  const phrases = reminderPhrases(languageOf(locale));
  const clarify = sameTimeTomorrow
    ? fillTemplate(phrases.clarifyPastToday, {
        time: atTime(locale, sameTimeTomorrow.hour, sameTimeTomorrow.minute),
      })
    : phrases.clarifyPast;
  return { clarify, reason: 'past' };
}

/** No clock time was found. */
export function askForTime(locale: ReminderLocale): ReminderClarification {
  return { clarify: reminderPhrases(languageOf(locale)).clarifyNoTime, reason: 'no_time' };
}
