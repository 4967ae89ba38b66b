import 'dotenv/config';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config/config';
import { createLogger } from './observability/logger';

/** `npm start`: read the configuration, build the app, listen, and shut down cleanly on a signal. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  if (config.auth.localMode) {
    logger.warn(
      'local mode: no MicrosoftAppId is set, so inbound requests are NOT authenticated. Use this only on a trusted machine.',
    );
  }
  if (config.privacy.insecureDefaults) {
    logger.warn(
      'FIELD_ENCRYPTION_KEY or USER_HASH_SECRET is not set: stored data is not encrypted. Production requires both.',
    );
  }
  const app = await createApp(config, { logger });
  const port = await app.start();
  logger.info({ url: `http://localhost:${port}`, database: config.database.provider }, 'IOP assistant ready');
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: { type: (error as Error).name } }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
