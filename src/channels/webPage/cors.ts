import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_HEADERS = 'Authorization, Content-Type, x-ms-bot-agent';

/**
 * Cross-origin access for the JSON endpoints a page on another site may call (the token endpoint
 * and Direct Line, when a site runs Web Chat itself instead of the iframe). Only origins listed in
 * ALLOWED_EMBED_ORIGINS get CORS headers; everyone else is left to the browser's same-origin rule.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (!origin || !allowed.includes(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Max-Age', '600');
  return true;
}

/** Answers a preflight request: 204 with the methods and headers the endpoints accept. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): void {
  if (applyCors(req, res, allowed)) {
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
  }
  res.statusCode = 204;
  res.end();
}
