import {
  Culture,
  DateTimeOptions,
  DateTimeRecognizer,
  type IDateTimeModel,
} from '@microsoft/recognizers-text-date-time';
import type { WallClock } from './wallClock';

/** One date/time expression found by the recognizer, reduced to what the parser needs. */
export interface DateTimeMatch {
  /** Start index in the searched text. */
  start: number;
  /** End index (exclusive). */
  end: number;
  /** e.g. "date", "time", "datetime", "set", "duration", "daterange". */
  type: string;
  /** Distinct TIMEX values of the resolution, in the recognizer's order. */
  timexes: string[];
  /** For durations: the length in seconds. */
  seconds?: number;
}

const models = new Map<'en' | 'es', IDateTimeModel>();

function modelFor(language: 'en' | 'es'): IDateTimeModel {
  let model = models.get(language);
  if (!model) {
    const culture = language === 'es' ? Culture.Spanish : Culture.English;
    model = new DateTimeRecognizer(culture, DateTimeOptions.None).getDateTimeModel();
    models.set(language, model);
  }
  return model;
}

/**
 * Runs the recognizer's DateTimeModel over `text`. `reference` is the user's current wall clock:
 * the recognizer does its date arithmetic on a plain Date's local fields, so those fields must
 * carry the user's local time, whatever zone the server runs in.
 */
export function findDateTimes(text: string, language: 'en' | 'es', reference: WallClock): DateTimeMatch[] {
  const referenceDate = new Date(
    reference.year,
    reference.month - 1,
    reference.day,
    reference.hour,
    reference.minute,
    reference.second ?? 0,
  );
  return modelFor(language)
    .parse(text, referenceDate)
    .map((result) => {
      const values = resolutionValues(result.resolution);
      const timexes = [...new Set(values.map((value) => value.timex).filter(isString))];
      const match: DateTimeMatch = {
        start: result.start,
        end: result.end + 1,
        type: result.typeName.replace(/^datetimeV2\./, ''),
        timexes,
      };
      const seconds = Number(values[0]?.value);
      if (match.type === 'duration' && Number.isFinite(seconds)) match.seconds = seconds;
      return match;
    });
}

interface ResolutionValue {
  timex?: unknown;
  value?: unknown;
}

function resolutionValues(resolution: Record<string, unknown> | undefined): ResolutionValue[] {
  const values = resolution?.values;
  return Array.isArray(values) ? (values as ResolutionValue[]) : [];
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
