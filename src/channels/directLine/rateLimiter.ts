import { ClientError } from '../../server/jsonBody';

/**
 * Token buckets per key (a client address, a conversation): `perMinute` tokens refill evenly, up
 * to `burst`. The map is bounded; when full, the least recently used keys are dropped, which at
 * worst gives a dropped key a fresh bucket, never a wrongly refused request for someone else.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly burst: number = perMinute,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 10_000,
  ) {}

  /** Takes one token for `key`: 0 when allowed, otherwise the seconds until one is available. */
  take(key: string): number {
    const now = this.now();
    const ratePerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * ratePerMs);
    bucket.at = now;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000));
  }
}

/** A refused request: 429 with Retry-After. */
export class RateLimited extends ClientError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'TooManyRequests', 'Too many requests; try again shortly.');
  }
}
