import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentDirectory } from './contentDirectory';
import { foldText, wordPattern } from './textPatterns';

const text = z.string().trim().min(1);

const skillTextSchema = z
  .object({
    title: text.max(80),
    intro: text,
    steps: z.array(text.max(240)).min(3).max(8),
    closing: text,
  })
  .strict()
  // Every exercise must tell people they can stop and where to turn in a crisis.
  .refine((skill) => `${skill.intro} ${skill.closing}`.includes('988'), {
    message: 'intro or closing must mention 988',
  });

const skillSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case'),
    /** Phrases (any language) that name this exercise, for matchSkill. */
    aliases: z.array(text).min(1),
    en: skillTextSchema,
    es: skillTextSchema,
  })
  .strict();

/** A guided self-help exercise in English and Spanish. */
export type Skill = z.infer<typeof skillSchema>;

/** The guided exercises in content/skills. */
export interface SkillLibrary {
  /** The exercise with this id, if any. */
  skill(id: string): Skill | undefined;
  /** All exercises, ordered by id. */
  list(): Skill[];
  /** The id of the exercise a message names ("box breathing", "respiración cuadrada"), or null. */
  matchSkill(text: string): string | null;
}

/** Thrown when a skill file is missing, unreadable or invalid; the message names the file. */
export class SkillLibraryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SkillLibraryError';
  }
}

/**
 * Loads and validates every `<id>.json` in content/skills (found by walking up from this
 * file), or in `options.directory` when given. Throws SkillLibraryError on the first bad file.
 */
export function loadSkillLibrary(options: { directory?: string } = {}): SkillLibrary {
  const directory = options.directory ?? contentDirectory('skills');
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new SkillLibraryError(`No skill files in ${directory}`);
  const skills = files.map((name) => readSkill(directory, name));
  return createLibrary(skills);
}

function readSkill(directory: string, fileName: string): Skill {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(directory, fileName), 'utf8'));
  } catch (error) {
    throw new SkillLibraryError(`${fileName}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = skillSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new SkillLibraryError(`${fileName}: ${problems.join('; ')}`);
  }
  if (`${parsed.data.id}.json` !== fileName) {
    throw new SkillLibraryError(`${fileName}: id "${parsed.data.id}" does not match the file name`);
  }
  return parsed.data;
}

function createLibrary(skills: Skill[]): SkillLibrary {
  const byId = new Map(skills.map((skill) => [skill.id, skill]));
  // Longest phrases first, so "dbt stop" wins over a shorter alias that it contains.
  const phrases = skills
    .flatMap((skill) =>
      [...skill.aliases, skill.en.title, skill.es.title].map((alias) => ({
        id: skill.id,
        alias: foldText(alias),
      })),
    )
    .sort((a, b) => b.alias.length - a.alias.length)
    .map(({ id, alias }) => ({ id, pattern: wordPattern(escapeRegExp(alias)) }));
  return {
    skill: (id) => byId.get(id),
    list: () => [...skills],
    matchSkill: (message) => {
      const folded = foldText(message);
      return phrases.find(({ pattern }) => new RegExp(pattern).test(folded))?.id ?? null;
    },
  };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
