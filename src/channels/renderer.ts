import { ActivityTypes, type Activity } from 'botbuilder';
import { cardToAttachment, choicesCard } from './adaptiveCards';
import { channelStyle } from './channelProfile';
import type { OutboundMessage } from './outboundMessage';
import { smsSegments } from './smsText';

/**
 * Turns one channel-neutral message into the activities a channel should receive. This is the
 * only place that knows what a channel can display.
 */
/**
 * All the replies of one turn. SMS gets them merged and cut to at most three texts, so a turn never
 * arrives as a flood; other channels get one activity (or more) per message.
 */
export function renderTurn(messages: OutboundMessage[], channelId: string | undefined): Partial<Activity>[] {
  if (messages.length > 1 && channelStyle(channelId) === 'sms') {
    return renderMessage(mergeForText(messages), channelId);
  }
  return messages.flatMap((m) => renderMessage(m, channelId));
}

function mergeForText(messages: OutboundMessage[]): OutboundMessage {
  const last = messages[messages.length - 1];
  return {
    text: messages
      .map((m) => m.text)
      .filter(Boolean)
      .join('\n\n'),
    cards: messages.flatMap((m) => m.cards ?? []),
    choices: last.choices,
    safety: messages.some((m) => m.safety) ? 'crisis' : undefined,
  };
}

export function renderMessage(message: OutboundMessage, channelId: string | undefined): Partial<Activity>[] {
  const style = channelStyle(channelId);
  const channelData = message.safety ? { safety: message.safety } : undefined;
  if (style === 'sms' || style === 'text') {
    return smsSegments(message, style === 'sms' ? 3 : Infinity).map((text) => ({
      type: ActivityTypes.Message,
      text,
      ...(channelData ? { channelData } : {}),
    }));
  }
  const choices = message.choices ?? [];
  const cards = message.cards ?? [];
  // A card that carries the message's own text (an answer, a reminder) replaces the text bubble;
  // `summary` still gives notifications and screen readers a plain version.
  const carried = cards.some((c) => c.kind !== 'programs' && c.text === message.text);
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    ...(carried ? { summary: message.text } : { text: message.text }),
    ...(channelData ? { channelData } : {}),
  };
  if (style === 'teams') {
    // Teams: a card carries the buttons; a bare choice list becomes a card of buttons.
    const attachments = cards.map((c, i) => cardToAttachment(c, i === cards.length - 1 ? choices : []));
    if (cards.length === 0 && choices.length > 0) attachments.push(choicesCard(choices));
    if (attachments.length) activity.attachments = attachments;
    return [activity];
  }
  if (cards.length) activity.attachments = cards.map((c) => cardToAttachment(c));
  if (choices.length) {
    activity.suggestedActions = {
      to: [],
      actions: choices.map((c) => ({ type: 'imBack', title: c.label, value: c.value })),
    };
  }
  return [activity];
}
