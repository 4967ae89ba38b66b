import type { Logger } from '../../observability/logger';
import { errorSummary } from '../../bot/iopBot';
import type { ChatActivity, DirectLineStore } from './directLineStore';

/** What a stream carries: the hosted service's ActivitySet. */
export interface ActivitySet {
  activities: ChatActivity[];
  watermark?: string;
}

/** One open stream (a WebSocket in production, anything with these two methods in tests). */
export interface StreamSubscriber {
  send(set: ActivitySet): void;
  close(code: number, reason: string): void;
}

export interface HubOptions {
  /** How often other instances' writes are looked for. */
  pollMs: number;
  maxStreamsPerConversation: number;
  maxStreams: number;
  logger: Logger;
}

interface Stream {
  subscriber: StreamSubscriber;
  /** Highest seq this stream has been sent. */
  sent: number;
}

interface Room {
  streams: Stream[];
  pumping?: Promise<void>;
  again: boolean;
}

/** Thrown by `subscribe` when the instance already holds `maxStreams` streams. */
export class HubFull extends Error {
  override readonly name = 'HubFull';
}

/**
 * Pushes new activities to open streams. Writes made by this instance are pushed at once
 * (`notify`); writes made by another instance sharing the database are found by one query per
 * poll interval for all open conversations, so a reply stored by instance B reaches a socket held
 * by instance A within `pollMs`. Each stream remembers what it was sent, so a stream that joined
 * late or missed a beat gets exactly the activities after its own watermark.
 */
export class ConversationHub {
  private readonly rooms = new Map<string, Room>();
  private timer?: NodeJS.Timeout;
  private polling = false;
  private total = 0;

  constructor(
    private readonly store: DirectLineStore,
    private readonly options: HubOptions,
  ) {}

  get streamCount(): number {
    return this.total;
  }

  /** Registers a stream and sends it everything after `watermark`. Returns the unsubscribe function. */
  subscribe(conversationId: string, watermark: number, subscriber: StreamSubscriber): () => void {
    if (this.total >= this.options.maxStreams) throw new HubFull('too many open streams on this instance');
    const room = this.rooms.get(conversationId) ?? { streams: [], again: false };
    this.rooms.set(conversationId, room);
    const stream: Stream = { subscriber, sent: watermark };
    room.streams.push(stream);
    this.total++;
    // A reload opens a new stream before the old one times out; the oldest makes way.
    while (room.streams.length > this.options.maxStreamsPerConversation) {
      const oldest = room.streams[0];
      this.remove(conversationId, oldest);
      oldest.subscriber.close(4001, 'replaced by a newer connection');
    }
    this.startPolling();
    this.notify(conversationId);
    return () => this.remove(conversationId, stream);
  }

  /** Something was stored for this conversation: push it to its streams now. */
  notify(conversationId: string): Promise<void> {
    const room = this.rooms.get(conversationId);
    if (!room) return Promise.resolve();
    if (room.pumping) {
      room.again = true;
      return room.pumping;
    }
    room.pumping = this.pump(conversationId, room).finally(() => {
      room.pumping = undefined;
    });
    return room.pumping;
  }

  /** Sends something that is not stored (typing) to the streams that are open right now. */
  broadcast(conversationId: string, activity: ChatActivity): void {
    for (const stream of this.rooms.get(conversationId)?.streams ?? [])
      stream.subscriber.send({ activities: [activity] });
  }

  /** Closes every stream (shutdown); clients reconnect to another instance. */
  shutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    for (const [id, room] of this.rooms) {
      for (const stream of [...room.streams]) {
        this.remove(id, stream);
        stream.subscriber.close(1001, 'server shutting down');
      }
    }
  }

  private async pump(conversationId: string, room: Room): Promise<void> {
    do {
      room.again = false;
      let from = Math.min(...room.streams.map((s) => s.sent));
      if (!Number.isFinite(from)) return;
      try {
        for (;;) {
          const batch = await this.store.since(conversationId, from, 100);
          if (batch.length === 0) break;
          for (const stream of room.streams) {
            const fresh = batch.filter((b) => b.seq > stream.sent);
            if (fresh.length === 0) continue;
            stream.sent = fresh[fresh.length - 1].seq;
            stream.subscriber.send({
              activities: fresh.map((b) => b.activity),
              watermark: String(stream.sent),
            });
          }
          if (batch.length < 100) break;
          from = batch[batch.length - 1].seq;
        }
      } catch (error) {
        this.options.logger.warn({ err: errorSummary(error) }, 'direct line: could not read new activities');
        return;
      }
    } while (room.again);
  }

  private startPolling(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.options.pollMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    if (this.polling || this.rooms.size === 0) return;
    this.polling = true;
    try {
      const latest = await this.store.latestSeqs([...this.rooms.keys()]);
      for (const [id, room] of this.rooms) {
        const newest = latest.get(id);
        if (newest === undefined) {
          // Swept (expired) while a stream was open: the conversation is over.
          for (const stream of [...room.streams]) {
            this.remove(id, stream);
            stream.subscriber.close(4004, 'conversation ended');
          }
        } else if (room.streams.some((s) => s.sent < newest)) {
          void this.notify(id);
        }
      }
    } catch (error) {
      this.options.logger.warn({ err: errorSummary(error) }, 'direct line: stream poll failed');
    } finally {
      this.polling = false;
    }
  }

  private remove(conversationId: string, stream: Stream): void {
    const room = this.rooms.get(conversationId);
    if (!room) return;
    const index = room.streams.indexOf(stream);
    if (index < 0) return;
    room.streams.splice(index, 1);
    this.total--;
    if (room.streams.length === 0) this.rooms.delete(conversationId);
    if (this.rooms.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}
