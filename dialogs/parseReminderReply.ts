import { parseReminderReply as parseButtonValue } from '../src/reminders/reminderReplies';
import { foldText } from '../src/reminders/textPatterns';
import type { SnoozeMinutes } from './reminderPort';

/** What a reply to a reminder message asks for. */
export type ReminderReplyAction = 'done' | 'snooze' | 'skip' | 'stop' | 'practice';

export interface ReminderReply {
  action: ReminderReplyAction;
  /** For `snooze`: 10 minutes unless an hour (or more than half an hour) was asked for. */
  minutes?: SnoozeMinutes;
  /** The occurrence a tapped button names; absent for typed replies (the latest one is meant). */
  occurrenceRef?: string;
}

/** Typed replies, whole message only (so "done with work at 5" is not a reply). */
const TYPED: ReadonlyArray<[ReminderReplyAction, RegExp]> = [
  [
    'done',
    /^(?:done|all done|did it|i did it|i did|completed?|finished|hecho|listo|lista|lo hice|ya lo hice|completado|terminado)$/,
  ],
  [
    'skip',
    /^(?:skip|skip it|skip this(?: one| time)?|skip today|not this time|omitir(?: este)?|omite este|saltar(?: este| esta vez)?|me lo salto|hoy no)$/,
  ],
  [
    'stop',
    /^(?:stop (?:these|this|that) reminders?|turn off (?:these|this|that) reminders?|(?:detener|deten|parar|para) (?:estos|este|ese) recordatorios?|desactivar (?:estos|este) recordatorios?)$/,
  ],
  [
    'practice',
    /^(?:practice(?: now)?|start (?:the )?(?:practice|exercise)|lets practice|let s practice|practicar(?: ahora)?|empezar (?:el )?(?:ejercicio|practica)|vamos a practicar)$/,
  ],
];

const SNOOZE =
  /^(?:snooze|remind me later|later|posponer|pospon|recuerdamelo (?:mas tarde|luego)|mas tarde)(?: (?:for|por))?(?: (.+))?$/;
const DURATION = /^(\d{1,4}|an?|one|una?) ?(m|mins?|minutes?|minutos?|h|hrs?|hours?|horas?)$/;
/** Snoozes longer than this become the hour; shorter ones the ten minutes. */
const HOUR_FROM_MINUTES = 30;

/**
 * Reads a reply to a reminder message: a button value (`done #3f9a2b1c`, see
 * src/reminders/reminderReplies.ts) or a keyword typed in English or Spanish. On SMS people type
 * DONE, SNOOZE (or "snooze 1 hour"), SKIP; in Spanish HECHO or LISTO, POSPONER, OMITIR or SALTAR.
 * A bare STOP is not here: it is the consent keyword and stops every message.
 */
export function parseReminderReply(text: string): ReminderReply | null {
  const button = parseButtonValue(text);
  if (button) return fromButton(button.action, button.ref);
  const folded = foldText(text)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const typed = TYPED.find(([, pattern]) => pattern.test(folded));
  if (typed) return { action: typed[0] };
  const snooze = SNOOZE.exec(folded);
  if (!snooze) return null;
  const minutes = snooze[1] === undefined ? 10 : snoozeMinutes(snooze[1]);
  return minutes === null ? null : { action: 'snooze', minutes };
}

function fromButton(action: string, ref: string): ReminderReply {
  if (action === 'snooze10' || action === 'snooze60') {
    return { action: 'snooze', minutes: action === 'snooze60' ? 60 : 10, occurrenceRef: ref };
  }
  return { action: action as ReminderReplyAction, occurrenceRef: ref };
}

function snoozeMinutes(text: string): SnoozeMinutes | null {
  const match = DURATION.exec(text);
  if (!match) return null;
  const count = /^\d/.test(match[1]) ? Number(match[1]) : 1;
  const minutes = match[2].startsWith('h') ? count * 60 : count;
  if (minutes <= 0) return null;
  return minutes > HOUR_FROM_MINUTES ? 60 : 10;
}
