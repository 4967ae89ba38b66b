import crypto from 'node:crypto';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type restify from 'restify';
import type { AppConfig } from '../../config/config';
import type { Logger } from '../../observability/logger';
import type { Db } from '../../storage/database';
import type { FieldCipher } from '../../storage/fieldCipher';
import type { UserHasher } from '../../storage/userHasher';
import { connectorKey, connectorServiceUrl } from './connectorAccess';
import { registerConnectorRoutes } from './connectorRoutes';
import { ConversationHub } from './conversationHub';
import { registerDirectLineRoutes } from './directLineRoutes';
import { DirectLineService } from './directLineService';
import { DirectLineStore } from './directLineStore';
import { DirectLineTokens } from './directLineTokens';
import { InProcessAdapter } from './inProcessAdapter';
import { RateLimiter } from './rateLimiter';
import { attachStreamServer } from './streamServer';

/** Activities kept per conversation: a long chat's worth, while bounding storage. */
export const HISTORY_LIMIT = 500;
/** Streams per conversation (tabs, reloads) and per instance. */
export const MAX_STREAMS_PER_CONVERSATION = 4;
export const MAX_STREAMS = 5000;
/** How quickly a reply stored by another instance reaches a stream held by this one. */
export const CROSS_INSTANCE_POLL_MS = 1000;
/** Messages a person may send per minute in one conversation (bursts of 10). */
export const POSTS_PER_MINUTE = 30;
const SWEEP_EVERY_MS = 15 * 60 * 1000;

export interface BuiltInDirectLineDeps {
  server: restify.Server;
  config: AppConfig;
  logger: Logger;
  prisma: Db;
  cipher: FieldCipher;
  hasher: UserHasher;
  /** The main adapter: its onTurnError (apology, logs, metrics) is reused for in-process turns. */
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  /** Overrides for tests. */
  pollMs?: number;
}

export interface BuiltInDirectLine {
  readonly service: DirectLineService;
  readonly store: DirectLineStore;
  readonly hub: ConversationHub;
  readonly tokens: DirectLineTokens;
  /** The serviceUrl prefix the bot posts replies to (contains the connector key). */
  serviceUrl(): string;
  /** Closes streams, stops the sweeper and waits for turns in flight. */
  close(): Promise<void>;
}

/** Wires the built-in Direct Line endpoint (routes, stream, connector, sweeper) onto the server. */
export function createBuiltInDirectLine(deps: BuiltInDirectLineDeps): BuiltInDirectLine {
  const { config, logger } = deps;
  const tokenSecret = config.web.directLine.tokenSecret ?? randomSecret(logger);
  const store = new DirectLineStore(deps.prisma, deps.cipher, {
    historyLimit: HISTORY_LIMIT,
    ttlMs: config.web.directLine.conversationTtlHours * 3_600_000,
  });
  const tokens = new DirectLineTokens(tokenSecret);
  const hub = new ConversationHub(store, {
    pollMs: deps.pollMs ?? CROSS_INSTANCE_POLL_MS,
    maxStreamsPerConversation: MAX_STREAMS_PER_CONVERSATION,
    maxStreams: MAX_STREAMS,
    logger,
  });
  const key = connectorKey(tokenSecret);
  const serviceUrl = () => {
    const address = deps.server.address() as { port: number } | null;
    return connectorServiceUrl(config.host, address?.port ?? config.port, key);
  };
  const adapter = new InProcessAdapter();
  adapter.onTurnError = deps.adapter.onTurnError;
  const bot = { id: config.auth.appId ?? 'iop-assistant', name: config.botName, role: 'bot' };
  const service = new DirectLineService({
    store,
    tokens,
    hub,
    adapter,
    logic: deps.logic,
    hasher: deps.hasher,
    logger,
    bot,
    serviceUrl,
  });
  const shared = {
    allowedOrigins: config.web.allowedEmbedOrigins,
    publicBaseUrl: config.web.publicBaseUrl,
    logger,
  };
  registerDirectLineRoutes(deps.server, {
    ...shared,
    service,
    tokens,
    startLimiter: new RateLimiter(config.web.tokensPerMinute),
    postLimiter: new RateLimiter(POSTS_PER_MINUTE, 10),
    trustedProxyHops: config.web.trustedProxyHops,
  });
  registerConnectorRoutes(deps.server, { service, key, maxBodyBytes: config.maxBodyBytes, logger });
  const streams = attachStreamServer(deps.server.server, {
    ...shared,
    tokens,
    store,
    hub,
    trustProxy: config.web.trustedProxyHops > 0,
  });
  const sweep = () =>
    void store.sweep().catch(() => logger.warn('direct line: expired conversations could not be swept'));
  const sweeper = setInterval(sweep, SWEEP_EVERY_MS);
  sweeper.unref();
  sweep();
  let closing: Promise<void> | undefined;
  return {
    service,
    store,
    hub,
    tokens,
    serviceUrl,
    close() {
      closing ??= (async () => {
        clearInterval(sweeper);
        hub.shutdown();
        streams.close();
        await service.idle();
      })();
      return closing;
    },
  };
}

function randomSecret(logger: Logger): string {
  logger.warn(
    'DIRECT_LINE_TOKEN_SECRET is not set: website chats use a random key for this run only, so a restart ' +
      'ends open chats and other instances cannot serve them. Set it (openssl rand -base64 48) for real use.',
  );
  return crypto.randomBytes(48).toString('base64');
}
