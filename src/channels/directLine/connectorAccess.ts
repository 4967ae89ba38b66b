import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Where the bot's replies for built-in Direct Line conversations are posted (its serviceUrl). */
export const CONNECTOR_PREFIX = '/v3/directline-connector';

/**
 * The secret path segment of the connector routes. It is derived from the token secret, so every
 * instance sharing DIRECT_LINE_TOKEN_SECRET accepts the serviceUrl any of them stored in a
 * conversation reference (a reminder sent by instance B to a conversation started on A).
 */
export function connectorKey(tokenSecret: string): string {
  return crypto
    .createHmac('sha256', tokenSecret)
    .update('iop-assistant/directline-connector')
    .digest('base64url');
}

/** The serviceUrl the bot is given: this process over loopback, plus the key. */
export function connectorServiceUrl(listenHost: string, port: number, key: string): string {
  const host = ['0.0.0.0', '::', '', 'localhost'].includes(listenHost) ? '127.0.0.1' : listenHost;
  const bracketed = host.includes(':') ? `[${host}]` : host;
  return `http://${bracketed}:${port}${CONNECTOR_PREFIX}/${key}/`;
}

export function keyMatches(given: string, key: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(key);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * True for a request made by a process on this machine and not relayed by a proxy. Not enough on
 * its own (a reverse proxy on the same host also connects from loopback, and strips nothing we can
 * rely on), which is why the connector routes also require the key.
 */
export function isLocalCaller(req: IncomingMessage): boolean {
  if (req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined) return false;
  const remote = normalize(req.socket.remoteAddress);
  if (remote === undefined) return false;
  return remote.startsWith('127.') || remote === '::1' || remote === normalize(req.socket.localAddress);
}

function normalize(address: string | undefined): string | undefined {
  return address?.startsWith('::ffff:') ? address.slice(7) : address;
}
