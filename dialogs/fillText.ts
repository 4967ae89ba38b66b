import { fillTemplate } from '../src/reminders/reminderPhrases';

/**
 * Fills `{name}` placeholders in dialog wording. Spanish times end in an abbreviation ("7:00
 * p. m."), so a sentence that ends right after one would get a second full stop; it is dropped.
 */
export function fillText(template: string, values: Record<string, string>): string {
  return fillTemplate(template, values).replace(/(\b[ap]\. ?m\.)\./g, '$1');
}
