import crypto from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Structured logs that never carry message text or identifiers. Call sites pass only ids run
 * through `hashId`; the redact list is a second line of defence for fields that must never leak.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'iop-assistant' },
      redact: {
        paths: [
          'text',
          '*.text',
          'activity',
          '*.activity',
          'body',
          '*.body',
          'from',
          '*.from',
          'req.headers.authorization',
        ],
        censor: '[redacted]',
      },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

const salt = crypto.randomBytes(16);

/**
 * A short, per-process salted hash for correlating log lines of one conversation without
 * revealing its id. Salted per process so log lines cannot be joined to database rows.
 */
export function hashId(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  return crypto.createHash('sha256').update(salt).update(id).digest('base64url').slice(0, 12);
}
