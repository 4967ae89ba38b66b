import type { Db } from '../../src/storage/database';
import { ask, startTestApp, type RunningTestApp } from '../support/testApp';
import { providers } from '../support/testDatabases';

const TABLES = [
  'stateEntry',
  'conversationRef',
  'reminder',
  'reminderOccurrence',
  'practiceLog',
  'cohort',
  'cohortMember',
  'consentRecord',
  'optOut',
  'directLineConversation',
  'directLineActivity',
  'programFeedback',
] as const;

/** Every row of every table, as text, to search for anything that names the person. */
async function dumpAll(prisma: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const rows = await (prisma[table] as unknown as { findMany(): Promise<unknown[]> }).findMany();
    out[table] = JSON.stringify(rows);
  }
  return out;
}

describe.each(providers())('data rights on %s', (provider) => {
  let t: RunningTestApp;
  beforeAll(async () => {
    t = await startTestApp({
      provider,
      env: { FIELD_ENCRYPTION_KEY: `k1:${Buffer.alloc(32, 7).toString('base64')}` },
    });
  });
  afterAll(async () => t.close());

  async function seedPerson(userId: string, conversationId: string): Promise<string> {
    const prisma = t.app.database.prisma;
    const userHash = t.app.services.hasher.hash('webchat', userId);
    const conversationKey = `webchat|${conversationId}`;
    const reminder = await prisma.reminder.create({
      data: {
        userHash,
        conversationKey,
        channelId: 'webchat',
        kind: 'skill',
        what: t.app.cipher.seal('practice box breathing'),
        rrule: 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0',
        timeZone: 'America/New_York',
      },
    });
    await prisma.reminderOccurrence.create({
      data: {
        reminderId: reminder.id,
        scheduledFor: new Date('2026-12-01T01:00:00Z'),
        dueAt: new Date('2026-12-01T01:00:00Z'),
        idempotencyKey: `${reminder.id}:1`,
      },
    });
    await prisma.practiceLog.create({ data: { userHash, skillId: 'box-breathing' } });
    const cohort = await prisma.cohort.create({
      data: {
        name: 'Tuesday evening group',
        joinCode: `J${Math.random().toString(36).slice(2, 9)}`,
        schedule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=18;BYMINUTE=0',
        timeZone: 'America/New_York',
      },
    });
    await prisma.cohortMember.create({ data: { cohortId: cohort.id, userHash, conversationKey } });
    await prisma.consentRecord.create({ data: { userHash, channelId: 'webchat', action: 'opt_out' } });
    await prisma.optOut.create({ data: { userHash, channelId: 'webchat' } });
    await prisma.directLineConversation.create({ data: { id: conversationId, userHash } });
    await prisma.directLineActivity.create({
      data: { conversationId, seq: 0, activity: t.app.cipher.seal('{"text":"hello"}') },
    });
    return userHash;
  }

  test('"what do you know about me?" lists everything stored, in plain words', async () => {
    const conversation = { id: `dr-show-${provider}` };
    const from = { id: `person-show-${provider}` };
    await ask(t.baseUrl, 'hello', { conversation, from, localTimezone: 'America/New_York' });
    await seedPerson(from.id, conversation.id);
    const text = (await ask(t.baseUrl, 'What do you know about me?', { conversation, from }))
      .map((r) => r.text)
      .join('\n');
    expect(text).toMatch(/Reminders: 1/);
    expect(text).toMatch(/practice box breathing \(active\)/);
    expect(text).toMatch(/Practice log: 1/);
    expect(text).toMatch(/Tuesday evening group/);
    expect(text).toMatch(/opted out \(webchat/);
    expect(text).toMatch(/This conversation started: /);
    expect(text).toMatch(/Language: English/);
  });

  test('"delete my data" asks first, then erases everything but the hashed opt-out', async () => {
    const conversation = { id: `dr-erase-${provider}` };
    const from = { id: `person-erase-${provider}` };
    await ask(t.baseUrl, 'hello', { conversation, from });
    const userHash = await seedPerson(from.id, conversation.id);
    const confirm = await ask(t.baseUrl, 'delete my data', { conversation, from });
    expect(confirm[0].text).toMatch(/permanently delete/);
    expect(await t.app.database.prisma.reminder.count({ where: { userHash } })).toBe(1);
    const done = await ask(t.baseUrl, 'Yes, delete', { conversation, from });
    expect(done[0].text).toMatch(/has been deleted/);

    const dump = await dumpAll(t.app.database.prisma);
    for (const [table, rows] of Object.entries(dump)) {
      expect({ table, hasConversation: rows.includes(conversation.id) }).toEqual({
        table,
        hasConversation: false,
      });
      expect({ table, hasUser: rows.includes(from.id) }).toEqual({ table, hasUser: false });
      if (table !== 'optOut')
        expect({ table, hasHash: rows.includes(userHash) }).toEqual({ table, hasHash: false });
    }
    expect(await t.app.database.prisma.optOut.count({ where: { userHash } })).toBe(1);
  });

  test('"no" keeps everything, and Spanish works', async () => {
    const conversation = { id: `dr-keep-${provider}` };
    const from = { id: `person-keep-${provider}` };
    await ask(t.baseUrl, 'hola', { conversation, from, locale: 'es-US' });
    const userHash = await seedPerson(from.id, conversation.id);
    expect(
      (await ask(t.baseUrl, 'borra mis datos', { conversation, from, locale: 'es-US' }))[0].text,
    ).toMatch(/¿Borro todo ahora\?/);
    expect((await ask(t.baseUrl, 'No, conservar', { conversation, from, locale: 'es-US' }))[0].text).toMatch(
      /no se borró nada/,
    );
    expect(await t.app.database.prisma.reminder.count({ where: { userHash } })).toBe(1);
  });
});
