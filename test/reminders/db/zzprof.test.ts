import crypto from 'node:crypto';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { LoopbackConnector } from '../../../src/channels/loopbackConnector';
import { ProactiveSender } from '../../../src/reminders/proactiveSender';
import { ReminderMessages } from '../../../src/reminders/reminderMessages';
jest.setTimeout(300_000);
it('sender speed', async () => {
  const c = new LoopbackConnector(); const url = await c.start();
  const sender = new ProactiveSender(new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})), '');
  const m = ReminderMessages.load().build({ occurrenceId: crypto.randomUUID(), kind: 'custom', what: 'x', language: 'en', timeZone: 'UTC', eventAt: new Date() });
  for (const conc of [1, 8]) {
    const t = Date.now(); let n = 0;
    await Promise.all(Array.from({ length: conc }, async (_, lane) => { for (let i = 0; i < 1500; i++) { await sender.send({ channelId: 'webchat', serviceUrl: url, conversation: { id: `c${lane}-${i}` } as never, bot: { id: 'b' } as never, user: { id: 'u' } as never }, m); n++; } }));
    console.log('conc', conc, 'per sec', Math.round(n / (Date.now() - t) * 1000));
  }
  await c.stop();
});
