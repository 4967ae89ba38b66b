import { type Activity, TurnContext } from 'botbuilder';

/** Upper bound on the text the bot reasons about; longer messages are read only this far. */
export const MAX_TEXT_CHARS = 4000;

/**
 * The text the person meant: @mentions of the bot removed (Teams), a card button's value used when
 * the message has no text, whitespace collapsed, and the length capped.
 */
export function inboundText(activity: Partial<Activity>): string {
  let text = typeof activity.text === 'string' ? activity.text : '';
  if (activity.recipient?.id && Array.isArray(activity.entities)) {
    text = TurnContext.removeMentionText(activity as Activity, activity.recipient.id) ?? text;
  }
  const value = activity.value as { choice?: unknown } | undefined;
  if (!text.trim() && value && typeof value.choice === 'string') text = value.choice;
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT_CHARS);
}

/** "2" or "2)" after the bot offered numbered choices means the second choice's value. */
export function resolveNumberedReply(text: string, lastChoices: string[] | undefined): string {
  const m = /^#?(\d{1,2})[.)]?$/.exec(text);
  if (!m || !lastChoices) return text;
  const picked = lastChoices[Number(m[1]) - 1];
  return picked ?? text;
}

/** Coordinates a client attached to the message (Web Chat / Teams entity or channelData). */
export function sharedLocation(
  activity: Partial<Activity>,
): { latitude: number; longitude: number } | undefined {
  const candidates: unknown[] = [
    ...(activity.entities ?? []).flatMap((e) => [e, (e as { geo?: unknown }).geo]),
    activity.channelData,
    (activity.channelData as { location?: unknown } | undefined)?.location,
  ];
  for (const c of candidates) {
    if (!c || typeof c !== 'object') continue;
    const { latitude, longitude } = c as { latitude?: unknown; longitude?: unknown };
    const lat = Number(latitude);
    const lon = Number(longitude);
    if (
      latitude !== undefined &&
      Number.isFinite(lat) &&
      Number.isFinite(lon) &&
      Math.abs(lat) <= 90 &&
      Math.abs(lon) <= 180
    ) {
      return { latitude: lat, longitude: lon };
    }
  }
  return undefined;
}
