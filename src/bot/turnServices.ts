import type { Language, OutboundMessage } from '../channels/outboundMessage';

/** The crisis check that runs on every inbound message before anything else. Pure and synchronous. */
export interface CrisisScreen {
  /** A crisis reply when the text shows crisis, otherwise undefined. */
  screen(text: string, language: Language): OutboundMessage | undefined;
  /** The gentle reminder that keeps resources one tap away on the turns after a crisis. */
  careReminder(language: Language): OutboundMessage;
}

/** Chooses the reply language for a message. */
export interface LanguageChooser {
  choose(text: string, locale: string | undefined, previous: Language | undefined): Language;
}

/** Wall-clock time, injected so reminders, quiet hours and DST are testable. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
