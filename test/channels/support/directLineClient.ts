import { WebSocket } from 'ws';

export interface StartedConversation {
  conversationId: string;
  token: string;
  expires_in: number;
  streamUrl: string;
}

export interface WireActivity {
  id: string;
  type: string;
  text?: string;
  summary?: string;
  from: { id: string; role?: string; name?: string };
  replyToId?: string;
  attachments?: unknown[];
  channelData?: Record<string, unknown>;
  [key: string]: unknown;
}

/** A minimal Direct Line 3.0 client, speaking to the bot's built-in endpoint as directlinejs does. */
export class DirectLineClient {
  constructor(
    readonly baseUrl: string,
    public token = '',
    public conversationId = '',
  ) {}

  static async start(
    baseUrl: string,
    body: unknown = { locale: 'en-US' },
  ): Promise<{ client: DirectLineClient; started: StartedConversation }> {
    const res = await fetch(`${baseUrl}/v3/directline/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`start: HTTP ${res.status} ${await res.text()}`);
    const started = (await res.json()) as StartedConversation;
    return { client: new DirectLineClient(baseUrl, started.token, started.conversationId), started };
  }

  request(method: string, path: string, body?: unknown, token = this.token): Promise<Response> {
    return fetch(`${this.baseUrl}/v3/directline${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async post(text: string, extra: Record<string, unknown> = {}): Promise<string> {
    const res = await this.request('POST', `/conversations/${this.conversationId}/activities`, {
      type: 'message',
      from: { id: 'someone-else', role: 'user' },
      locale: 'en-US',
      text,
      ...extra,
    });
    if (res.status !== 200) throw new Error(`post: HTTP ${res.status} ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  }

  async poll(watermark?: string): Promise<{ activities: WireActivity[]; watermark: string }> {
    const query = watermark === undefined ? '' : `?watermark=${watermark}`;
    const res = await this.request('GET', `/conversations/${this.conversationId}/activities${query}`);
    if (res.status !== 200) throw new Error(`poll: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as { activities: WireActivity[]; watermark: string };
  }

  /** Polls until an activity matches (the greeting turn runs after the start call returns). */
  async pollUntil(match: (a: WireActivity) => boolean, timeoutMs = 5000): Promise<WireActivity[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { activities } = await this.poll();
      if (activities.some(match)) return activities;
      if (Date.now() > deadline) throw new Error('pollUntil: nothing matched');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** A WebSocket stream that collects ActivitySets and lets a test wait for an activity. */
export class StreamListener {
  readonly activities: WireActivity[] = [];
  readonly raw: string[] = [];
  closeCode?: number;
  private waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const text = data.toString();
      this.raw.push(text);
      if (text)
        this.activities.push(...((JSON.parse(text) as { activities: WireActivity[] }).activities ?? []));
      this.waiters.forEach((w) => w());
    });
    socket.on('close', (code) => {
      this.closeCode = code;
      this.waiters.forEach((w) => w());
    });
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<StreamListener> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { headers });
      const listener = new StreamListener(socket);
      socket.once('open', () => resolve(listener));
      socket.once('unexpected-response', (_req, res) =>
        reject(new Error(`stream refused: HTTP ${res.statusCode}`)),
      );
      socket.once('error', reject);
    });
  }

  waitFor(match: (a: WireActivity) => boolean, timeoutMs = 5000): Promise<WireActivity> {
    return this.waitUntil(() => this.activities.find(match), timeoutMs, 'no matching activity on the stream');
  }

  waitForClose(timeoutMs = 5000): Promise<number> {
    return this.waitUntil(() => this.closeCode, timeoutMs, 'stream did not close');
  }

  close(): void {
    this.socket.close();
  }

  private waitUntil<T>(probe: () => T | undefined, timeoutMs: number, failure: string): Promise<T> {
    const found = probe();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${failure} within ${timeoutMs} ms`)), timeoutMs);
      const check = () => {
        const value = probe();
        if (value === undefined) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== check);
        resolve(value);
      };
      this.waiters.push(check);
    });
  }
}

/** What a stream refusal looks like to a client: the HTTP status of the failed upgrade. */
export function refusedStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('open', () => {
      socket.close();
      reject(new Error('stream was accepted'));
    });
    socket.once('error', () => undefined);
  });
}

/** Everything a person's browser received, as one string (for "never leaks" checks). */
export function wireText(activities: unknown[]): string {
  return JSON.stringify(activities);
}
