import type { Card, OutboundMessage } from './outboundMessage';

/** One SMS segment budget: two concatenated GSM-7 parts read as one text on most phones. */
export const SMS_SEGMENT_CHARS = 320;

function cardAsText(card: Card, messageText: string): string {
  // An answer or reminder card repeats the message text for rich channels; texts need it once.
  if (card.kind !== 'programs') return messageText.includes(card.text) ? '' : card.text;
  // Letters, not numbers: the numbers belong to the reply choices that follow ("Reply 1 or 2").
  return card.items
    .map((item, i) => {
      const phone = item.phone ? `, ${item.phone}` : '';
      return `${String.fromCharCode(65 + (i % 26))}) ${item.name}, ${item.distanceMiles.toFixed(1)} mi${phone}`;
    })
    .join('\n');
}

/**
 * Plain-text rendering for SMS and the terminal: cards flattened, choices numbered ("Reply 1, 2
 * or 3"), and the result split at paragraph or sentence boundaries into at most `maxMessages`
 * segments, so a long answer never arrives as a wall of texts.
 */
export function smsSegments(message: OutboundMessage, maxMessages: number): string[] {
  const parts = [message.text, ...(message.cards ?? []).map((c) => cardAsText(c, message.text))].filter(
    (p) => p.trim() !== '',
  );
  const choices = message.choices ?? [];
  if (choices.length) {
    const numbered = choices.map((c, i) => `${i + 1}) ${c.label}`).join('\n');
    const numbers = choices.map((_, i) => String(i + 1));
    const prompt =
      numbers.length === 1
        ? 'Reply 1.'
        : `Reply ${numbers.slice(0, -1).join(', ')} or ${numbers[numbers.length - 1]}.`;
    parts.push(`${numbered}\n${prompt}`);
  }
  const segments: string[] = [];
  for (const part of parts) {
    for (const piece of splitToFit(part, SMS_SEGMENT_CHARS)) {
      const last = segments[segments.length - 1];
      if (last !== undefined && last.length + 2 + piece.length <= SMS_SEGMENT_CHARS) {
        segments[segments.length - 1] = `${last}\n\n${piece}`;
      } else {
        segments.push(piece);
      }
    }
  }
  if (segments.length <= maxMessages) return segments;
  const kept = segments.slice(0, maxMessages);
  // The choices (at the end) matter more than the middle of a long answer.
  if (choices.length) kept[maxMessages - 1] = segments[segments.length - 1];
  return kept;
}

function splitToFit(text: string, limit: number): string[] {
  if (text.length <= limit) return [text];
  const sentences = text.split(/(?<=[.!?])\s+|\n+/);
  const out: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    const candidate = current ? `${current} ${sentence}` : sentence;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    if (current) out.push(current);
    current = sentence.length <= limit ? sentence : sentence.slice(0, limit - 1) + '…';
  }
  if (current) out.push(current);
  return out;
}
