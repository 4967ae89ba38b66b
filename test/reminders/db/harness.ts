import crypto from 'node:crypto';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationReference,
} from 'botbuilder';
import type { DatabaseProvider } from '../../../src/config/config';
import { type CapturedActivity, LoopbackConnector } from '../../../src/channels/loopbackConnector';
import { CohortStore } from '../../../src/reminders/cohortStore';
import { ConsentStore } from '../../../src/reminders/consentStore';
import { Dispatcher, type DispatcherDeps, type DispatcherOptions } from '../../../src/reminders/dispatcher';
import { ProactiveSender } from '../../../src/reminders/proactiveSender';
import { ReminderStore } from '../../../src/reminders/reminderStore';
import { createUserLock, type UserLock } from '../../../src/reminders/userLock';
import { ConversationReferenceStore } from '../../../src/storage/conversationReferenceStore';
import type { Database, Db } from '../../../src/storage/database';
import { createFieldCipher, type FieldCipher } from '../../../src/storage/fieldCipher';
import { UserHasher } from '../../../src/storage/userHasher';
import { FakeClock } from '../../support/testApp';
import { openTestDatabase } from '../../support/testDatabases';

export { FakeClock };

export interface Person {
  userHash: string;
  conversationKey: string;
  channelId: string;
  conversationId: string;
}

/** A reminders world on one test database: stores, a capture connector and a dispatcher factory. */
export interface Harness {
  provider: DatabaseProvider;
  /** The test database's URL, for a second connection pool (another "instance"). */
  url: string;
  database: Database;
  prisma: Db;
  clock: FakeClock;
  cipher: FieldCipher;
  connector: LoopbackConnector;
  serviceUrl: string;
  adapter: CloudAdapter;
  sender: ProactiveSender;
  references: ConversationReferenceStore;
  lock: UserLock;
  reminders: ReminderStore;
  consent: ConsentStore;
  cohorts: CohortStore;
  person(channelId?: string): Promise<Person>;
  dispatcher(options?: Partial<DispatcherOptions>, deps?: Partial<DispatcherDeps>): Dispatcher;
  /** Captures for one conversation. */
  capturesFor(person: Person): CapturedActivity[];
  close(): Promise<void>;
}

/** 2026-12-01 09:00 in New York: a Tuesday morning outside quiet hours. */
export const START = new Date('2026-12-01T14:00:00Z');
export const ZONE = 'America/New_York';

export async function openHarness(provider: DatabaseProvider, start: Date = START): Promise<Harness> {
  const { db: database, test, cleanup } = await openTestDatabase(provider);
  const prisma = database.prisma;
  const clock = new FakeClock(start);
  const cipher = createFieldCipher([{ id: 't1', key: crypto.randomBytes(32) }]);
  const hasher = new UserHasher(crypto.randomBytes(32));
  const connector = new LoopbackConnector();
  const serviceUrl = await connector.start();
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const sender = new ProactiveSender(adapter, '');
  const references = new ConversationReferenceStore(prisma, cipher, hasher);
  const lock = createUserLock(database);
  const dispatchers: Dispatcher[] = [];
  return {
    provider,
    url: test.url,
    database,
    prisma,
    clock,
    cipher,
    connector,
    serviceUrl,
    adapter,
    sender,
    references,
    lock,
    reminders: new ReminderStore(prisma, cipher, clock, lock),
    consent: new ConsentStore(prisma, lock, clock),
    cohorts: new CohortStore(prisma, cipher, clock, lock),
    person: personFactory(references, hasher, serviceUrl),
    dispatcher(options = {}, deps = {}) {
      const d = new Dispatcher(
        { db: prisma, lock, sender, cipher, clock, ...deps },
        { provider, pollMs: 20, concurrency: 4, ...options },
      );
      dispatchers.push(d);
      return d;
    },
    capturesFor(person) {
      return connector.received.filter((c) => c.conversationId === person.conversationId);
    },
    async close() {
      await Promise.all(dispatchers.map((d) => d.stop()));
      await connector.stop();
      await cleanup();
    },
  };
}

/** Makes new people, each with a stored conversation reference pointing at the capture connector. */
function personFactory(references: ConversationReferenceStore, hasher: UserHasher, serviceUrl: string) {
  let people = 0;
  return async (channelId = 'webchat'): Promise<Person> => {
    people += 1;
    const conversationId = `conv-${people}-${crypto.randomBytes(3).toString('hex')}`;
    const userId = `user-${people}`;
    const reference = {
      channelId,
      serviceUrl,
      conversation: { id: conversationId },
      user: { id: userId },
      bot: { id: 'bot' },
    } as Partial<ConversationReference>;
    await references.remember(reference);
    const conversationKey = references.keyFor(reference);
    return { userHash: hasher.hash(channelId, userId), conversationKey, channelId, conversationId };
  };
}

/** The occurrence reference carried by a captured reminder's buttons ("done #3f9a2b1c" → "3f9a2b1c"). */
export { capturedRef as refOf } from '../../../bench/dispatch';

/** Runs the dispatcher until a poll claims nothing. */
export async function drain(dispatcher: Dispatcher, maxRounds = 50): Promise<number> {
  let total = 0;
  for (let i = 0; i < maxRounds; i += 1) {
    const claimed = await dispatcher.runOnce();
    total += claimed;
    if (claimed === 0) return total;
  }
  throw new Error(`drain: still claiming after ${maxRounds} rounds`);
}
