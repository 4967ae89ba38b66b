import { performance } from 'node:perf_hooks';

/** At most `limit` sends in any `windowMs`. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/** Microsoft Teams' documented per-conversation limits for a bot: 7 per second, 60 per 30 seconds. */
export const TEAMS_CONVERSATION_LIMITS: readonly RateWindow[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 60, windowMs: 30_000 },
];

export interface RateLimiterOptions {
  /** Keys tracked at most; beyond it idle keys are dropped first, then the least recently used. */
  maxKeys?: number;
  /** Added to each window, so clock skew and network jitter cannot push a burst over the edge. */
  marginMs?: number;
  /**
   * A monotonic millisecond clock. Deliberately not the injected scheduling Clock: limits are
   * about the real spacing of HTTP requests, which a test's frozen clock would not advance.
   */
  now?: () => number;
}

/** One send: when it was made, and whether it is still in progress. */
interface SendRecord {
  at: number;
  open: boolean;
}

/**
 * Per-conversation send limiter (sliding-window log). Each key keeps its most recent sends,
 * never more than the largest limit, so memory is bounded by `maxKeys` × that limit.
 * In-process by design: a conversation's reminders are sent by whichever instance claimed them,
 * and the channel's own 429 + Retry-After (handled by the retry path) backs this up.
 *
 * A send stays "open" from `tryTake` to `finish`, and counts as happening now all that time:
 * the Bot Framework SDK retries a 429 inside one call after the Retry-After pause, so the request
 * that finally lands can be a second or more after the slot was taken. `finish` then stamps the
 * send with its real end.
 */
export class ConversationRateLimiter {
  private readonly sends = new Map<string, SendRecord[]>();
  private readonly windows: RateWindow[];
  private readonly keep: number;
  private readonly horizonMs: number;
  private readonly maxKeys: number;
  private readonly marginMs: number;
  private readonly now: () => number;

  constructor(windows: readonly RateWindow[] = TEAMS_CONVERSATION_LIMITS, options: RateLimiterOptions = {}) {
    if (windows.length === 0 || windows.some((w) => w.limit < 1 || w.windowMs <= 0)) {
      throw new RangeError('ConversationRateLimiter: each window needs limit >= 1 and windowMs > 0');
    }
    this.windows = [...windows];
    this.keep = Math.max(...windows.map((w) => w.limit));
    this.marginMs = options.marginMs ?? 25;
    this.horizonMs = Math.max(...windows.map((w) => w.windowMs)) + this.marginMs;
    this.maxKeys = options.maxKeys ?? 10_000;
    this.now = options.now ?? (() => performance.now());
  }

  /**
   * Takes a send slot for `key` and returns 0, or returns how many ms to wait before asking again
   * (taking nothing). Every 0 must be followed by `finish(key)` once the send is over.
   */
  tryTake(key: string): number {
    const now = this.now();
    const records = this.sends.get(key) ?? [];
    const wait = this.waitFor(records, now);
    if (wait > 0) return wait;
    records.push({ at: now, open: true });
    const closedIndex = records.findIndex((r) => !r.open);
    if (records.length > this.keep && closedIndex >= 0) records.splice(closedIndex, 1);
    // Re-inserting moves the key to the end of the Map's order: least recently used come first.
    this.sends.delete(key);
    this.sends.set(key, records);
    if (this.sends.size > this.maxKeys) this.evict(now);
    return 0;
  }

  /** Marks the oldest open send of `key` as ended now. */
  finish(key: string): void {
    const records = this.sends.get(key);
    const index = records?.findIndex((r) => r.open) ?? -1;
    if (!records || index < 0) return;
    records.splice(index, 1);
    records.push({ at: this.now(), open: false });
  }

  /** Number of conversations currently tracked. */
  get size(): number {
    return this.sends.size;
  }

  private waitFor(records: SendRecord[], now: number): number {
    const open = records.filter((r) => r.open).length;
    let wait = 0;
    for (const { limit, windowMs } of this.windows) {
      const span = windowMs + this.marginMs;
      const closed = records.filter((r) => !r.open && r.at > now - span).map((r) => r.at);
      // Enough of the closed sends must leave the window to bring the count below the limit;
      // open ones leave only when they finish, so if they alone fill it, check back a window later.
      const mustExpire = open + closed.length - limit + 1;
      if (mustExpire <= 0) continue;
      wait = Math.max(wait, mustExpire > closed.length ? span : closed[mustExpire - 1] + span - now);
    }
    return Math.max(0, Math.ceil(wait));
  }

  /** Shrinks to 90% of `maxKeys`, so the sweep runs once per many sends rather than on every one. */
  private evict(now: number): void {
    const target = Math.floor(this.maxKeys * 0.9);
    for (const [key, records] of this.sends) {
      if (records.every((r) => !r.open && now - r.at > this.horizonMs)) this.sends.delete(key);
    }
    // Everyone is busy: forget the least recently used. Forgetting only ever allows sends that the
    // channel may then answer with 429, which is retried; it never loses a reminder.
    for (const key of this.sends.keys()) {
      if (this.sends.size <= target) break;
      this.sends.delete(key);
    }
  }
}
