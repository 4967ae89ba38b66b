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

/**
 * Per-conversation send limiter (sliding-window log). Each key keeps the times of its most recent
 * sends, never more than the largest limit, so memory is bounded by `maxKeys` × that limit.
 * In-process by design: a conversation's reminders are sent by whichever instance claimed them,
 * and the channel's own 429 + Retry-After (handled by the retry path) backs this up.
 */
export class ConversationRateLimiter {
  private readonly sends = new Map<string, number[]>();
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

  /** Records a send for `key` and returns 0, or returns how many ms until one is allowed (recording nothing). */
  tryTake(key: string): number {
    const now = this.now();
    const times = this.sends.get(key) ?? [];
    const wait = this.waitFor(times, now);
    if (wait > 0) return wait;
    times.push(now);
    if (times.length > this.keep) times.shift();
    // Re-inserting moves the key to the end of the Map's order: the order is least recently used first.
    this.sends.delete(key);
    this.sends.set(key, times);
    if (this.sends.size > this.maxKeys) this.evict(now);
    return 0;
  }

  /** Number of conversations currently tracked. */
  get size(): number {
    return this.sends.size;
  }

  private waitFor(times: number[], now: number): number {
    let wait = 0;
    for (const { limit, windowMs } of this.windows) {
      if (times.length < limit) continue;
      // The limit-th most recent send must have left the window before another may go.
      const freeAt = times[times.length - limit] + windowMs + this.marginMs;
      wait = Math.max(wait, freeAt - now);
    }
    return Math.max(0, Math.ceil(wait));
  }

  private evict(now: number): void {
    for (const [key, times] of this.sends) {
      if (now - times[times.length - 1] > this.horizonMs) this.sends.delete(key);
    }
    // Everyone is busy: forget the least recently used. Forgetting only ever allows sends that the
    // channel may then answer with 429, which is retried; it never loses a reminder.
    for (const key of this.sends.keys()) {
      if (this.sends.size <= this.maxKeys) break;
      this.sends.delete(key);
    }
  }
}
