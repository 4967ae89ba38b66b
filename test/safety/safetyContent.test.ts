import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentRoot } from '../../src/content/contentRoot';
import {
  loadSafetyContent,
  parseSafetyContent,
  readSafetyContent,
  type SafetyContent,
} from '../../src/safety/safetyContent';

const realFile = join(contentRoot(), 'safety', 'safety.json');
const fresh = (): SafetyContent => JSON.parse(readFileSync(realFile, 'utf8')) as SafetyContent;

describe('safety content', () => {
  it('loads and validates the shipped file, once', () => {
    const content = loadSafetyContent();
    expect(content.en.crisis.self.text).toContain('988');
    expect(content.es.crisis.self.text).toContain('988');
    expect(loadSafetyContent()).toBe(content);
  });

  it('writes the Spanish crisis reply with the Spanish ways in to 988', () => {
    const text = loadSafetyContent().es.crisis.self.text;
    expect(text).toMatch(/marcar 2/);
    expect(text).toMatch(/AYUDA/);
  });

  it('rejects a crisis reply that drops a resource, naming the field', () => {
    const raw = fresh();
    raw.es.crisis.self.text = 'Llama al 988 o envía AYUDA al 741741.';
    expect(() => parseSafetyContent(raw)).toThrow(/es\.crisis\.self\.text: must mention 988, 741741 and 911/);
  });

  it('rejects a missing field, naming it', () => {
    const raw = fresh();
    delete (raw.en as Partial<SafetyContent['en']>).disclaimer;
    expect(() => parseSafetyContent(raw)).toThrow(/en\.disclaimer/);
  });

  it('rejects an unknown field, so a typo cannot hide a missing one', () => {
    const raw = fresh();
    (raw.en.crisis as Record<string, unknown>).selff = raw.en.crisis.self;
    expect(() => parseSafetyContent(raw)).toThrow(/en\.crisis/);
  });

  it('rejects an empty choice list, naming it', () => {
    const raw = fresh();
    raw.en.crisis.danger.choices = [];
    expect(() => parseSafetyContent(raw)).toThrow(/en\.crisis\.danger\.choices/);
  });

  it('names the file when it is not JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'safety-')), 'safety.json');
    writeFileSync(file, '{ not json');
    expect(() => readSafetyContent(file)).toThrow(file);
  });
});
