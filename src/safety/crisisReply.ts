import type { Language, OutboundMessage } from '../channels/outboundMessage';
import type { CrisisAssessment } from './crisisTypes';
import type { GuardrailKind } from './guardrails';
import { loadSafetyContent, type CrisisVariant, type SafetyContent } from './safetyContent';

/**
 * Picks the reply variant for an assessment. An overdose is a medical emergency and danger
 * calls for 911 first, so those win over the other categories; a worried friend or parent gets
 * the variant written to them.
 */
export function chooseCrisisVariant(assessment: CrisisAssessment): CrisisVariant {
  const has = (category: CrisisAssessment['categories'][number]) => assessment.categories.includes(category);
  if (has('overdose')) return 'overdose';
  if (has('danger_abuse')) return 'danger';
  if (has('harm_others')) return assessment.subject === 'other' ? 'danger' : 'harmOthers';
  return assessment.subject === 'other' ? 'other' : 'self';
}

/**
 * The crisis reply: warm, short, with 988, 741741 and 911 and buttons for each. It is built
 * from fixed text only and never echoes the user's words. Given an assessment that is not a
 * crisis it still returns the general crisis reply, because failing to give resources is the
 * worse mistake.
 */
export function buildCrisisReply(
  language: Language,
  assessment: CrisisAssessment,
  content: SafetyContent = loadSafetyContent(),
): OutboundMessage {
  const variant = content[language].crisis[chooseCrisisVariant(assessment)];
  return { text: variant.text, choices: variant.choices.map((c) => ({ ...c })), safety: 'crisis' };
}

export interface ResourcesReminderOptions {
  /** `im_fine` answers "I'm fine" / "estoy bien"; `follow_up` (default) is the line for later turns. */
  reason?: 'follow_up' | 'im_fine';
  /** Which turn after the crisis this is (0-based), so the follow-up lines take turns. */
  turn?: number;
}

/**
 * A gentle line for the turns after a crisis reply that keeps 988 and 741741 one tap away.
 * It is not itself a crisis reply, so it carries no `safety` marker.
 */
export function buildCrisisResourcesReminder(
  language: Language,
  options: ResourcesReminderOptions = {},
  content: SafetyContent = loadSafetyContent(),
): OutboundMessage {
  const set = content[language];
  const turn = Math.max(0, Math.floor(options.turn ?? 0));
  const text = options.reason === 'im_fine' ? set.imFine : set.followUps[turn % set.followUps.length];
  return { text, choices: set.reminderChoices.map((c) => ({ ...c })) };
}

/** A kind decline for medical advice, or an honest "I'm an automated assistant". */
export function buildGuardrailReply(
  kind: GuardrailKind,
  language: Language,
  content: SafetyContent = loadSafetyContent(),
): OutboundMessage {
  return { text: content[language].guardrails[kind] };
}

/** The first-contact disclaimer: informational only, automated, and where to turn in an emergency. */
export function buildDisclaimer(language: Language, content: SafetyContent = loadSafetyContent()): string {
  return content[language].disclaimer;
}
