import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFaqContent } from '../../src/knowledge/faqContent';
import { MAX_SHORT_ANSWER_LENGTH, MIN_EXAMPLES_PER_LANGUAGE } from '../../src/knowledge/faqSchema';
import { findRepoPath } from '../../src/knowledge/repoPath';

const realDir = findRepoPath(join('content', 'faq'));

const REQUIRED_TOPICS = [
  'what-is-iop',
  'schedule',
  'iop-vs-inpatient',
  'flexibility',
  'cost-insurance',
  'therapies',
  'cbt',
  'dbt',
  'group-therapy',
  'family-therapy',
  'treatment-plan',
  'skills',
  'stress-management',
  'emotional-regulation',
  'problem-solving',
  'community-support',
  'who-is-it-for',
  'first-assessment',
  'find-program',
  'telehealth',
  'adolescents',
  'co-occurring',
  'confidentiality',
  'crisis-help',
  'what-can-you-do',
];

describe('loadFaqContent with the real content', () => {
  const content = loadFaqContent();

  it('loads every required topic from the default directory', () => {
    expect([...content.topicsById.keys()].sort()).toEqual([...REQUIRED_TOPICS].sort());
  });

  it('keeps short answers to one SMS and gives enough examples in both languages', () => {
    for (const topic of content.topics) {
      for (const language of ['en', 'es'] as const) {
        expect(topic[language].short.length).toBeLessThanOrEqual(MAX_SHORT_ANSWER_LENGTH);
        expect(topic[language].examples.length).toBeGreaterThanOrEqual(MIN_EXAMPLES_PER_LANGUAGE);
      }
    }
  });

  it('marks the locator and crisis hand-offs', () => {
    expect(content.topicsById.get('find-program')?.handoff).toBe('locator');
    expect(content.topicsById.get('crisis-help')?.handoff).toBe('crisis');
    expect(content.topics.filter((topic) => topic.handoff !== undefined)).toHaveLength(2);
  });

  it('gives every crisis line in both languages', () => {
    const crisis = content.topicsById.get('crisis-help');
    for (const text of [crisis?.en.short, crisis?.es.short]) {
      for (const fact of ['988', '988lifeline.org', 'AYUDA', '741741', '911']) expect(text).toContain(fact);
    }
    expect(crisis?.en.short).toMatch(/press 2/);
    expect(crisis?.en.short).toMatch(/text HOME to 741741/);
    // Crisis Text Line answers in Spanish when the first message is AYUDA, as the safety content says.
    expect(crisis?.es.short).toMatch(/marca 2/);
    expect(crisis?.es.short).toMatch(/envía AYUDA por mensaje de texto al 988/);
    expect(crisis?.es.short).toMatch(/enviar AYUDA al 741741/);
    expect(crisis?.es.short).not.toMatch(/HOME/);
  });
});

describe('loadFaqContent with broken content', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'faq-content-'));
    for (const file of ['_lexicon.json', 'cbt.json', 'dbt.json', 'group-therapy.json', 'skills.json']) {
      cpSync(join(realDir, file), join(dir, file));
    }
    for (const file of ['cbt.json', 'dbt.json', 'group-therapy.json', 'skills.json']) {
      editJson(file, (topic) => {
        for (const language of ['en', 'es']) {
          const text = topic[language] as { followUps: string[] };
          text.followUps = text.followUps.filter((id) =>
            ['cbt', 'dbt', 'group-therapy', 'skills'].includes(id),
          );
        }
      });
    }
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function editJson(file: string, edit: (data: Record<string, unknown>) => void): void {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    edit(data);
    writeFileSync(join(dir, file), JSON.stringify(data));
  }

  function topicText(data: Record<string, unknown>, language: 'en' | 'es'): Record<string, unknown> {
    return data[language] as Record<string, unknown>;
  }

  it('accepts the trimmed-down copy', () => {
    expect(loadFaqContent(dir).topics.map((topic) => topic.id)).toEqual([
      'cbt',
      'dbt',
      'group-therapy',
      'skills',
    ]);
  });

  it('names the file and field when a short answer is too long for one SMS', () => {
    editJson('dbt.json', (data) => {
      topicText(data, 'en').short = 'x'.repeat(MAX_SHORT_ANSWER_LENGTH + 1);
    });
    expect(() => loadFaqContent(dir)).toThrow(/dbt\.json.*"en\.short"/);
  });

  it('rejects a topic with too few example questions', () => {
    editJson('cbt.json', (data) => {
      topicText(data, 'es').examples = ['¿Qué es la TCC?'];
    });
    expect(() => loadFaqContent(dir)).toThrow(/cbt\.json.*"es\.examples"/);
  });

  it('rejects a topic missing a language', () => {
    editJson('skills.json', (data) => {
      delete data.es;
    });
    expect(() => loadFaqContent(dir)).toThrow(/skills\.json.*"es"/);
  });

  it('rejects unknown fields and unknown hand-offs', () => {
    editJson('cbt.json', (data) => {
      data.handoff = 'pharmacy';
    });
    expect(() => loadFaqContent(dir)).toThrow(/cbt\.json.*"handoff"/);
  });

  it('rejects follow-ups that point at topics that do not exist', () => {
    editJson('cbt.json', (data) => {
      topicText(data, 'en').followUps = ['dbt', 'hypnosis'];
    });
    expect(() => loadFaqContent(dir)).toThrow(/cbt\.json.*"en\.followUps\.1".*hypnosis/);
  });

  it('rejects an id that does not match its file name', () => {
    editJson('dbt.json', (data) => {
      data.id = 'dialectical';
    });
    expect(() => loadFaqContent(dir)).toThrow(/dbt\.json.*"id"/);
  });

  it('rejects a file that is not valid JSON', () => {
    writeFileSync(join(dir, 'group-therapy.json'), '{ "id": "group-therapy", ');
    expect(() => loadFaqContent(dir)).toThrow(/group-therapy\.json.*JSON/);
  });

  it('rejects a missing lexicon', () => {
    unlinkSync(join(dir, '_lexicon.json'));
    expect(() => loadFaqContent(dir)).toThrow(/_lexicon\.json/);
  });

  it('rejects a synonym phrase that is sent to two different meanings', () => {
    editJson('_lexicon.json', (data) => {
      const english = data.en as { synonyms: { to: string; from: string[] }[] };
      english.synonyms.push({ to: 'cost', from: ['Therapies'] });
    });
    expect(() => loadFaqContent(dir)).toThrow(/_lexicon\.json.*"en\.synonyms\.\d+\.from\.0".*therapy/);
  });
});
