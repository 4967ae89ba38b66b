import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import restify from 'restify';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import crypto from 'node:crypto';
import { errorSummary } from '../bot/iopBot';
import { assertActivityShape } from './activityShape';
import { ClientError, readJsonBody } from './jsonBody';
// --- Security ---
import { type MessageGuard, RequestRefused } from './messageGuard';
import { setApiSecurityHeaders } from './securityHeaders';

export interface HttpServerOptions {
  name: string;
  maxBodyBytes: number;
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  isReady: () => Promise<boolean>;
  logger: Logger;
  metrics: Metrics;
  /** When set, GET /metrics requires `Authorization: Bearer <token>`. */
  metricsToken?: string;
  // --- Security ---
  /** Rate limits, serviceUrl policy and token check for /api/messages (src/server/messageGuard.ts). */
  security?: { guard: MessageGuard; publicBaseUrl?: string };
}

/** Counts requests in flight, so shutdown can wait for turns to finish. */
export class InFlight {
  private count = 0;
  private waiters: (() => void)[] = [];

  enter(): void {
    this.count++;
  }

  leave(): void {
    this.count--;
    if (this.count === 0) this.waiters.splice(0).forEach((w) => w());
  }

  get size(): number {
    return this.count;
  }

  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}

export function sendError(res: restify.Response, error: ClientError): void {
  if (error.status === 413) res.setHeader('Connection', 'close');
  if (error instanceof RequestRefused)
    for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  res.status(error.status);
  res.json({ error: { code: error.code, message: error.message } });
}

/**
 * The restify server and its routes. Bodies are read by hand (not restify's body parser) so the
 * size limit applies while streaming and a malformed body gets a precise 400.
 */
export function createHttpServer(options: HttpServerOptions, inFlight: InFlight): restify.Server {
  const server = restify.createServer({ name: options.name, handleUncaughtExceptions: false });
  server.pre(restify.plugins.pre.context());
  // --- Security: data endpoints get strict headers; page routes set their own ---
  server.pre((req: restify.Request, res: restify.Response, next: restify.Next) => {
    if (DATA_PATHS.has(req.getPath())) setApiSecurityHeaders(res, options.security?.publicBaseUrl);
    return next();
  });

  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    inFlight.enter();
    const started = process.hrtime.bigint();
    let channel = 'unknown';
    try {
      options.security?.guard.admitClient(req);
      const body = await readJsonBody(req, options.maxBodyBytes);
      assertActivityShape(body);
      channel = metricChannel((body as { channelId: string }).channelId);
      await options.security?.guard.admitActivity(body as Activity, req.headers.authorization);
      (req as unknown as { body: unknown }).body = body;
      await options.adapter.process(req, res, options.logic);
      options.metrics.turns.inc({ channel });
      if (res.statusCode >= 500) options.metrics.turnErrors.inc({ channel });
    } catch (error) {
      if (error instanceof ClientError) {
        sendError(res, error);
        // Stop reading an oversized upload; the response above is already queued.
        if (error.status === 413) res.once('finish', () => req.destroy());
        return;
      }
      options.logger.error({ err: errorSummary(error) }, 'request to /api/messages failed');
      if (!res.headersSent) {
        res.status(500);
        res.json({ error: { code: 'InternalError', message: 'The bot could not process this activity.' } });
      }
    } finally {
      options.metrics.turnLatency.observe({ channel }, Number(process.hrtime.bigint() - started) / 1e9);
      inFlight.leave();
    }
  });

  server.get('/metrics', async (req: restify.Request, res: restify.Response) => {
    if (options.metricsToken && !bearerMatches(req.headers.authorization, options.metricsToken)) {
      res.status(401);
      res.header('WWW-Authenticate', 'Bearer');
      res.json({
        error: { code: 'Unauthorized', message: 'GET /metrics needs Authorization: Bearer <METRICS_TOKEN>.' },
      });
      return;
    }
    res.setHeader('Content-Type', options.metrics.registry.contentType);
    res.sendRaw(200, await options.metrics.registry.metrics());
  });

  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    res.json({ status: 'ok' });
  });

  server.get('/readyz', async (_req: restify.Request, res: restify.Response) => {
    const ready = await options.isReady();
    res.status(ready ? 200 : 503);
    res.json({ status: ready ? 'ready' : 'unavailable' });
  });

  server.on(
    'restifyError',
    (req: restify.Request, res: restify.Response, err: Error & { statusCode?: number }, cb: () => void) => {
      // Routing errors (404/405) are fine to answer as restify does; nothing else should get here.
      if ((err.statusCode ?? 500) >= 500)
        options.logger.error({ err: errorSummary(err), path: req.getPath() }, 'http error');
      cb();
    },
  );
  return server;
}

// --- Security ---
const DATA_PATHS = new Set(['/api/messages', '/healthz', '/readyz', '/metrics']);

// Channel ids come from the request body, so only known ones become label values; anything else
// would let a caller create unbounded metric series.
const KNOWN_CHANNELS = new Set(['webchat', 'directline', 'msteams', 'sms', 'emulator', 'terminal', 'test']);

function metricChannel(channelId: string): string {
  return KNOWN_CHANNELS.has(channelId) ? channelId : 'other';
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && crypto.timingSafeEqual(given, wanted);
}
