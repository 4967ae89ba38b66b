import type { Activity } from 'botbuilder';
import { TestAdapter } from 'botbuilder';
import type { App } from '../../src/app';

/**
 * Drives the real bot through botbuilder's TestAdapter (no HTTP): each `say` returns the
 * activities the bot sent in that turn.
 */
export class ConversationHarness {
  private readonly adapter: TestAdapter;

  constructor(
    app: App,
    options: {
      channelId?: string;
      locale?: string;
      conversationId?: string;
      userId?: string;
      localTimezone?: string;
    } = {},
  ) {
    this.adapter = new TestAdapter((context) => app.bot.run(context), {
      channelId: options.channelId ?? 'test',
      locale: options.locale ?? 'en-US',
      conversation: { id: options.conversationId ?? `conv-${Math.random().toString(36).slice(2)}` },
      user: { id: options.userId ?? 'user-1', name: 'Person' },
      bot: { id: 'bot', name: 'IOP Guide' },
    } as never);
    this.localTimezone = options.localTimezone;
  }

  private readonly localTimezone?: string;

  async say(text: string, extra: Partial<Activity> = {}): Promise<Partial<Activity>[]> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.receiveActivity({
      type: 'message',
      text,
      localTimezone: this.localTimezone,
      ...extra,
    } as Partial<Activity>);
    return this.adapter.activeQueue.splice(0);
  }
}

export function textOf(replies: Partial<Activity>[]): string {
  return replies.map((r) => `${r.text ?? ''} ${(r as { summary?: string }).summary ?? ''}`.trim()).join('\n');
}

export function choicesOf(reply: Partial<Activity> | undefined): string[] {
  return (reply?.suggestedActions?.actions ?? []).map((a) => String(a.value));
}
