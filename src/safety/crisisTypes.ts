/** The kinds of crisis the detector recognises. One message may carry several. */
export type CrisisCategory = 'suicide' | 'self_harm' | 'overdose' | 'harm_others' | 'danger_abuse';

/** All categories, in the order replies prioritise them (most urgent first). */
export const CRISIS_CATEGORIES: readonly CrisisCategory[] = [
  'overdose',
  'danger_abuse',
  'harm_others',
  'suicide',
  'self_harm',
];

/** Who the message is about: the writer, or someone they are worried about. */
export type CrisisSubject = 'self' | 'other';

/** Result of {@link detectCrisis}. `categories` is empty exactly when `isCrisis` is false. */
export interface CrisisAssessment {
  isCrisis: boolean;
  categories: CrisisCategory[];
  /** Set when `isCrisis` is true; lets replies speak to a worried friend or parent. */
  subject?: CrisisSubject;
}
