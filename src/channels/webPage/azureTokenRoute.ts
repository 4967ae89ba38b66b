import crypto from 'node:crypto';
import type restify from 'restify';
import { errorSummary } from '../../bot/iopBot';
import type { Logger } from '../../observability/logger';
import { sendError } from '../../server/httpServer';
import { ClientError } from '../../server/jsonBody';
import { clientAddress } from '../directLine/clientAddress';
import type { RateLimiter } from '../directLine/rateLimiter';
import { answerPreflight, applyCors } from './cors';
import { setCommonHeaders } from './securityHeaders';

export const TOKEN_ROUTE = '/api/directline/token';

export interface AzureTokenDeps {
  /** The Direct Line channel secret; it never leaves this process. */
  secret: string;
  /** Base URL of the hosted service (DIRECT_LINE_ENDPOINT). */
  endpoint: string;
  limiter: RateLimiter;
  allowedOrigins: readonly string[];
  trustedProxyHops: number;
  logger: Logger;
  timeoutMs?: number;
}

interface GeneratedToken {
  conversationId: string;
  token: string;
  expires_in: number;
}

/**
 * Azure mode: the page asks the bot for a token, and the bot exchanges its Direct Line secret for
 * one with the hosted service. The token is bound to a fresh random user id (`dl_…`), so the
 * browser cannot pick whose conversation it joins, and it lasts 30 minutes (Web Chat renews it).
 * Requests are limited per client address, because each one starts a conversation.
 */
export function registerAzureTokenRoute(server: restify.Server, deps: AzureTokenDeps): void {
  server.opts(TOKEN_ROUTE, async (req: restify.Request, res: restify.Response) =>
    answerPreflight(req, res, deps.allowedOrigins),
  );
  server.post(TOKEN_ROUTE, async (req: restify.Request, res: restify.Response) => {
    setCommonHeaders(res);
    applyCors(req, res, deps.allowedOrigins);
    res.setHeader('Cache-Control', 'no-store');
    const wait = deps.limiter.take(clientAddress(req, deps.trustedProxyHops));
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      sendError(
        res,
        new ClientError(429, 'TooManyRequests', 'Too many chat starts from this address; try again shortly.'),
      );
      return;
    }
    try {
      const generated = await generateToken(deps);
      res.status(200);
      res.json({
        conversationId: generated.conversationId,
        token: generated.token,
        expires_in: generated.expires_in,
      });
    } catch (error) {
      deps.logger.error({ err: errorSummary(error) }, 'direct line token could not be generated');
      sendError(
        res,
        new ClientError(
          502,
          'DirectLineUnavailable',
          'The chat service is not available right now; try again soon.',
        ),
      );
    }
  });
}

async function generateToken(deps: AzureTokenDeps): Promise<GeneratedToken> {
  const response = await fetch(`${deps.endpoint}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${deps.secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { id: `dl_${crypto.randomBytes(12).toString('base64url')}` } }),
    signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000),
  });
  if (!response.ok) throw new Error(`hosted Direct Line answered HTTP ${response.status}`);
  const body = (await response.json()) as Partial<GeneratedToken>;
  if (typeof body.token !== 'string' || typeof body.conversationId !== 'string') {
    throw new Error('hosted Direct Line answered without a token');
  }
  return {
    conversationId: body.conversationId,
    token: body.token,
    expires_in: Number(body.expires_in) || 1800,
  };
}
