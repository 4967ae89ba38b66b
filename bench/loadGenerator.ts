import http from 'node:http';
import { percentile } from './stats';

export interface LoadResult {
  turns: number;
  errors: number;
  turnsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

export interface LoadOptions {
  concurrency: number;
  durationMs: number;
  /** The text of conversation `c`'s turn number `n`. */
  turnText: (conversation: number, turn: number) => string;
  /** Prefix for conversation ids, so runs never share state. */
  runId: string;
}

/**
 * Simulated people holding conversations: `concurrency` conversations, each sending its next turn
 * as soon as the previous one was answered (closed loop), through POST /api/messages with
 * deliveryMode expectReplies, for `durationMs`.
 */
export async function runLoad(baseUrl: string, options: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency + 4 });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const conversationLoop = async (c: number) => {
    for (let turn = 0; performance.now() < deadline; turn++) {
      const body = JSON.stringify({
        type: 'message',
        id: `${options.runId}-${c}-${turn}`,
        channelId: 'webchat',
        deliveryMode: 'expectReplies',
        serviceUrl: 'http://127.0.0.1:9/',
        from: { id: `${options.runId}-user-${c}` },
        recipient: { id: 'bot' },
        conversation: { id: `${options.runId}-conv-${c}` },
        locale: 'en-US',
        localTimezone: 'America/New_York',
        text: options.turnText(c, turn),
      });
      const t0 = performance.now();
      try {
        const status = await post(`${baseUrl}/api/messages`, body, agent);
        if (status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, c) => conversationLoop(c)));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    turns: latencies.length,
    errors,
    turnsPerSecond: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
  };
}

/** One POST over a keep-alive agent; resolves with the status once the body has been read. */
export function post(url: string, body: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
