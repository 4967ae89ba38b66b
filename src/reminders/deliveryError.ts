/** What a failed send means for the occurrence. */
export type FailureKind = 'retry' | 'undeliverable' | 'permanent';

export interface DeliveryFailure {
  kind: FailureKind;
  /** An HTTP status or error type for `lastError`; never message content. */
  code: string;
  /** The channel's Retry-After, when it sent one. */
  retryAfterMs?: number;
}

/** The conversation can never be reached again (no stored reference, or the channel said so). */
export class UndeliverableError extends Error {
  override readonly name = 'UndeliverableError';
  constructor(readonly code: string) {
    super(`conversation is undeliverable (${code})`);
  }
}

/** Statuses worth retrying besides 5xx: throttling, a stale precondition, timeouts, and 401 (a token
 * refresh race; a wrong password instead ends up dead-lettered, where an operator sees it). */
const RETRY_STATUSES = new Set([401, 408, 412, 429]);
/** The bot was removed or blocked, or the conversation no longer exists. */
const GONE_STATUSES = new Set([403, 404, 410]);

interface HttpLikeError {
  name?: string;
  code?: unknown;
  statusCode?: unknown;
  response?: { status?: unknown; headers?: { get?(name: string): string | undefined | null } };
}

/**
 * Classifies an error thrown while sending. The Bot Connector client throws a RestError with
 * `statusCode` and the raw `response` (whose `headers.get` reads Retry-After); network failures
 * carry a `code` such as ECONNREFUSED and no status; an abort from our send deadline is an
 * AbortError. Anything unrecognised is retried, so it ends up dead-lettered and visible rather
 * than silently dropped.
 */
// `nowMs` is real time, not the injected Clock: an HTTP-date Retry-After is the channel's wall
// clock, so only real time gives the right distance to it.
export function classifyDeliveryError(error: unknown, nowMs: number = Date.now()): DeliveryFailure {
  if (error instanceof UndeliverableError) return { kind: 'undeliverable', code: error.code };
  const e = (typeof error === 'object' && error !== null ? error : {}) as HttpLikeError;
  const status = numberOrUndefined(e.statusCode) ?? numberOrUndefined(e.response?.status);
  if (status === undefined) {
    if (e.name === 'AbortError') return { kind: 'retry', code: 'timeout' };
    return { kind: 'retry', code: typeof e.code === 'string' && e.code ? e.code : 'error' };
  }
  const code = String(status);
  if (GONE_STATUSES.has(status)) return { kind: 'undeliverable', code };
  if (RETRY_STATUSES.has(status) || status >= 500) {
    return {
      kind: 'retry',
      code,
      retryAfterMs: retryAfter(e.response?.headers?.get?.('retry-after'), nowMs),
    };
  }
  return { kind: 'permanent', code };
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfter(header: string | null | undefined, nowMs: number): number | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
