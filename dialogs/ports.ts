import type { Language, OutboundMessage } from '../src/channels/outboundMessage';

/**
 * What the dialogs need from the capabilities, as small interfaces. The composition root
 * (src/app.ts) hands in implementations; dialogs never import Prisma, restify or Bot Framework.
 */

export interface FaqTopicView {
  id: string;
  title: string;
  short: string;
  long?: string;
  handoff?: 'locator' | 'crisis';
  followUps: { id: string; title: string }[];
}

export type FaqResult =
  { kind: 'answer'; topicId: string } | { kind: 'clarify'; topicIds: string[] } | { kind: 'none' };

export interface FaqPort {
  match(text: string, language: Language, previousTopicId?: string): FaqResult;
  topic(id: string, language: Language): FaqTopicView;
  /** The topic whose title is exactly this text (a tapped follow-up button), if any. */
  topicByTitle(text: string, language: Language): string | undefined;
}

export type GuardrailKind = 'medical_advice' | 'human_check';

export interface GuardrailPort {
  classify(text: string): GuardrailKind | null;
  reply(kind: GuardrailKind, language: Language): OutboundMessage;
}

export interface CrisisCarePort {
  /** Instructions for a tapped crisis resource button ("call 988"), if the text is one. */
  resourceReply(text: string, language: Language): OutboundMessage | undefined;
  /** "I'm fine", "estoy bien" and the like. */
  isReassurance(text: string): boolean;
  reassuranceReply(language: Language): OutboundMessage;
}

/** Counters the dialogs report; never given any content. */
export interface DialogMetrics {
  faqAnswered(): void;
  faqNoMatch(): void;
  locatorSearch(): void;
}

/** What is stored about a person outside the conversation and user state. */
export interface StoredDataSummary {
  reminders: { what: string; status: string }[];
  practiceCount: number;
  cohorts: string[];
  consent: { action: 'opt_in' | 'opt_out' | string; channelId: string; at: Date }[];
}

export interface DataRightsPort {
  summary(userHash: string): Promise<StoredDataSummary>;
}
