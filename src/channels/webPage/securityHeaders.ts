import type { ServerResponse } from 'node:http';

export interface PagePolicy {
  /** Extra origins the page may connect to (the hosted Direct Line service in Azure mode). */
  connectOrigins: readonly string[];
  /** Extra origins images may come from (a logo hosted elsewhere). */
  imageOrigins: readonly string[];
  /** Sites allowed to show the page in a frame (ALLOWED_EMBED_ORIGINS). */
  frameAncestors: readonly string[];
  /** Per-response nonce for the style elements Web Chat inserts at run time. */
  styleNonce: string;
}

/**
 * Web Chat's scroll-to-bottom helper creates an empty <style> element without the nonce and then
 * adds its rules through the CSSOM (which CSP does not govern). Allowing the hash of the empty
 * string admits exactly that element and no inline CSS text; 'unsafe-inline' is not needed.
 */
const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

/**
 * The chat page's Content-Security-Policy: scripts only from this server (the bootstrap is a file,
 * not inline), styles from this server plus the nonce Web Chat stamps on the style elements it
 * creates, connections to this server (HTTP and WebSocket) and, in Azure mode, the hosted Direct
 * Line service. Nothing may be framed or posted anywhere; only the listed sites may frame the page.
 */
export function contentSecurityPolicy(policy: PagePolicy): string {
  const sockets = policy.connectOrigins.map((o) => o.replace(/^http/, 'ws'));
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${policy.styleNonce}' '${EMPTY_STYLE_HASH}'`,
    ["img-src 'self' data: blob:", ...policy.imageOrigins].join(' '),
    "font-src 'self' data:",
    "media-src 'self' blob: data:",
    ["connect-src 'self'", ...policy.connectOrigins, ...sockets].join(' '),
    ["frame-ancestors 'self'", ...policy.frameAncestors].join(' '),
    "base-uri 'none'",
    "form-action 'none'",
    "manifest-src 'self'",
  ];
  return directives.join('; ');
}

/** Headers for every response of the web channel (pages, scripts, JSON). */
export function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

/** Headers for the HTML page itself. */
export function setPageHeaders(res: ServerResponse, policy: PagePolicy): void {
  setCommonHeaders(res);
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(policy));
  res.setHeader('Permissions-Policy', 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
  // Browsers that predate frame-ancestors still honour this when no other site may frame the page.
  if (policy.frameAncestors.length === 0) res.setHeader('X-Frame-Options', 'SAMEORIGIN');
}
