import { reminderPhrases } from './reminderPhrases';
import { WEEKDAY_CODES, type ReminderLocale, type WeekdayCode } from './reminderTypes';
import type { WallClock } from './wallClock';

/** The content language behind a reminder locale. */
export function languageOf(locale: ReminderLocale): 'en' | 'es' {
  return locale === 'es-ES' ? 'es' : 'en';
}

/** "6:00 PM" / "6:00 p. m.": always 12-hour with minutes, as in the confirmation messages. */
export function clockTime(locale: ReminderLocale, hour: number, minute: number): string {
  const format = new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h12',
    timeZone: 'UTC',
  });
  return plainSpaces(format.format(new Date(Date.UTC(2000, 0, 1, hour, minute))));
}

/** A clock time ready to follow "at" / "a": "6:00 PM", or "las 6:00 p. m." / "la 1:00 p. m.". */
export function atTime(locale: ReminderLocale, hour: number, minute: number): string {
  const articles = reminderPhrases(languageOf(locale)).hourArticles;
  const time = clockTime(locale, hour, minute);
  if (!articles) return time;
  return `${hour % 12 === 1 ? articles.one : articles.other} ${time}`;
}

/**
 * One side of an AM/PM question: "5 AM", "7:30 PM", or in Spanish "las 5 de la mañana",
 * because "a. m." reads as jargon in a spoken-style question.
 */
export function hourChoiceLabel(locale: ReminderLocale, hour: number, minute: number): string {
  const phrases = reminderPhrases(languageOf(locale));
  if (!phrases.dayParts || !phrases.hourArticles) {
    const options: Intl.DateTimeFormatOptions = { hour: 'numeric', hourCycle: 'h12', timeZone: 'UTC' };
    if (minute !== 0) options.minute = '2-digit';
    const format = new Intl.DateTimeFormat(locale, options);
    return plainSpaces(format.format(new Date(Date.UTC(2000, 0, 1, hour, minute))));
  }
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const clock = minute === 0 ? `${twelve}` : `${twelve}:${String(minute).padStart(2, '0')}`;
  const article = twelve === 1 ? phrases.hourArticles.one : phrases.hourArticles.other;
  return `${article} ${clock} ${dayPartOf(phrases.dayParts, hour, minute)}`;
}

function dayPartOf(
  parts: Record<'earlyMorning' | 'morning' | 'noon' | 'afternoon' | 'night', string>,
  hour: number,
  minute: number,
): string {
  if (hour === 12 && minute === 0) return parts.noon;
  if (hour >= 1 && hour < 6) return parts.earlyMorning;
  if (hour >= 6 && hour < 12) return parts.morning;
  if (hour >= 12 && hour < 20) return parts.afternoon;
  return parts.night;
}

/** The full weekday name for an RFC 5545 code: "Monday" / "lunes". */
export function weekdayName(locale: ReminderLocale, code: WeekdayCode): string {
  // 2024-01-01 was a Monday, so adding the code's index lands on that weekday.
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAY_CODES.indexOf(code)));
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** "Tue, Dec 1" / "martes, 1 de diciembre", with the year only when asked for. */
export function dateLabel(locale: ReminderLocale, wall: WallClock, withYear: boolean): string {
  const options: Intl.DateTimeFormatOptions =
    locale === 'es-ES'
      ? { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }
      : { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' };
  if (withYear) options.year = 'numeric';
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  return plainSpaces(new Intl.DateTimeFormat(locale, options).format(date));
}

/** "1 hour and 30 minutes" / "1 hora y 30 minutos". */
export function durationLabel(locale: ReminderLocale, totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(unitLabel(locale, hours, 'hour'));
  if (minutes > 0 || hours === 0) parts.push(unitLabel(locale, minutes, 'minute'));
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
}

function unitLabel(locale: ReminderLocale, value: number, unit: 'hour' | 'minute'): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** Upper-cases the first letter (Spanish weekday and month names are lower-case). */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** ICU puts narrow no-break spaces in times; plain spaces survive SMS and terminals. */
function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
