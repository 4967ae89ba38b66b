export interface RateLimiterOptions {
  /** Requests allowed per key per minute, refilled evenly. Must be greater than 0. */
  perMinute: number;
  /** Most requests a key may make at once after a quiet spell; defaults to `perMinute`. */
  burst?: number;
  /** Most keys remembered at once; beyond it the key used longest ago is forgotten. */
  maxKeys?: number;
  /** Milliseconds clock; tests pass a fake one. */
  now?: () => number;
}

/** The answer for one request. */
export interface RateDecision {
  allowed: boolean;
  /** 0 when allowed; otherwise whole seconds until the key may try again (at least 1). */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets per key (a client address, a conversation). Memory stays bounded two ways: a
 * bucket left alone long enough to refill completely is the same as no bucket, so idle ones are
 * dropped as requests come in; and past `maxKeys` the least recently used key is forgotten, which
 * at worst gives that key a fresh allowance, never refuses someone else.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly burst: number;
  private readonly refillMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: RateLimiterOptions) {
    if (!(options.perMinute > 0)) throw new RangeError('RateLimiter: perMinute must be greater than 0');
    this.perMs = options.perMinute / 60_000;
    this.burst = Math.max(1, options.burst ?? options.perMinute);
    this.refillMs = this.burst / this.perMs;
    this.maxKeys = Math.max(1, options.maxKeys ?? 10_000);
    this.now = options.now ?? Date.now;
  }

  /** Spends one request for `key` if its allowance has one left. */
  take(key: string): RateDecision {
    const now = this.now();
    this.dropIdle(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + Math.max(0, now - bucket.at) * this.perMs);
    bucket.at = now;
    // Re-inserting keeps the map ordered by last use, oldest first, for dropIdle and the cap.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)),
    };
  }

  /** Keys currently remembered. */
  get size(): number {
    return this.buckets.size;
  }

  private dropIdle(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.at < this.refillMs) return;
      this.buckets.delete(key);
    }
  }
}
