/** How a channel can show a reply. Dialogs never see this; only the renderer does. */
export type ChannelStyle = 'rich' | 'teams' | 'sms' | 'text';

const SMS_CHANNELS = new Set(['sms', 'twilio-sms', 'telephony']);
const TEXT_CHANNELS = new Set(['terminal', 'cli']);

export function channelStyle(channelId: string | undefined): ChannelStyle {
  const id = (channelId ?? '').toLowerCase();
  if (id === 'msteams') return 'teams';
  if (SMS_CHANNELS.has(id)) return 'sms';
  if (TEXT_CHANNELS.has(id)) return 'text';
  return 'rich';
}
