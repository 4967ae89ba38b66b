import { purgeIdleData } from '../../src/privacy/retentionJob';
import { openTestDatabase, providers } from '../support/testDatabases';

describe.each(providers())('retention on %s', (provider) => {
  test('idle state and chat history go; recent data and references of active reminders stay', async () => {
    const { db, cleanup } = await openTestDatabase(provider);
    try {
      const prisma = db.prisma;
      const old = new Date('2026-09-01T00:00:00Z');
      const now = new Date('2026-11-29T00:00:00Z');
      await prisma.stateEntry.create({ data: { key: 'old', value: 'p:{}', etag: '1' } });
      await prisma.stateEntry.create({ data: { key: 'new', value: 'p:{}', etag: '1' } });
      await prisma.$executeRaw`UPDATE "StateEntry" SET "updatedAt" = ${old} WHERE "key" = 'old'`;
      await prisma.directLineConversation.create({ data: { id: 'dl-old', lastActivityAt: old } });
      await prisma.directLineActivity.create({
        data: { conversationId: 'dl-old', seq: 0, activity: 'p:{}', createdAt: old },
      });
      await prisma.directLineConversation.create({ data: { id: 'dl-new', lastActivityAt: now } });
      await prisma.directLineActivity.create({
        data: { conversationId: 'dl-new', seq: 0, activity: 'p:{}', createdAt: now },
      });
      for (const key of ['sms|idle', 'sms|reminded']) {
        await prisma.conversationRef.create({
          data: { key, channelId: 'sms', userHash: key, reference: 'p:{}' },
        });
        await prisma.$executeRaw`UPDATE "ConversationRef" SET "updatedAt" = ${old} WHERE "key" = ${key}`;
      }
      await prisma.reminder.create({
        data: {
          userHash: 'h',
          conversationKey: 'sms|reminded',
          channelId: 'sms',
          kind: 'custom',
          what: 'p:x',
          rrule: 'FREQ=DAILY',
          timeZone: 'UTC',
        },
      });

      const result = await purgeIdleData(prisma, now, 30);
      expect(result).toEqual({
        stateEntries: 1,
        directLineActivities: 1,
        directLineConversations: 1,
        conversationReferences: 1,
      });
      expect((await prisma.stateEntry.findMany()).map((r) => r.key)).toEqual(['new']);
      expect((await prisma.directLineConversation.findMany()).map((r) => r.id)).toEqual(['dl-new']);
      expect((await prisma.conversationRef.findMany()).map((r) => r.key)).toEqual(['sms|reminded']);
      expect(await prisma.reminder.count()).toBe(1);
    } finally {
      await cleanup();
    }
  });
});
