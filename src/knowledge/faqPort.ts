import type { FaqPort, FaqTopicView } from '../../dialogs/ports';
import type { Language } from '../channels/outboundMessage';
import { loadFaqContent } from './faqContent';
import { FaqMatcher } from './faqMatcher';

/** The FAQ capability as the dialogs see it: content loaded and indexed once at start-up. */
export function createFaqPort(): FaqPort {
  const content = loadFaqContent();
  const matcher = new FaqMatcher(content);
  const byTitle = new Map<string, string>();
  for (const topic of content.topics) {
    byTitle.set(topic.en.title.toLowerCase(), topic.id);
    byTitle.set(topic.es.title.toLowerCase(), topic.id);
  }
  const view = (id: string, language: Language): FaqTopicView => {
    const topic = content.topicsById.get(id);
    if (!topic) throw new Error(`FAQ topic "${id}" does not exist`);
    const text = topic[language];
    return {
      id,
      title: text.title,
      short: text.short,
      long: text.long,
      handoff: topic.handoff,
      followUps: text.followUps.map((f) => ({ id: f, title: content.topicsById.get(f)![language].title })),
    };
  };
  return {
    match(text, language, previousTopicId) {
      const result = matcher.match(text, { language, previousTopicId });
      if (result.kind === 'clarify')
        return { kind: 'clarify', topicIds: result.candidates.map((c) => c.topicId) };
      return result.kind === 'answer' ? { kind: 'answer', topicId: result.topicId } : { kind: 'none' };
    },
    topic: view,
    topicByTitle: (text) => byTitle.get(text.trim().toLowerCase()),
  };
}
