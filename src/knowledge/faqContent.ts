import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import type { Language } from '../channels/outboundMessage';
import {
  faqLexiconSchema,
  faqTopicSchema,
  type FaqContent,
  type FaqLexicon,
  type FaqTopic,
} from './faqSchema';
import { findRepoPath } from './repoPath';
import { synonymKeys } from './termAnalyzer';

const LEXICON_FILE = '_lexicon.json';
const LANGUAGES: readonly Language[] = ['en', 'es'];

class FaqContentError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`Invalid FAQ content in ${file}: ${field ? `field "${field}" ` : ''}${problem}`);
    this.name = 'FaqContentError';
  }
}

/**
 * Reads and validates every topic file in `dir` (default: the repository's `content/faq`) plus
 * `_lexicon.json`. Throws an Error naming the file and field at the first problem found, including
 * follow-ups that point at unknown topics and synonyms that send one phrase to two meanings.
 */
export function loadFaqContent(dir: string = findRepoPath(join('content', 'faq'))): FaqContent {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json') && !file.startsWith('_'))
    .sort();
  if (files.length === 0) throw new FaqContentError(dir, '', 'contains no topic files');
  const topics = files.map((file) => readTopic(dir, file));
  const topicsById = new Map(topics.map((topic) => [topic.id, topic]));
  topics.forEach((topic) => checkFollowUps(topic, topicsById));
  const lexicon = parseFile(dir, LEXICON_FILE, faqLexiconSchema);
  checkSynonyms(lexicon);
  return { topics, topicsById, lexicon };
}

function readTopic(dir: string, file: string): FaqTopic {
  const topic = parseFile(dir, file, faqTopicSchema);
  if (topic.id !== basename(file, '.json')) {
    throw new FaqContentError(file, 'id', `"${topic.id}" does not match the file name`);
  }
  return topic;
}

function parseFile<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    throw new FaqContentError(file, '', `cannot be read as JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new FaqContentError(file, issue.path.map(String).join('.'), issue.message);
  }
  return result.data;
}

function checkFollowUps(topic: FaqTopic, topicsById: ReadonlyMap<string, FaqTopic>): void {
  for (const language of LANGUAGES) {
    topic[language].followUps.forEach((followUp, position) => {
      const field = `${language}.followUps.${position}`;
      if (!topicsById.has(followUp))
        throw new FaqContentError(`${topic.id}.json`, field, `unknown topic "${followUp}"`);
      if (followUp === topic.id)
        throw new FaqContentError(`${topic.id}.json`, field, 'points at its own topic');
    });
  }
}

function checkSynonyms(lexicon: FaqLexicon): void {
  for (const language of LANGUAGES) {
    const seen = new Map<string, string>();
    const entries = [
      ...lexicon[language].synonyms.flatMap((group, groupIndex) =>
        group.from.map((phrase, index) => ({
          phrase,
          to: group.to,
          field: `synonyms.${groupIndex}.from.${index}`,
        })),
      ),
      ...lexicon[language].ignore.map((phrase, index) => ({
        phrase,
        to: '(ignored)',
        field: `ignore.${index}`,
      })),
    ];
    for (const { phrase, to, field } of entries) {
      for (const key of synonymKeys(phrase, language)) {
        if (key === '')
          throw new FaqContentError(LEXICON_FILE, `${language}.${field}`, 'has no letters or digits');
        const earlier = seen.get(key);
        if (earlier !== undefined && earlier !== to) {
          throw new FaqContentError(
            LEXICON_FILE,
            `${language}.${field}`,
            `"${phrase}" already maps to "${earlier}", not "${to}"`,
          );
        }
        seen.set(key, to);
      }
    }
  }
}
