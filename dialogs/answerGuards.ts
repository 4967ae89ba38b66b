import { classifyConsentKeyword } from '../src/reminders/consentKeywords';
import { foldText } from '../src/reminders/textPatterns';

/**
 * Checks a dialog makes before reading a message as the answer to its question. The router gives
 * a waiting question the first look at every message, so these keep STOP and HELP (which must
 * always reach the consent dialog) and new questions (which other dialogs answer) out of it.
 */

/** STOP or HELP and their synonyms: never an answer, whatever was asked. */
export function isConsentInterrupt(text: string): boolean {
  const keyword = classifyConsentKeyword(text);
  return keyword === 'stop' || keyword === 'help';
}

const QUESTION_START =
  /^(?:how|what|why|where|who|which|is|are|can|could|do|does|should|will|would|como|que|por que|donde|quien|cual|cuando|puedo|puedes|hay)\b/;

/** A message that reads as a new question rather than an answer ("what is an IOP?"). */
export function looksLikeQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (/\?$/.test(trimmed) || trimmed.startsWith('¿')) return true;
  return QUESTION_START.test(foldText(trimmed));
}
