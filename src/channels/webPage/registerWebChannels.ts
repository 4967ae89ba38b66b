import fs from 'node:fs';
import path from 'node:path';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type restify from 'restify';
import type { AppConfig } from '../../config/config';
import type { Logger } from '../../observability/logger';
import type { Db } from '../../storage/database';
import type { FieldCipher } from '../../storage/fieldCipher';
import type { UserHasher } from '../../storage/userHasher';
import { type BuiltInDirectLine, createBuiltInDirectLine } from '../directLine/builtInDirectLine';
import { RateLimiter } from '../directLine/rateLimiter';
import { registerAzureTokenRoute } from './azureTokenRoute';
import { type DirectLineMode, registerPageRoutes } from './pageRoutes';
import { loadPageText, type PageText } from './pageText';
import { StaticAssets } from './staticAssets';

export interface WebChannelDeps {
  config: AppConfig;
  logger: Logger;
  prisma: Db;
  cipher: FieldCipher;
  hasher: UserHasher;
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
}

export interface WebChannels {
  readonly mode: DirectLineMode;
  /** The built-in Direct Line endpoint (undefined in Azure mode). */
  readonly directLine?: BuiltInDirectLine;
  /** Closes streams and waits for chat turns in flight; call before closing the database. */
  close(): Promise<void>;
}

/**
 * Registers the website chat: the page and its files, the embed script, and either the built-in
 * Direct Line endpoint (no DIRECT_LINE_SECRET) or the token endpoint for Azure's hosted service.
 * Open WebSockets would keep the HTTP server from closing, so they are closed as soon as the
 * server's close() is called.
 */
export function registerWebChannels(server: restify.Server, deps: WebChannelDeps): WebChannels {
  const { config } = deps;
  const mode: DirectLineMode = config.web.directLine.secret ? 'azure' : 'builtin';
  const text = loadPageText(config.botName);
  const publicDir = path.join(config.projectRoot, 'public');
  const assets = buildAssets(config, publicDir, text);
  registerPageRoutes(server, {
    config,
    text,
    assets,
    template: fs.readFileSync(path.join(publicDir, 'index.html'), 'utf8'),
    mode,
  });
  let directLine: BuiltInDirectLine | undefined;
  if (mode === 'azure') {
    registerAzureTokenRoute(server, {
      secret: config.web.directLine.secret as string,
      endpoint: config.web.directLine.endpoint,
      limiter: new RateLimiter(config.web.tokensPerMinute),
      allowedOrigins: config.web.allowedEmbedOrigins,
      trustedProxyHops: config.web.trustedProxyHops,
      logger: deps.logger,
    });
  } else {
    directLine = createBuiltInDirectLine({ ...deps, server });
  }
  const channels: WebChannels = { mode, directLine, close: async () => directLine?.close() };
  closeWithServer(server, channels);
  return channels;
}

function buildAssets(config: AppConfig, publicDir: string, text: Record<string, PageText>): StaticAssets {
  const assets = new StaticAssets();
  const webChatDir = path.join(config.projectRoot, 'node_modules', 'botframework-webchat');
  const webChatVersion = (
    JSON.parse(fs.readFileSync(path.join(webChatDir, 'package.json'), 'utf8')) as { version: string }
  ).version;
  assets.add({
    urlPath: '/webchat/webchat.js',
    file: path.join(webChatDir, 'dist', 'webchat.js'),
    contentType: 'application/javascript; charset=utf-8',
    version: webChatVersion,
  });
  const own: [string, string, string][] = [
    ['/webchat/app.js', 'webchat/app.js', 'application/javascript; charset=utf-8'],
    ['/webchat/page.css', 'webchat/page.css', 'text/css; charset=utf-8'],
    ['/webchat/icon.svg', 'webchat/icon.svg', 'image/svg+xml'],
  ];
  for (const [urlPath, file, contentType] of own)
    assets.add({ urlPath, file: path.join(publicDir, file), contentType });
  const embedFile = path.join(publicDir, 'embed.js');
  assets.add({
    urlPath: '/embed.js',
    file: embedFile,
    contentType: 'application/javascript; charset=utf-8',
    body: Buffer.from(fillEmbedScript(fs.readFileSync(embedFile, 'utf8'), config.web.accentColor, text)),
    immutable: false,
  });
  return assets;
}

/** The embed script with its button labels and colour; JSON is made safe to sit inside a script. */
export function fillEmbedScript(source: string, accent: string, text: Record<string, PageText>): string {
  const labels = Object.fromEntries(
    Object.entries(text).map(([language, t]) => [
      language,
      { open: t.embedOpen, close: t.embedClose, title: t.embedFrameTitle },
    ]),
  );
  const json = JSON.stringify(labels).replace(
    /[<\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return source.replace('__IOP_EMBED_TEXT__', json).replace('__IOP_ACCENT__', accent);
}

function closeWithServer(server: restify.Server, channels: WebChannels): void {
  const http = server.server;
  const close = http.close.bind(http);
  http.close = ((callback?: (error?: Error) => void) => {
    void channels.close();
    return close(callback);
  }) as typeof http.close;
}
