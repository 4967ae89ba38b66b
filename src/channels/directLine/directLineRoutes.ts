import type restify from 'restify';
import { errorSummary } from '../../bot/iopBot';
import type { Logger } from '../../observability/logger';
import { ClientError, readJsonBody } from '../../server/jsonBody';
import { sendError } from '../../server/httpServer';
import { answerPreflight, applyCors } from '../webPage/cors';
import { clientAddress } from './clientAddress';
import type { DirectLineService, IssuedConversation } from './directLineService';
import { bearerToken, type DirectLineGrant, type DirectLineTokens, TokenRejected } from './directLineTokens';
import { publicOrigin, socketOrigin } from './publicOrigin';
import { RateLimited, type RateLimiter } from './rateLimiter';

export const DIRECT_LINE_PREFIX = '/v3/directline';

/** Client activities are small; the bot's own limit (MAX_BODY_BYTES) is for whole activities with cards. */
const CLIENT_BODY_LIMIT = 32 * 1024;

export interface DirectLineRouteDeps {
  service: DirectLineService;
  tokens: DirectLineTokens;
  /** Conversation starts per client address. */
  startLimiter: RateLimiter;
  /** Posted activities per conversation. */
  postLimiter: RateLimiter;
  allowedOrigins: readonly string[];
  publicBaseUrl?: string;
  trustedProxyHops: number;
  logger: Logger;
}

type Handler = (req: restify.Request, res: restify.Response) => Promise<void>;

/**
 * The Direct Line 3.0 REST surface on the bot's own server, at the hosted service's paths, so
 * botframework-directlinejs (inside Web Chat) works unchanged with `domain` set to
 * `<bot>/v3/directline`. Errors use the hosted service's shape and statuses: 401 without a token,
 * 403 for a token that is expired, forged or for another conversation, 404 for an unknown or
 * expired conversation, 429 with Retry-After when a limit is hit.
 */
export function registerDirectLineRoutes(server: restify.Server, deps: DirectLineRouteDeps): void {
  const wrap =
    (handler: Handler): Handler =>
    async (req, res) => {
      applyCors(req, res, deps.allowedOrigins);
      try {
        await handler(req, res);
      } catch (error) {
        respondWithError(res, error, deps.logger);
      }
    };
  const grantFor = (req: restify.Request, conversationId?: string): DirectLineGrant =>
    deps.tokens.verify(bearerToken(req.headers.authorization), conversationId);
  const withStream = (req: restify.Request, issued: IssuedConversation) => ({
    conversationId: issued.conversationId,
    token: issued.token,
    expires_in: issued.expiresIn,
    streamUrl: streamUrl(req, deps, issued),
  });

  server.opts(`${DIRECT_LINE_PREFIX}/*`, async (req: restify.Request, res: restify.Response) =>
    answerPreflight(req, res, deps.allowedOrigins),
  );

  server.post(
    `${DIRECT_LINE_PREFIX}/conversations`,
    wrap(async (req, res) => {
      // With a token: directlinejs "starting" the conversation its token already names.
      if (req.headers.authorization) {
        const issued = await deps.service.renew(grantFor(req));
        respond(res, 200, withStream(req, issued));
        return;
      }
      limit(deps.startLimiter, clientAddress(req, deps.trustedProxyHops));
      const body = await readOptionalBody(req);
      const issued = await deps.service.start(localeOf(body));
      respond(res, 201, withStream(req, issued));
    }),
  );

  server.get(
    `${DIRECT_LINE_PREFIX}/conversations/:conversationId`,
    wrap(async (req, res) => {
      const issued = await deps.service.renew(grantFor(req, req.params.conversationId));
      respond(res, 200, withStream(req, issued));
    }),
  );

  server.post(
    `${DIRECT_LINE_PREFIX}/conversations/:conversationId/activities`,
    wrap(async (req, res) => {
      const grant = grantFor(req, req.params.conversationId);
      limit(deps.postLimiter, grant.conversationId);
      const body = await readJsonBody(req, CLIENT_BODY_LIMIT);
      const id = await deps.service.post(grant, body);
      respond(res, 200, { id });
    }),
  );

  server.get(
    `${DIRECT_LINE_PREFIX}/conversations/:conversationId/activities`,
    wrap(async (req, res) => {
      const grant = grantFor(req, req.params.conversationId);
      respond(res, 200, await deps.service.activities(grant, watermarkOf(req.url)));
    }),
  );

  server.post(
    `${DIRECT_LINE_PREFIX}/tokens/refresh`,
    wrap(async (req, res) => {
      const issued = await deps.service.renew(grantFor(req));
      respond(res, 200, {
        conversationId: issued.conversationId,
        token: issued.token,
        expires_in: issued.expiresIn,
      });
    }),
  );
}

function respond(res: restify.Response, status: number, body: unknown): void {
  res.setHeader('Cache-Control', 'no-store');
  res.status(status);
  res.json(body);
}

function limit(limiter: RateLimiter, key: string): void {
  const wait = limiter.take(key);
  if (wait > 0) throw new RateLimited(wait);
}

async function readOptionalBody(req: restify.Request): Promise<unknown> {
  if (!Number(req.headers['content-length']) && !req.headers['transfer-encoding']) return undefined;
  try {
    return await readJsonBody(req, CLIENT_BODY_LIMIT);
  } catch (error) {
    if (error instanceof ClientError && error.code === 'EmptyBody') return undefined;
    throw error;
  }
}

function localeOf(body: unknown): string | undefined {
  const locale = (body as { locale?: unknown } | undefined)?.locale;
  return typeof locale === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)
    ? locale
    : undefined;
}

/** `?watermark=N`; anything else (absent, "-", junk) means from the start. */
export function watermarkOf(url: string | undefined): number {
  const raw = new URL(url ?? '/', 'http://local').searchParams.get('watermark');
  const value = Number(raw);
  return raw && Number.isInteger(value) && value >= 0 ? value : 0;
}

function streamUrl(req: restify.Request, deps: DirectLineRouteDeps, issued: IssuedConversation): string {
  const origin = socketOrigin(publicOrigin(req, deps.publicBaseUrl, deps.trustedProxyHops > 0));
  const id = encodeURIComponent(issued.conversationId);
  return `${origin}${DIRECT_LINE_PREFIX}/conversations/${id}/stream?t=${encodeURIComponent(issued.token)}`;
}

const TOKEN_STATUS = { missing: 401, invalid: 403, expired: 403, wrongConversation: 403 } as const;
const TOKEN_MESSAGE = {
  missing: 'Send Authorization: Bearer <token>.',
  invalid: 'The token is not valid.',
  expired: 'Token expired.',
  wrongConversation: 'The token is not valid for this conversation.',
} as const;

export function respondWithError(res: restify.Response, error: unknown, logger: Logger): void {
  if (res.headersSent) return;
  if (error instanceof TokenRejected) {
    if (error.problem === 'missing') res.setHeader('WWW-Authenticate', 'Bearer');
    const code =
      error.problem === 'expired'
        ? 'TokenExpired'
        : error.problem === 'missing'
          ? 'Unauthorized'
          : 'Forbidden';
    sendError(res, new ClientError(TOKEN_STATUS[error.problem], code, TOKEN_MESSAGE[error.problem]));
    return;
  }
  if (error instanceof ClientError) {
    if (error instanceof RateLimited) res.setHeader('Retry-After', String(error.retryAfterSeconds));
    sendError(res, error);
    return;
  }
  logger.error({ err: errorSummary(error) }, 'direct line request failed');
  sendError(res, new ClientError(500, 'ServiceError', 'The chat service had a problem; try again.'));
}
