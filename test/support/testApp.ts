import type { Activity, Storage } from 'botbuilder';
import { createApp, type App } from '../../src/app';
import type { Clock } from '../../src/bot/turnServices';
import { loadConfig } from '../../src/config/config';
import { LoopbackConnector } from '../../src/channels/loopbackConnector';
import { createLogger } from '../../src/observability/logger';
import type { DatabaseProvider } from '../../src/config/config';
import { createTestDatabase, type TestDatabase } from './testDatabases';
import { Writable } from 'node:stream';

/** A settable clock for tests. */
export class FakeClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(date: Date | string): void {
    this.current = new Date(date);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Captures log lines in memory so tests can assert what (never) gets logged. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.lines.push(chunk.toString('utf8'));
    done();
  }
  get text(): string {
    return this.lines.join('');
  }
}

export interface RunningTestApp {
  app: App;
  baseUrl: string;
  connector: LoopbackConnector;
  serviceUrl: string;
  logs: LogCapture;
  database: TestDatabase;
  clock?: FakeClock;
  close(): Promise<void>;
}

export interface TestAppOptions {
  wrapStorage?: (storage: Storage) => Storage;
  provider?: DatabaseProvider;
  env?: Record<string, string>;
  clock?: FakeClock;
  database?: TestDatabase;
}

/** The real app on an ephemeral loopback port, with a capture connector as the channel. */
export async function startTestApp(options: TestAppOptions = {}): Promise<RunningTestApp> {
  const database = options.database ?? (await createTestDatabase(options.provider ?? 'sqlite'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    SHUTDOWN_GRACE_MS: '2000',
    DATABASE_URL: database.url,
    // --- Security: suites post many turns from one address; test/security turns the limits on ---
    RATE_LIMIT_MESSAGES_PER_MINUTE: '0',
    RATE_LIMIT_IP_PER_MINUTE: '0',
    ...options.env,
  });
  const logs = new LogCapture();
  const app = await createApp(config, {
    logger: createLogger(config.logLevel, logs),
    clock: options.clock,
    wrapStorage: options.wrapStorage,
  });
  const port = await app.start(0);
  const connector = new LoopbackConnector();
  const serviceUrl = await connector.start();
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    connector,
    serviceUrl,
    logs,
    database,
    clock: options.clock,
    async close() {
      await app.stop();
      await connector.stop();
      if (!options.database) await database.destroy();
    },
  };
}

let counter = 0;

/** A message activity as a channel would post it. */
export function messageActivity(text: string, overrides: Record<string, unknown> = {}): Partial<Activity> {
  counter++;
  return {
    type: 'message',
    id: `act-${counter}`,
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:9/',
    from: { id: 'user-1', name: 'Visitor' },
    recipient: { id: 'bot', name: 'IOP Guide' },
    conversation: { id: 'conv-1' },
    locale: 'en-US',
    text,
    timestamp: new Date(),
    ...overrides,
  } as Partial<Activity>;
}

export async function postActivity(
  baseUrl: string,
  activity: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
}

/** Posts with deliveryMode expectReplies and returns the replies from the response body. */
export async function ask(
  baseUrl: string,
  text: string,
  overrides: Record<string, unknown> = {},
): Promise<Partial<Activity>[]> {
  const res = await postActivity(
    baseUrl,
    messageActivity(text, { deliveryMode: 'expectReplies', ...overrides }),
  );
  if (res.status !== 200) throw new Error(`ask: HTTP ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { activities?: Partial<Activity>[] };
  return body.activities ?? [];
}

/** All the text a person would read in these replies (text, summaries, card text). */
export function visibleText(replies: Partial<Activity>[]): string {
  return replies
    .map((r) =>
      [r.text ?? '', (r as { summary?: string }).summary ?? '', JSON.stringify(r.attachments ?? [])].join(
        ' ',
      ),
    )
    .join('\n');
}
