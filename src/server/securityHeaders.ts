import type { ServerResponse } from 'node:http';

/**
 * Headers for responses that are data, not pages (JSON from /api/messages, health, metrics): no
 * content sniffing, nothing may render, frame or cache them, and no other site may embed them.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy':
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
});

/** One year, the value browsers' preload lists ask for. */
const HSTS_MAX_AGE_SECONDS = 31_536_000;

/**
 * The Strict-Transport-Security value when the bot's public address is https, else undefined.
 * Sent only then: announcing HSTS from a plain-http development server would lock browsers out
 * of it. Subdomains are left alone because the bot seldom owns its parent domain.
 */
export function strictTransportSecurity(publicBaseUrl: string | undefined): string | undefined {
  return publicBaseUrl?.startsWith('https://') ? `max-age=${HSTS_MAX_AGE_SECONDS}` : undefined;
}

/** Sets each header (an undefined value is skipped); later calls may override a page's own. */
export function setHeaders(res: ServerResponse, headers: Readonly<Record<string, string | undefined>>): void {
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) res.setHeader(name, value);
  }
}

/** API headers plus HSTS when the public address is https. */
export function setApiSecurityHeaders(res: ServerResponse, publicBaseUrl?: string): void {
  setHeaders(res, {
    ...API_SECURITY_HEADERS,
    'Strict-Transport-Security': strictTransportSecurity(publicBaseUrl),
  });
}
