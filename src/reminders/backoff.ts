/** Bounds of the retry schedule for failed sends. */
export interface BackoffOptions {
  /** Delay ceiling of the first retry. */
  baseMs: number;
  /** No retry waits longer than this, unless the channel's Retry-After asks for more. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 2_000, maxMs: 15 * 60_000 };

/**
 * How long to wait before attempt `attempt + 1`, after `attempt` attempts failed (1-based).
 *
 * Exponential with "equal jitter": the ceiling doubles per attempt and the delay is drawn from
 * its upper half. The random half spreads out the retries of a burst that failed together (a 429
 * storm would otherwise come back as one synchronised wave); the fixed half guarantees the
 * channel some rest. A Retry-After from the channel is a floor, never shortened by jitter.
 */
export function retryDelayMs(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** exponent);
  const jittered = Math.round(ceiling / 2 + (random() * ceiling) / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}
