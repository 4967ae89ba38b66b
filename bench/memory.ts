import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import { createBenchDatabase } from './benchDatabases';
import { benchBotSettings } from './processes';

export interface MemoryFigures {
  conversations: number;
  /** Heap in use after a full garbage collection: what the process keeps, not what it once touched. */
  heapWarmMb: number;
  heapAt5kMb: number;
  heapAt10kMb: number;
  rssWarmMb: number;
  rssAt5kMb: number;
  rssAt10kMb: number;
}

const MB = 1024 * 1024;

/**
 * Memory after 10,000 distinct conversations (one person, one turn each). The bot runs inside the
 * bench process (started with --expose-gc) so the heap can be read after a full collection: RSS
 * alone keeps the allocator's high-water mark and reads as growth when nothing is retained.
 */
export async function benchMemory(): Promise<MemoryFigures> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('bench/memory: run node with --expose-gc (npm run bench does)');
  const db = await createBenchDatabase('sqlite');
  const config = loadConfig({
    ...benchBotSettings(),
    DATABASE_URL: db.url,
    LOG_LEVEL: 'silent',
    REMINDERS_ENABLED: 'false',
  });
  const app = await createApp(config);
  const port = await app.start(0);
  const baseUrl = `http://127.0.0.1:${port}`;
  const sample = () => {
    gc();
    gc();
    const usage = process.memoryUsage();
    return { heap: usage.heapUsed / MB, rss: usage.rss / MB };
  };
  let sent = 0;
  const drive = async (upTo: number) => {
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (sent < upTo) {
          const id = `mem-${sent++}`;
          const response = await fetch(`${baseUrl}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              type: 'message',
              channelId: 'webchat',
              deliveryMode: 'expectReplies',
              serviceUrl: 'http://127.0.0.1:9/',
              from: { id: `u-${id}` },
              recipient: { id: 'bot' },
              conversation: { id },
              text: 'what is an iop',
            }),
          });
          await response.arrayBuffer();
          if (!response.ok) throw new Error(`bench/memory: turn failed with HTTP ${response.status}`);
        }
      }),
    );
  };
  try {
    await drive(200);
    const warm = sample();
    await drive(5000);
    const at5k = sample();
    await drive(10000);
    const at10k = sample();
    return {
      conversations: sent,
      heapWarmMb: warm.heap,
      heapAt5kMb: at5k.heap,
      heapAt10kMb: at10k.heap,
      rssWarmMb: warm.rss,
      rssAt5kMb: at5k.rss,
      rssAt10kMb: at10k.rss,
    };
  } finally {
    await app.stop();
    await db.drop();
  }
}
