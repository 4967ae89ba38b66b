import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export interface CapturedActivity {
  conversationId: string;
  activity: Partial<Activity>;
  receivedAt: number;
}

interface ScriptedFailure {
  status: number;
  retryAfterSeconds?: number;
}

/**
 * A stand-in for the Bot Connector service on loopback: it accepts the REST calls a bot makes to
 * `serviceUrl` (`POST /v3/conversations/{id}/activities[/{replyToId}]`) and records them. The
 * terminal chat uses it to print replies and reminders; tests and the benchmark use it to see what
 * a channel would receive, and to script failures such as 429 storms.
 */
export class LoopbackConnector {
  readonly received: CapturedActivity[] = [];
  private server?: http.Server;
  private listeners: ((captured: CapturedActivity) => void)[] = [];
  private failures: ScriptedFailure[] = [];
  private nextId = 1;

  async start(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    const address = this.server.address() as AddressInfo;
    return `http://${host}:${address.port}`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** The next `count` sends are answered with `status` (and Retry-After when given). */
  failNext(count: number, status: number, retryAfterSeconds?: number): void {
    for (let i = 0; i < count; i++) this.failures.push({ status, retryAfterSeconds });
  }

  onActivity(listener: (captured: CapturedActivity) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /** Resolves with the first activity (already received or arriving) that matches. */
  waitFor(match: (c: CapturedActivity) => boolean, timeoutMs = 5000): Promise<CapturedActivity> {
    const found = this.received.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`LoopbackConnector.waitFor: nothing matched within ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.onActivity((c) => {
        if (!match(c)) return;
        clearTimeout(timer);
        off();
        resolve(c);
      });
    });
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    // restify patches http.ServerResponse globally and its writeHead does not return `this`,
    // so responses here are written without chaining.
    const reply = (status: number, headers: Record<string, string> = {}, body?: string) => {
      res.writeHead(status, headers);
      res.end(body);
    };
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/.exec(
      (req.url ?? '').split('?')[0],
    );
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || !match) {
        reply(req.method === 'POST' ? 404 : 405);
        return;
      }
      const failure = this.failures.shift();
      if (failure) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (failure.retryAfterSeconds !== undefined)
          headers['retry-after'] = String(failure.retryAfterSeconds);
        reply(
          failure.status,
          headers,
          JSON.stringify({ error: { code: 'Scripted', message: 'scripted failure' } }),
        );
        return;
      }
      let activity: Partial<Activity>;
      try {
        activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<Activity>;
      } catch {
        reply(400);
        return;
      }
      const captured = { conversationId: decodeURIComponent(match[1]), activity, receivedAt: Date.now() };
      this.received.push(captured);
      for (const listener of [...this.listeners]) listener(captured);
      reply(200, { 'content-type': 'application/json' }, JSON.stringify({ id: `captured-${this.nextId++}` }));
    });
  }
}
