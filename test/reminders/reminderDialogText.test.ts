import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  loadReminderDialogText,
  pluralText,
  type ReminderDialogTexts,
} from '../../src/reminders/reminderDialogText';

const bundled = path.join(__dirname, '..', '..', 'content', 'reminders', 'dialog-text.json');

/** Every string in a nested block, with its dotted path. */
function strings(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => strings(inner, prefix ? `${prefix}.${key}` : key));
  }
  return [];
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

describe('reminder dialog text', () => {
  const text = loadReminderDialogText();

  it('has the same sentences, with the same placeholders, in English and Spanish', () => {
    const en = new Map(strings(text.for('en')));
    const es = new Map(strings(text.for('es')));
    expect([...es.keys()]).toEqual([...en.keys()]);
    for (const [key, english] of en)
      expect([key, placeholders(es.get(key) ?? '')]).toEqual([key, placeholders(english)]);
  });

  it('keeps every sentence short enough for SMS and says the consent essentials', () => {
    for (const language of ['en', 'es'] as const) {
      const texts: ReminderDialogTexts = text.for(language);
      for (const [key, value] of strings(texts)) expect([key, value.length <= 320]).toEqual([key, true]);
      expect(texts.consent.help).toContain('{support}');
      expect(texts.consent.help).toContain('STOP');
      expect(texts.consent.optedOut).toContain('START');
    }
  });

  it('offers the six US zones by name and folds aliases for matching', () => {
    expect(text.timeZones.filter((z) => z.offered).map((z) => z.label.en)).toEqual([
      'Eastern',
      'Central',
      'Mountain',
      'Pacific',
      'Alaska',
      'Hawaii',
    ]);
    expect(text.timeZones.find((z) => z.zone === 'America/Denver')?.aliases).toContain('montana');
  });

  it('picks singular or plural', () => {
    expect(pluralText({ one: '1 reminder', other: '{count} reminders' }, 1)).toBe('1 reminder');
    expect(pluralText({ one: '1 reminder', other: '{count} reminders' }, 3)).toBe('3 reminders');
  });

  it('names the file and the field when the content is wrong', () => {
    const broken = JSON.parse(fs.readFileSync(bundled, 'utf8'));
    delete broken.es.consent.help;
    broken.en.create.confirm = 'x'.repeat(400);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dialog-text-')), 'dialog-text.json');
    fs.writeFileSync(file, JSON.stringify(broken));
    expect(() => loadReminderDialogText(file)).toThrow(
      /dialog-text\.json: invalid reminder dialog text .*es\.consent\.help/,
    );
    expect(() => loadReminderDialogText(file)).toThrow(/en\.create\.confirm/);
    expect(() => loadReminderDialogText(path.join(path.dirname(file), 'missing.json'))).toThrow(
      /missing\.json: cannot read/,
    );
  });
});
