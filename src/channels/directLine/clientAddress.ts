import type { IncomingMessage } from 'node:http';

/**
 * The address of the person's device, for rate limits. Behind `trustedHops` reverse proxies, each
 * proxy appends the address it saw to X-Forwarded-For, so the entry that many places from the end
 * is the one our outermost proxy saw; entries left of it are whatever the client sent and are
 * ignored. With no trusted proxy the header is ignored entirely (anyone can send it).
 */
export function clientAddress(req: IncomingMessage, trustedHops: number): string {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  if (trustedHops <= 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  return hops[hops.length - trustedHops] ?? hops[0] ?? socketAddress;
}
