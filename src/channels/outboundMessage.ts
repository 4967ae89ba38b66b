/**
 * The channel-neutral reply. Dialogs build these; `src/channels/renderer.ts` turns each one into
 * Bot Framework activities for the channel at hand (cards and buttons for Web Chat and Teams,
 * numbered plain text for SMS, plain text for the terminal). Dialogs never branch on channelId.
 */
export type Language = 'en' | 'es';

/** A button on rich channels, a numbered option on SMS. `value` is what comes back when picked. */
export interface Choice {
  label: string;
  value: string;
}

export interface AnswerCard {
  kind: 'answer';
  title: string;
  text: string;
}

export interface ProgramCardItem {
  name: string;
  distanceMiles: number;
  labels: string[];
  address: string;
  phone?: string;
  website?: string;
  directionsUrl: string;
  source: string;
  reportValue?: string;
}

export interface ProgramListCard {
  kind: 'programs';
  items: ProgramCardItem[];
}

export interface ReminderCard {
  kind: 'reminder';
  title: string;
  text: string;
}

export type Card = AnswerCard | ProgramListCard | ReminderCard;

export interface OutboundMessage {
  text: string;
  choices?: Choice[];
  cards?: Card[];
  /** Set only on crisis replies; rendered as channelData.safety = "crisis". */
  safety?: 'crisis';
}
