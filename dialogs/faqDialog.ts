import type { OutboundMessage } from '../src/channels/outboundMessage';
import type { DialogMetrics, FaqPort, FaqTopicView } from './ports';
import type { Dialog, TurnInput } from './turnTypes';

const CLARIFY_TEXT = { en: 'Did you mean one of these?', es: '¿Te refieres a alguno de estos temas?' };
const MORE_LABEL = { en: 'Tell me more', es: 'Más información' };

/**
 * Answers questions about IOPs from the vetted content. A confident match answers with the short
 * text (and the longer one when asked for more); a near-tie asks which topic was meant; no match
 * is left to the fallback, which says plainly that the bot does not know.
 */
export class FaqDialog implements Dialog {
  readonly name = 'faq';

  constructor(
    private readonly faq: FaqPort,
    private readonly metrics: DialogMetrics,
    private readonly handoffs: { locator: (input: TurnInput) => Promise<OutboundMessage[]> },
  ) {}

  async start(input: TurnInput): Promise<OutboundMessage[] | undefined> {
    const { language, conversation } = input;
    const tapped = this.faq.topicByTitle(input.text, language);
    const more = input.text.trim().toLowerCase() === MORE_LABEL[language].toLowerCase();
    const result = tapped
      ? ({ kind: 'answer', topicId: tapped } as const)
      : this.faq.match(input.text, language, conversation.lastTopicId);
    if (result.kind === 'none') {
      this.metrics.faqNoMatch();
      return undefined;
    }
    this.metrics.faqAnswered();
    if (result.kind === 'clarify') {
      const choices = result.topicIds.map((id) => {
        const title = this.faq.topic(id, language).title;
        return { label: title, value: title };
      });
      return [{ text: CLARIFY_TEXT[language], choices }];
    }
    const topic = this.faq.topic(result.topicId, language);
    if (topic.handoff === 'locator') return this.handoffs.locator(input);
    const again = more || result.topicId === conversation.lastTopicId;
    conversation.lastTopicId = topic.id;
    return [this.answer(topic, again && topic.long !== undefined, language)];
  }

  private answer(topic: FaqTopicView, showLong: boolean, language: TurnInput['language']): OutboundMessage {
    const text = showLong && topic.long ? topic.long : topic.short;
    const choices = topic.followUps.slice(0, 3).map((f) => ({ label: f.title, value: f.title }));
    if (!showLong && topic.long)
      choices.unshift({ label: MORE_LABEL[language], value: MORE_LABEL[language] });
    return { text, cards: [{ kind: 'answer', title: topic.title, text }], choices };
  }
}
