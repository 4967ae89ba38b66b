import type { CrisisScreen } from '../bot/turnServices';
import { sharedCrisisClassifier } from './crisisClassifier';
import { detectCrisis } from './crisisDetector';
import { buildCrisisReply, buildCrisisResourcesReminder } from './crisisReply';
import { loadSafetyContent, type SafetyContent } from './safetyContent';

/**
 * The crisis screen the bot runs on every inbound message. Content is loaded and validated here,
 * at start-up, so a broken safety file stops the service instead of failing a person in crisis.
 */
export function createCrisisScreen(content: SafetyContent = loadSafetyContent()): CrisisScreen {
  // Loaded now for the same reason: a missing or broken model file must stop start-up.
  sharedCrisisClassifier();
  return {
    screen(text, language) {
      const assessment = detectCrisis(text);
      return assessment.isCrisis ? buildCrisisReply(language, assessment, content) : undefined;
    },
    careReminder(language) {
      return buildCrisisResourcesReminder(language, {}, content);
    },
  };
}
