import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { errorSummary } from '../../bot/iopBot';
import type { Logger } from '../../observability/logger';
import { type ConversationHub, HubFull } from './conversationHub';
import { DIRECT_LINE_PREFIX, watermarkOf } from './directLineRoutes';
import type { DirectLineStore } from './directLineStore';
import { bearerToken, type DirectLineTokens, TokenRejected } from './directLineTokens';
import { publicOrigin } from './publicOrigin';

export interface StreamServerDeps {
  tokens: DirectLineTokens;
  store: DirectLineStore;
  hub: ConversationHub;
  allowedOrigins: readonly string[];
  publicBaseUrl?: string;
  trustProxy: boolean;
  logger: Logger;
  /** Ping interval; a socket that missed a whole interval's pong is dropped. */
  heartbeatMs?: number;
}

const STREAM_PATH = new RegExp(`^${DIRECT_LINE_PREFIX}/conversations/([^/]+)/stream$`);

/**
 * The Direct Line WebSocket stream (`streamUrl`), on the same port as the HTTP routes: upgrades
 * for the stream path are taken from restify's underlying http.Server. A stream needs a token for
 * its conversation (`?t=` as the hosted service's stream URLs carry, or an Authorization header),
 * and a browser's Origin must be this site or an allowed embedding site. The client sends nothing
 * but keep-alives; the server sends ActivitySets.
 */
export function attachStreamServer(server: http.Server, deps: StreamServerDeps): { close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024, perMessageDeflate: false });
  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0];
    const match = STREAM_PATH.exec(path);
    if (!match) {
      if (path.startsWith(DIRECT_LINE_PREFIX) || server.listenerCount('upgrade') === 1)
        refuse(socket, 404, 'Not Found');
      return;
    }
    socket.on('error', () => socket.destroy());
    void accept(req, socket, head, decodeURIComponent(match[1]));
  };

  const accept = async (req: http.IncomingMessage, socket: Duplex, head: Buffer, conversationId: string) => {
    try {
      if (!originAllowed(req, deps)) return refuse(socket, 403, 'Forbidden');
      const token =
        new URL(req.url ?? '/', 'http://local').searchParams.get('t') ??
        bearerToken(req.headers.authorization);
      deps.tokens.verify(token ?? undefined, conversationId);
      if (!(await deps.store.isOpen(conversationId))) return refuse(socket, 404, 'Not Found');
      wss.handleUpgrade(req, socket, head, (ws) => open(ws, conversationId, watermarkOf(req.url)));
    } catch (error) {
      if (error instanceof TokenRejected)
        return refuse(socket, error.problem === 'missing' ? 401 : 403, 'Forbidden');
      deps.logger.warn({ err: errorSummary(error) }, 'direct line stream could not open');
      refuse(socket, 500, 'Internal Server Error');
    }
  };

  const open = (ws: WebSocket, conversationId: string, watermark: number) => {
    let alive = true;
    ws.on('pong', () => (alive = true));
    ws.on('error', () => ws.terminate());
    const heartbeat = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, deps.heartbeatMs ?? 30_000);
    heartbeat.unref();
    let unsubscribe = () => undefined as void;
    ws.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
    try {
      unsubscribe = deps.hub.subscribe(conversationId, watermark, {
        send: (set) => ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify(set)),
        close: (code, reason) => ws.close(code, reason),
      });
    } catch (error) {
      ws.close(error instanceof HubFull ? 1013 : 1011, 'try again later');
    }
  };

  server.on('upgrade', onUpgrade);
  return {
    close() {
      server.off('upgrade', onUpgrade);
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}

function originAllowed(req: http.IncomingMessage, deps: StreamServerDeps): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (deps.allowedOrigins.includes(origin)) return true;
  try {
    return (
      origin === publicOrigin(req, deps.publicBaseUrl, deps.trustProxy) ||
      origin === `http://${req.headers.host}` ||
      origin === `https://${req.headers.host}`
    );
  } catch {
    return false;
  }
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
