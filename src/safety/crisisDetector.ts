import { hasPersonalCue, isInfoFrame, isVetoed } from './contextCues';
import { type CrisisClassifier, sharedCrisisClassifier } from './crisisClassifier';
import type { CrisisPattern } from './crisisPattern';
import { scoreCues } from './cueScorer';
import {
  CRISIS_CATEGORIES,
  type CrisisAssessment,
  type CrisisCategory,
  type CrisisSubject,
} from './crisisTypes';
import { maskIdioms } from './idiomMasks';
import { normalizeForSafety } from './normalizeForSafety';
import { inferSubject } from './inferSubject';
import { DANGER } from './patterns/danger';
import { HARM_OTHERS } from './patterns/harmOthers';
import { INTENT_AND_ACTS } from './patterns/intentAndActs';
import { OVERDOSE } from './patterns/overdose';
import { PRESENT_DANGER } from './patterns/presentDanger';
import { RECALL_FAMILIES } from './patterns/recallFamilies';
import { SELF_HARM } from './patterns/selfHarm';
import { SUICIDE_ENGLISH } from './patterns/suicideEnglish';
import { SUICIDE_ENGLISH_INDIRECT } from './patterns/suicideEnglishIndirect';
import { SUICIDE_PLANS } from './patterns/suicidePlans';
import { SUICIDE_SPANISH } from './patterns/suicideSpanish';
import { SUICIDE_WARNING_SIGNS } from './patterns/suicideWarningSigns';

/** Every pattern, compiled once when this module loads. */
const PATTERNS: readonly CrisisPattern[] = [
  ...SUICIDE_ENGLISH,
  ...SUICIDE_ENGLISH_INDIRECT,
  ...SUICIDE_SPANISH,
  ...SUICIDE_PLANS,
  ...SUICIDE_WARNING_SIGNS,
  ...SELF_HARM,
  ...OVERDOSE,
  ...HARM_OTHERS,
  ...DANGER,
  ...RECALL_FAMILIES,
  ...INTENT_AND_ACTS,
  ...PRESENT_DANGER,
];

const FIRE_THRESHOLD = 1;

/**
 * Time must stay flat even for a pasted essay, so very long messages are read at the start and
 * the end only (where a long message tends to say what matters). The middle of a message over
 * 6,000 characters goes unread: a documented limit (ADR 0006).
 */
const HEAD_CHARS = 4000;
const TAIL_CHARS = 2000;

function boundedText(text: string): string {
  if (text.length <= HEAD_CHARS + TAIL_CHARS) return text;
  return `${text.slice(0, HEAD_CHARS)}\n${text.slice(-TAIL_CHARS)}`;
}

/**
 * The text both layers read: bounded, normalised, idioms and denials masked. Training reads
 * sentences through this too, so the model learns from exactly what it will see.
 */
export function readForSafety(text: string): string {
  return maskIdioms(normalizeForSafety(boundedText(text)));
}

/**
 * Decides, synchronously and without I/O, whether a message (English or Spanish) signals a
 * crisis: suicidal thinking, self-harm, an overdose, intent to hurt someone, or danger or abuse.
 * Tuned for recall: when in doubt it fires. Never logs or stores the text. The learned layer's
 * model is read from disk once (the crisis screen does it at start-up); after that, no I/O.
 * `classifier: null` asks the rules alone, for tests and measurements of the rules.
 */
export function detectCrisis(
  text: string,
  options: { classifier?: CrisisClassifier | null } = {},
): CrisisAssessment {
  const normalized = readForSafety(text);
  const hits: Hit[] = [...matchPatterns(normalized), ...scoreCues(normalized)];
  const categories = CRISIS_CATEGORIES.filter((c) => sum(hits, c) >= FIRE_THRESHOLD);
  if (categories.length > 0) {
    const aboutSelf = hits.some((h) => categories.includes(h.category) && h.subject === 'self');
    return { isCrisis: true, categories, subject: aboutSelf ? 'self' : 'other' };
  }
  // The rules found nothing: the learned layer reads the message for new phrasings (ADR 0015).
  // It reads the same text as the rules, idioms and denials masked, as it was trained.
  if (options.classifier === null) return { isCrisis: false, categories: [] };
  const verdict = (options.classifier ?? sharedCrisisClassifier()).assess(normalized);
  if (!verdict.category) return { isCrisis: false, categories: [] };
  return {
    isCrisis: true,
    categories: [verdict.category],
    subject: inferSubject(normalized, normalized.length, ''),
  };
}

interface Hit {
  category: CrisisCategory;
  weight: number;
  subject: CrisisSubject;
}

function matchPatterns(normalized: string): Hit[] {
  const hits: Hit[] = [];
  // Computed at most once, and only if a topic pattern matches.
  let topicAllowed: boolean | undefined;
  for (const p of PATTERNS) {
    const match = p.regex.exec(normalized);
    if (!match) continue;
    if (p.topic) {
      topicAllowed ??= !isInfoFrame(normalized) || hasPersonalCue(normalized);
      if (!topicAllowed) continue;
    }
    if (p.vetoes.some((kind) => isVetoed(kind, normalized))) continue;
    const subject = p.subject ?? inferSubject(normalized, match.index, match[0]);
    hits.push({ category: p.category, weight: p.weight, subject });
  }
  return hits;
}

function sum(hits: readonly Hit[], category: CrisisCategory): number {
  let total = 0;
  for (const hit of hits) if (hit.category === category) total += hit.weight;
  return total;
}
