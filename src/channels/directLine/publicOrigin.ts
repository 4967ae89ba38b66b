import type { IncomingMessage } from 'node:http';

const HOST_PATTERN = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * The origin people use to reach this bot: PUBLIC_BASE_URL when configured, otherwise the Host
 * header of the request (with the scheme a trusted proxy reports). Used for stream URLs, which
 * must point back at whatever address the browser used.
 */
export function publicOrigin(
  req: IncomingMessage,
  configured: string | undefined,
  trustProxy: boolean,
): string {
  if (configured) return new URL(configured).origin;
  const host = req.headers.host ?? '';
  if (!HOST_PATTERN.test(host)) throw new Error('request has no usable Host header');
  const forwarded = trustProxy
    ? String(req.headers['x-forwarded-proto'] ?? '')
        .split(',')[0]
        .trim()
    : '';
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  const scheme = forwarded === 'https' || encrypted ? 'https' : 'http';
  return `${scheme}://${host}`;
}

/** The WebSocket origin that matches an http(s) origin. */
export function socketOrigin(httpOrigin: string): string {
  return httpOrigin.replace(/^http/, 'ws');
}
