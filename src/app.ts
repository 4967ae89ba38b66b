import type { Storage, TurnContext } from 'botbuilder';
import type restify from 'restify';
import { MainRouter } from '../dialogs/mainRouter';
import { FallbackDialog } from '../dialogs/fallbackDialog';
import { createAdapter, createBotAuthentication } from './bot/botAdapter';
import { buildDialogs, type DialogServices } from './dialogCatalog';
import { IopBot } from './bot/iopBot';
import { MergingConversationState, MergingUserState } from './bot/mergingState';
import { type Clock, systemClock } from './bot/turnServices';
import type { AppConfig } from './config/config';
import { CoreMessages } from './content/coreMessages';
import { createLogger, type Logger } from './observability/logger';
import { Metrics } from './observability/metrics';
import { createCrisisScreen } from './safety/crisisScreen';
import { languageChooser } from './knowledge/languageChooser';
import { createHttpServer, InFlight } from './server/httpServer';
import { ConversationReferenceStore } from './storage/conversationReferenceStore';
import { type Database, openDatabase } from './storage/database';
import { createFieldCipher, type FieldCipher } from './storage/fieldCipher';
import { PrismaStorage } from './storage/prismaStorage';
import { DataRightsService } from './privacy/dataRightsService';
import { RetentionJob } from './privacy/retentionJob';
import { UserHasher } from './storage/userHasher';
import { registerWebChannels } from './channels/webPage/registerWebChannels';
import { CohortStore } from './reminders/cohortStore';
import { ConsentStore } from './reminders/consentStore';
import { Dispatcher } from './reminders/dispatcher';
import { guardedSender } from './reminders/guardedSender';
import { ProactiveSender } from './reminders/proactiveSender';
import { fixedQuietHours } from './reminders/quietHoursPolicy';
import { createReminderPorts } from './reminders/reminderPortAdapter';
import { ReminderStore } from './reminders/reminderStore';
import { loadSkillLibrary } from './reminders/skillLibrary';
import { createUserLock } from './reminders/userLock';
// --- Security ---
import { createMessageGuard } from './server/messageGuard';
import { createServiceUrlPolicy, type ServiceUrlPolicy } from './server/serviceUrlPolicy';

export interface AppOptions {
  clock?: Clock;
  logger?: Logger;
  metrics?: Metrics;
  /** Lets tests and the benchmark observe the bot's storage calls. */
  wrapStorage?: (storage: Storage) => Storage;
}

/** Everything the service is made of, wired once. Tests build it the same way `npm start` does. */
export interface App {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly database: Database;
  readonly cipher: FieldCipher;
  readonly server: restify.Server;
  readonly bot: IopBot;
  readonly references: ConversationReferenceStore;
  readonly services: DialogServices;
  readonly metrics: Metrics;
  /** Sends due reminders; started by `start()` unless REMINDERS_ENABLED=false. */
  readonly dispatcher: Dispatcher;
  // --- Security ---
  /** Where replies may go; proactive senders check `isAllowedServiceUrl(url, app.serviceUrlPolicy)`. */
  readonly serviceUrlPolicy: ServiceUrlPolicy;
  /** Starts listening; resolves with the bound port. */
  start(port?: number): Promise<number>;
  /** Stops accepting, lets turns in flight finish (up to the grace period), closes the database. */
  stop(): Promise<void>;
}

export async function createApp(config: AppConfig, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const metrics = options.metrics ?? new Metrics();
  const database = await openDatabase({
    ...config.database,
    projectRoot: config.projectRoot,
    onQuery: (model, operation, seconds) => metrics.dbQueryDuration.observe({ model, operation }, seconds),
  });
  const cipher = createFieldCipher(config.privacy.encryptionKeys);
  const hasher = new UserHasher(config.privacy.userHashSecret);
  const prismaStorage = new PrismaStorage(database.prisma, cipher, hasher);
  const storage = options.wrapStorage ? options.wrapStorage(prismaStorage) : prismaStorage;
  const references = new ConversationReferenceStore(database.prisma, cipher, hasher);
  const messages = CoreMessages.load({
    botName: config.botName,
    programName: config.programName,
    supportContact: config.supportContact,
  });
  const dialogMetrics = {
    faqAnswered: () => metrics.faqAnswers.inc(),
    faqNoMatch: () => metrics.faqNoMatch.inc(),
    locatorSearch: () => metrics.locatorSearches.inc(),
  };
  const dataRights = new DataRightsService(database.prisma, cipher);
  // One lock per person guards STOP against a reminder send in progress (ADR 0010).
  const userLock = createUserLock(database);
  const quietHours = fixedQuietHours(config.reminders.quietHours);
  const reminderPorts = createReminderPorts({
    reminders: new ReminderStore(database.prisma, cipher, clock, userLock, quietHours),
    consent: new ConsentStore(database.prisma, userLock, clock),
    cohorts: new CohortStore(database.prisma, cipher, clock, userLock, quietHours),
    prisma: database.prisma,
    cipher,
  });
  const services: DialogServices = {
    config,
    clock,
    database,
    cipher,
    hasher,
    references,
    messages,
    metrics: dialogMetrics,
    dataRights,
    reminders: reminderPorts,
    skills: loadSkillLibrary(),
  };
  const router = new MainRouter(
    buildDialogs(services),
    new FallbackDialog({ fallback: (l) => messages.for(l).fallback }),
  );
  // Several instances (or overlapping turns) may save one state at once: conflicts merge (ADR 0014).
  const stateOptions = {
    logger,
    onConflict: (outcome: string, scope: string) => metrics.stateConflicts.inc({ scope, outcome }),
  };
  const bot = new IopBot({
    eraser: dataRights,
    conversationState: new MergingConversationState(storage, stateOptions),
    userState: new MergingUserState(storage, stateOptions),
    references,
    hasher,
    router,
    crisis: createCrisisScreen(),
    languages: languageChooser,
    messages,
    clock,
    logger,
    observer: { crisisReply: (channel) => metrics.crisisReplies.inc({ channel }) },
    latestReminder: (userHash, now) => reminderPorts.reminders.findDelivered(userHash, now),
  });
  // --- Security ---
  const botAuthentication = createBotAuthentication(config);
  let ownServiceUrls = (): (string | undefined)[] => [];
  const serviceUrlPolicy = createServiceUrlPolicy({
    production: config.env === 'production',
    allowlist: config.security.serviceUrlAllowlist,
    ownServiceUrls: () => ownServiceUrls(),
  });
  const guard = createMessageGuard(
    { ...config.security, trustedProxyHops: config.web.trustedProxyHops },
    botAuthentication,
    serviceUrlPolicy,
    logger,
  );
  // --- end Security ---
  const adapter = createAdapter(
    config,
    logger,
    (context: TurnContext) => {
      const language = context.activity.locale?.toLowerCase().startsWith('es') ? 'es' : 'en';
      return messages.for(language).turnError;
    },
    (channel) => metrics.turnErrors.inc({ channel }),
    botAuthentication,
  );
  const inFlight = new InFlight();
  const server = createHttpServer(
    {
      name: config.botName,
      maxBodyBytes: config.maxBodyBytes,
      adapter,
      logic: (context) => bot.run(context),
      isReady: () => database.isReady(),
      logger,
      metrics,
      metricsToken: config.metricsToken,
      security: { guard, publicBaseUrl: config.web.publicBaseUrl },
    },
    inFlight,
  );

  // Channel endpoints beyond /api/messages (built-in Direct Line, the website page) are registered
  // here, after the core routes.
  const webChannels = registerWebChannels(server, {
    config,
    logger,
    prisma: database.prisma,
    cipher,
    hasher,
    adapter,
    logic: (context) => bot.run(context),
  });
  ownServiceUrls = () => [webChannels.directLine?.serviceUrl()]; // --- Security: the built-in connector may be called ---

  const dispatcher = new Dispatcher(
    {
      db: database.prisma,
      lock: userLock,
      sender: guardedSender(new ProactiveSender(adapter, config.auth.appId ?? ''), serviceUrlPolicy),
      cipher,
      clock,
      quietHours,
      metrics,
      logger,
    },
    {
      provider: database.provider,
      pollMs: config.reminders.pollMs,
      batchSize: config.reminders.batchSize,
      concurrency: config.reminders.concurrency,
    },
  );

  const retention = new RetentionJob(database.prisma, clock, config.privacy.retentionDays, (result) => {
    if (result instanceof Error) logger.error({ err: { type: result.name } }, 'retention purge failed');
    else logger.info({ purged: result }, 'retention purge');
  });

  let stopping: Promise<void> | undefined;
  return {
    config,
    logger,
    database,
    cipher,
    server,
    bot,
    references,
    services,
    metrics,
    serviceUrlPolicy,
    dispatcher,
    async start(port = config.port) {
      await new Promise<void>((resolve) => server.listen(port, config.host, resolve));
      const bound = (server.address() as { port: number }).port;
      retention.start();
      if (config.reminders.enabled) dispatcher.start();
      logger.info(
        { port: bound, database: database.provider, localMode: config.auth.localMode },
        'listening',
      );
      return bound;
    },
    stop() {
      stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // No new connections from here; idle keep-alive sockets go now, busy ones after their turn.
        server.server.closeIdleConnections();
        await Promise.race([
          inFlight.idle(),
          new Promise((r) => setTimeout(r, config.shutdownGraceMs).unref()),
        ]);
        server.server.closeAllConnections();
        await closed;
        await dispatcher.stop();
        await retention.stop();
        await database.close();
      })();
      return stopping;
    },
  };
}
