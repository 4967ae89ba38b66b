import type { Language, OutboundMessage } from '../src/channels/outboundMessage';
import type { ReminderDialogText } from '../src/reminders/reminderDialogText';
import { fillText } from './fillText';
import { foldText } from '../src/reminders/textPatterns';
import { isValidTimeZone } from '../src/reminders/wallClock';
import type { TimeZoneLookup } from './reminderPort';
import type { UserProfile } from './turnTypes';
import { readYesNo } from './yesNo';

/**
 * Asking an SMS user (whose phone sends no zone) which time zone their reminders should follow,
 * and reading the answer: a choice, a zone name or abbreviation, a ZIP code, a state code, or
 * "yes" to the zone their saved location suggests.
 */
export class TimeZoneQuestion {
  constructor(
    private readonly text: ReminderDialogText,
    private readonly lookup: TimeZoneLookup,
  ) {}

  /** The zone of the saved location ("Hoboken, NJ 07030"): by ZIP when there is one, else by state. */
  suggestion(user: UserProfile): string | null {
    const label = user.location?.label;
    if (!label) return null;
    const zip = /\b(\d{5})\b/.exec(label);
    const byZip = zip ? this.lookup.timeZoneForZip(zip[1]) : null;
    if (byZip) return byZip;
    const state = /,\s*([A-Z]{2})\b/.exec(label);
    return state ? this.lookup.timeZoneForState(state[1]) : null;
  }

  /** The question with the offered zones as choices, naming the suggested one if there is one. */
  ask(language: Language, suggestion: string | null, retry: boolean): OutboundMessage {
    const texts = this.text.for(language);
    const parts = [retry ? texts.timeZone.retry : texts.timeZone.ask];
    const suggested = suggestion ? this.text.timeZones.find((z) => z.zone === suggestion) : undefined;
    if (suggested) parts.push(fillText(texts.timeZone.suggestion, { zone: suggested.phrase[language] }));
    const choices = this.text.timeZones
      .filter((z) => z.offered)
      .map((z) => ({ label: z.label[language], value: z.label[language] }));
    return { text: parts.join(' '), choices };
  }

  /** The IANA zone an answer names, or null. */
  read(answer: string, suggestion: string | null): string | null {
    const trimmed = answer.trim();
    if (suggestion && readYesNo(trimmed) === 'yes') return suggestion;
    if (/^[A-Za-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?$/.test(trimmed) && isValidTimeZone(trimmed)) return trimmed;
    const zip = /^(\d{5})(?:-\d{4})?$/.exec(trimmed);
    if (zip) return this.lookup.timeZoneForZip(zip[1]);
    const folded = foldText(trimmed)
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const named = this.text.timeZones.find(
      (z) => z.aliases.includes(folded) || foldText(z.label.en) === folded,
    );
    if (named) return named.zone;
    // Only an upper-case code counts as a state: "hi", "ok" or "me" are more likely words.
    return /^[A-Z]{2}$/.test(trimmed) ? this.lookup.timeZoneForState(trimmed) : null;
  }

  /** "Eastern time" for a zone the content names, else null. */
  phrase(zone: string, language: Language): string | null {
    return this.text.timeZones.find((z) => z.zone === zone)?.phrase[language] ?? null;
  }
}
