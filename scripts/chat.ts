/**
 * `npm run chat`: talk to the bot in the terminal, with no Azure account.
 *   npm run chat                      starts the bot in this process (same database as npm start)
 *   npm run chat -- --url URL         talks to a bot already running at URL (e.g. http://localhost:3978)
 *   npm run chat -- --sms             renders replies as the SMS channel would
 * Replies, and reminders sent later, arrive at a loopback stand-in for the Bot Connector service.
 */
import 'dotenv/config';
import readline from 'node:readline';
import { createApp } from '../src/app';
import { LoopbackConnector } from '../src/channels/loopbackConnector';
import { loadConfig } from '../src/config/config';
import { createLogger } from '../src/observability/logger';

interface ChatOptions {
  url?: string;
  channelId: string;
}

function parseArgs(argv: string[]): ChatOptions {
  const options: ChatOptions = { channelId: 'terminal' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') options.url = argv[++i];
    else if (argv[i] === '--sms') options.channelId = 'sms';
    else throw new Error(`Unknown option ${argv[i]}. Usage: npm run chat -- [--url URL] [--sms]`);
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  let baseUrl = options.url?.replace(/\/$/, '');
  let stopApp = async () => undefined as void;
  if (!baseUrl) {
    const config = loadConfig({
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    });
    const app = await createApp(config, { logger: createLogger(config.logLevel) });
    baseUrl = `http://127.0.0.1:${await app.start(0)}`;
    stopApp = () => app.stop();
  }
  const connector = new LoopbackConnector();
  const serviceUrl = await connector.start();
  connector.onActivity(({ activity }) => {
    const text = activity.text ?? (activity as { summary?: string }).summary;
    if (text) process.stdout.write(`\nbot> ${text.replace(/\n/g, '\nbot> ')}\n`);
  });
  const conversation = { id: `${options.channelId}-local-chat` };
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'you> ' });
  process.stdout.write(`Chatting with the bot at ${baseUrl} (${options.channelId}). Type "quit" to leave.\n`);
  let sequence = 0;
  const post = async (text: string) => {
    const res = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `chat-${Date.now()}-${sequence++}`,
        channelId: options.channelId,
        serviceUrl,
        from: { id: 'local-chat-user' },
        recipient: { id: 'bot' },
        conversation,
        locale: Intl.DateTimeFormat().resolvedOptions().locale,
        localTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        text,
      }),
    });
    if (res.status >= 400)
      process.stdout.write(`(the bot answered HTTP ${res.status}: ${await res.text()})\n`);
  };
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === 'quit' || text === 'exit') break;
    if (text) await post(text);
    await new Promise((r) => setTimeout(r, 150));
    rl.prompt();
  }
  rl.close();
  await connector.stop();
  await stopApp();
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
