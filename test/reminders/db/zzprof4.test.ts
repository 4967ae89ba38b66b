import crypto from 'node:crypto';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { LoopbackConnector } from '../../../src/channels/loopbackConnector';
import { systemClock } from '../../../src/bot/turnServices';
import { Dispatcher } from '../../../src/reminders/dispatcher';
import { ProactiveSender } from '../../../src/reminders/proactiveSender';
import { createUserLock, type UserLock } from '../../../src/reminders/userLock';
import { createFieldCipher } from '../../../src/storage/fieldCipher';
import { seedDueOccurrences } from '../../../bench/dispatch';
import { openTestDatabase } from '../../support/testDatabases';
jest.setTimeout(300_000);
it('prof pg groups', async () => {
  const { db, cleanup } = await openTestDatabase('postgresql');
  const c = new LoopbackConnector(); const url = await c.start();
  const cipher = createFieldCipher([]);
  await seedDueOccurrences(db.prisma, cipher, { count: 3000, serviceUrl: url, dueAt: () => new Date(Date.now() - 1000) });
  const real = new ProactiveSender(new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})), '');
  const t: Record<string, number> = { send: 0, lockWait: 0, inLock: 0, n: 0, claim: 0 };
  const sender = { send: async (...a: Parameters<typeof real.send>) => { const s = performance.now(); await real.send(...a); t.send += performance.now() - s; } };
  const lock0 = createUserLock(db);
  const lock: UserLock = { run: lock0.run.bind(lock0), runAll: async (u, w, o) => { const s = performance.now(); return lock0.runAll(u, async (tx) => { t.lockWait += performance.now() - s; const s2 = performance.now(); try { return await w(tx); } finally { t.inLock += performance.now() - s2; t.n++; } }, o); } };
  const d = new Dispatcher({ db: db.prisma, lock, sender, cipher, clock: systemClock }, { provider: 'postgresql', concurrency: 8, batchSize: 200 });
  const t0 = performance.now(); let n = 0;
  for (;;) { const s = performance.now(); const k = await d.runOnce(); t.claim += performance.now() - s; n += k; if (!k) break; }
  const total = performance.now() - t0;
  console.log('n', n, 'total', Math.round(total), 'per sec', Math.round(c.received.length / total * 1000), JSON.stringify(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)]))));
  await c.stop(); await cleanup();
});
