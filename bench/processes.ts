import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';

export const projectRoot = path.resolve(__dirname, '..', '..');

export interface BotProcess {
  baseUrl: string;
  child: ChildProcess;
  /** Milliseconds from spawn to /readyz answering 200. */
  coldStartMs: number;
  stop(): Promise<void>;
}

/**
 * Settings every bot under load gets: production mode without a Bot Framework app (the load is
 * local), fresh secrets, and no abuse limits or serviceUrl refusals. The load comes from one
 * address and a few conversations at a rate no person types, so the abuse limits would refuse it;
 * the generator's serviceUrl is a loopback placeholder (replies come back in the response body)
 * that production's serviceUrl policy must be told about.
 */
export function benchBotSettings(): Record<string, string> {
  return {
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    ALLOW_UNAUTHENTICATED_IN_PRODUCTION: 'true',
    FIELD_ENCRYPTION_KEY: `bench:${crypto.randomBytes(32).toString('base64')}`,
    USER_HASH_SECRET: crypto.randomBytes(32).toString('base64'),
    RATE_LIMIT_MESSAGES_PER_MINUTE: '0',
    RATE_LIMIT_IP_PER_MINUTE: '0',
    SERVICE_URL_ALLOWLIST: '127.0.0.1:9',
  };
}

/**
 * Starts a bot as its own process (the project's compiled service, or the echo baseline) on a
 * loopback port, and waits until /readyz says it is ready.
 */
export async function startBotProcess(
  kind: 'project' | 'echo',
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<BotProcess> {
  const started = performance.now();
  const script =
    kind === 'project'
      ? path.join(projectRoot, 'dist', 'src', 'index.js')
      : path.join(projectRoot, 'dist', 'bench', 'echoBot.js');
  const child = spawn(process.execPath, [...nodeArgs, script, ...(kind === 'echo' ? ['0'] : [])], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...benchBotSettings(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} bot did not start:\n${out}`)), 60000);
    const check = () => {
      const m = /"port":(\d+)/.exec(out) ?? /listening (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`${kind} bot exited with ${code}:\n${out}`)));
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (;;) {
    const res = await fetch(`${baseUrl}/readyz`).catch(() => undefined);
    if (res?.status === 200) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const coldStartMs = performance.now() - started;
  return {
    baseUrl,
    child,
    coldStartMs,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
