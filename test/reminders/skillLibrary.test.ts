import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSkillLibrary, SkillLibraryError } from '../../src/reminders/skillLibrary';

const EXPECTED_IDS = [
  'box-breathing',
  'dbt-stop',
  'grounding-54321',
  'opposite-action',
  'problem-solving',
  'progressive-muscle-relaxation',
  'thought-record',
];

describe('skill library content', () => {
  const library = loadSkillLibrary();

  it('loads the seven exercises, ordered by id', () => {
    expect(library.list().map((skill) => skill.id)).toEqual(EXPECTED_IDS);
  });

  it.each(EXPECTED_IDS)('%s has 3-8 steps in both languages and points to 988', (id) => {
    const skill = library.skill(id);
    expect(skill).toBeDefined();
    for (const text of [skill!.en, skill!.es]) {
      expect(text.steps.length).toBeGreaterThanOrEqual(3);
      expect(text.steps.length).toBeLessThanOrEqual(8);
      expect(`${text.intro} ${text.closing}`).toContain('988');
    }
    expect(skill!.en.intro).toMatch(/stop and reach out to your care team/);
    expect(skill!.es.intro).toMatch(/detente y comunícate con tu equipo de atención/);
    expect(skill!.es.steps.length).toBe(skill!.en.steps.length);
  });

  it('returns undefined for an unknown id', () => {
    expect(library.skill('juggling')).toBeUndefined();
  });

  it.each([
    ['can we do box breathing?', 'box-breathing'],
    ['quiero hacer la respiración cuadrada', 'box-breathing'],
    ['respiracion cuadrada', 'box-breathing'],
    ['I need some grounding', 'grounding-54321'],
    ['the 5-4-3-2-1 thing', 'grounding-54321'],
    ['progressive muscle relaxation please', 'progressive-muscle-relaxation'],
    ['relajación muscular', 'progressive-muscle-relaxation'],
    ['walk me through the STOP skill', 'dbt-stop'],
    ['opposite action', 'opposite-action'],
    ['acción opuesta', 'opposite-action'],
    ['help me with problem solving', 'problem-solving'],
    ['registro de pensamientos', 'thought-record'],
    ['Thought Record', 'thought-record'],
  ])('matchSkill("%s") → %s', (text, id) => {
    expect(library.matchSkill(text)).toBe(id);
  });

  it.each(['stop', 'hello', 'I am breathing fine', 'what time is group?'])(
    'matchSkill("%s") → null',
    (text) => {
      expect(library.matchSkill(text)).toBeNull();
    },
  );
});

describe('skill library validation', () => {
  let directory: string;
  const valid = JSON.parse(
    readFileSync(path.join(__dirname, '../../content/skills/box-breathing.json'), 'utf8'),
  ) as Record<string, unknown>;

  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'skills-'));
  });
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  function write(name: string, body: unknown): void {
    writeFileSync(path.join(directory, name), typeof body === 'string' ? body : JSON.stringify(body));
  }

  function loadError(): SkillLibraryError {
    try {
      loadSkillLibrary({ directory });
    } catch (error) {
      return error as SkillLibraryError;
    }
    throw new Error('expected loadSkillLibrary to throw');
  }

  it('loads a valid file from a custom directory', () => {
    write('box-breathing.json', valid);
    expect(loadSkillLibrary({ directory }).list()).toHaveLength(1);
  });

  it('rejects an empty directory', () => {
    expect(loadError()).toBeInstanceOf(SkillLibraryError);
  });

  it('names the file and the problem', () => {
    write('box-breathing.json', '{ not json');
    expect(loadError().message).toMatch(/^box-breathing\.json: not valid JSON/);
  });

  it.each([
    ['a missing closing', { ...valid, en: { ...(valid.en as object), closing: undefined } }, /en\.closing/],
    [
      'too many steps',
      { ...valid, es: { ...(valid.es as object), steps: Array(9).fill('Respira.') } },
      /es\.steps/,
    ],
    ['too few steps', { ...valid, en: { ...(valid.en as object), steps: ['One.', 'Two.'] } }, /en\.steps/],
    ['no crisis line', { ...valid, en: { ...(valid.en as object), intro: 'Breathe.' } }, /988/],
    ['an unknown field', { ...valid, therapy: true }, /therapy|Unrecognized/i],
    ['no aliases', { ...valid, aliases: [] }, /aliases/],
  ])('rejects a skill with %s', (_case, body, pattern) => {
    write('box-breathing.json', body);
    const error = loadError();
    expect(error).toBeInstanceOf(SkillLibraryError);
    expect(error.message).toMatch(/^box-breathing\.json: /);
    expect(error.message).toMatch(pattern);
  });

  it('rejects an id that does not match the file name', () => {
    write('breathing.json', valid);
    expect(loadError().message).toMatch(/does not match the file name/);
  });
});
