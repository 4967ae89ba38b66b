import type { Activity, ChannelAccount } from 'botbuilder';
import { ClientError } from '../../server/jsonBody';
import type { ChatActivity } from './directLineStore';

/** The channel id the bot sees for the website chat, as with Azure's Web Chat channel. */
export const WEBCHAT_CHANNEL_ID = 'webchat';

const MAX_TEXT = 4000;
const MAX_VALUE_JSON = 4096;
const MAX_ENTITIES = 8;
const MAX_ENTITY_JSON = 2048;
const ACCEPTED_TYPES = new Set(['message', 'event']);

export interface Participants {
  conversationId: string;
  user: Partial<ChannelAccount> & { id: string };
  bot: Partial<ChannelAccount> & { id: string };
}

function conversation(id: string): Activity['conversation'] {
  return { id } as Activity['conversation'];
}

/**
 * What is kept of an activity a browser posted. Only fields the bot reads survive, each bounded;
 * the sender is the token's user whatever `from` says, and file uploads are not accepted (the
 * page hides the upload button; the bot has no use for files and they would be health data).
 */
export function acceptClientActivity(body: unknown, who: Participants, id: string, now: Date): ChatActivity {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new ClientError(400, 'BadArgument', 'The request body must be an activity object.');
  }
  const input = body as Record<string, unknown>;
  const type = typeof input.type === 'string' ? input.type : '';
  if (!ACCEPTED_TYPES.has(type))
    throw new ClientError(400, 'BadArgument', 'Only message and event activities can be posted.');
  if (Array.isArray(input.attachments) && input.attachments.length > 0) {
    throw new ClientError(400, 'BadArgument', 'This chat does not accept attachments.');
  }
  const activity: ChatActivity = {
    id,
    type,
    channelId: WEBCHAT_CHANNEL_ID,
    conversation: conversation(who.conversationId),
    from: { ...who.user, role: 'user' } as ChannelAccount,
    recipient: who.bot as ChannelAccount,
    timestamp: now,
    ...boundedString('text', input.text, MAX_TEXT),
    ...boundedString('textFormat', input.textFormat, 16),
    ...boundedString('locale', input.locale, 20),
    ...boundedString('localTimezone', input.localTimezone, 64),
    ...boundedString('name', type === 'event' ? input.name : undefined, 100),
    ...boundedJson('value', input.value, MAX_VALUE_JSON),
    channelData: clientChannelData(input.channelData),
  };
  const entities = clientEntities(input.entities);
  if (entities.length > 0) activity.entities = entities;
  if (typeof input.localTimestamp === 'string' && !Number.isNaN(Date.parse(input.localTimestamp))) {
    activity.localTimestamp = input.localTimestamp as unknown as Date;
  }
  return activity;
}

/** The echo, as the bot receives it: the same activity plus where to send replies. */
export function toBotActivity(echo: ChatActivity, serviceUrl: string): Partial<Activity> {
  return { ...echo, serviceUrl };
}

function boundedString(key: string, value: unknown, max: number): Record<string, string> {
  if (typeof value !== 'string' || value === '') return {};
  if (value.length > max)
    throw new ClientError(400, 'BadArgument', `${key} is longer than ${max} characters.`);
  return { [key]: value };
}

function boundedJson(key: string, value: unknown, max: number): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (JSON.stringify(value).length > max)
    throw new ClientError(400, 'BadArgument', `${key} is larger than ${max} bytes.`);
  return { [key]: value };
}

/** Web Chat's echo matching id, its timestamp, and coordinates the person chose to share. */
function clientChannelData(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object') return {};
  const input = value as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const key of ['clientActivityID', 'clientTimestamp']) {
    if (typeof input[key] === 'string' && (input[key] as string).length <= 64) kept[key] = input[key];
  }
  const latitude = Number(input.latitude);
  const longitude = Number(input.longitude);
  if (input.latitude !== undefined && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
    kept.latitude = latitude;
    kept.longitude = longitude;
  }
  return kept;
}

function clientEntities(value: unknown): NonNullable<Activity['entities']> {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e) => e && typeof e === 'object' && typeof (e as { type?: unknown }).type === 'string')
    .filter((e) => JSON.stringify(e).length <= MAX_ENTITY_JSON)
    .slice(0, MAX_ENTITIES);
}

/**
 * What a browser may see of an activity the bot sent: the connector address (which carries the
 * connector secret) and the bot's view of the recipient are removed; id, time and sender are ours.
 */
export function publishBotActivity(
  input: Partial<Activity>,
  who: Omit<Participants, 'user'>,
  id: string,
  now: Date,
): ChatActivity {
  const { serviceUrl: _serviceUrl, recipient: _recipient, callerId: _callerId, ...rest } = input;
  return {
    ...rest,
    id,
    channelId: WEBCHAT_CHANNEL_ID,
    conversation: conversation(who.conversationId),
    from: { ...who.bot, role: 'bot' } as ChannelAccount,
    timestamp: now,
  };
}
