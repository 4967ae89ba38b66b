import { type Activity, type Storage, type StoreItems, TestAdapter, TurnContext } from 'botbuilder';
import {
  merge,
  MergingConversationState,
  MergingUserState,
  type ConflictOutcome,
} from '../../src/bot/mergingState';
import { createLogger } from '../../src/observability/logger';
import { createFieldCipher } from '../../src/storage/fieldCipher';
import { PrismaStorage } from '../../src/storage/prismaStorage';
import { ask, LogCapture, startTestApp, type RunningTestApp } from '../support/testApp';
import { openTestDatabase } from '../support/testDatabases';

type Plain = Record<string, unknown>;

/**
 * Another instance, simulated: before the bot's next write (or read) of a matching key, it writes
 * (or deletes) that key itself, straight through the real storage, as a concurrent turn would.
 */
class RivalStorage implements Storage {
  private plans: {
    key: RegExp;
    on: 'write' | 'read';
    times: number;
    act: (stored?: Plain) => Plain | null;
  }[] = [];
  rivalWrites = 0;

  constructor(readonly inner: Storage) {}

  /** `times` writes by the bot to a matching key are each preceded by the rival's own write. */
  beforeWrite(key: RegExp, act: (stored?: Plain) => Plain | null, times = 1): void {
    this.plans.push({ key, on: 'write', times, act });
  }

  beforeRead(key: RegExp, act: (stored?: Plain) => Plain | null, times = 1): void {
    this.plans.push({ key, on: 'read', times, act });
  }

  async read(keys: string[]): Promise<StoreItems> {
    await this.interfere('read', keys);
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    await this.interfere('write', Object.keys(changes));
    return this.inner.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }

  private async interfere(on: 'write' | 'read', keys: string[]): Promise<void> {
    for (const key of keys) {
      const plan = this.plans.find((p) => p.on === on && p.times > 0 && p.key.test(key));
      if (!plan) continue;
      plan.times--;
      const stored = (await this.inner.read([key]))[key] as Plain | undefined;
      const next = plan.act(stored ? structuredClone(stored) : undefined);
      this.rivalWrites++;
      if (next === null) await this.inner.delete([key]);
      else await this.inner.write({ [key]: { ...next, eTag: '*' } });
    }
  }
}

describe('merge (three-way, per field)', () => {
  test('changes made on one side only are kept from both sides', () => {
    const base = { conversation: { language: 'en', welcomed: true } };
    const ours = { conversation: { language: 'en', welcomed: true, lastTopicId: 'cbt' } };
    const theirs = { conversation: { language: 'es', welcomed: true } };
    expect(merge(base, ours, theirs)).toEqual({
      conversation: { language: 'es', welcomed: true, lastTopicId: 'cbt' },
    });
  });

  test('a field both sides changed takes this turn’s value, whole (never spliced)', () => {
    const base = { conversation: { pending: { dialog: 'locator', step: 'location', data: { a: 1 } } } };
    const ours = { conversation: { pending: { dialog: 'locator', step: 'report', data: { b: 2 } } } };
    const theirs = { conversation: { pending: { dialog: 'reminders', step: 'time', data: { a: 1 } } } };
    expect(merge(base, ours, theirs)).toEqual(ours);
  });

  test('removals count as changes; arrays are values', () => {
    const base = { conversation: { pending: { dialog: 'x', step: 'y' }, lastChoices: ['a', 'b'] } };
    const ours = { conversation: { lastChoices: ['a', 'b'] } };
    const theirs = { conversation: { pending: { dialog: 'x', step: 'y' }, lastChoices: ['c'] } };
    expect(merge(base, ours, theirs)).toEqual({ conversation: { lastChoices: ['c'] } });
  });

  test('a state created by both sides merges its fields', () => {
    expect(merge({}, { profile: { firstSeen: 't1' } }, { profile: { timeZone: 'America/Chicago' } })).toEqual(
      { profile: { firstSeen: 't1', timeZone: 'America/Chicago' } },
    );
  });
});

describe('merging state on SQLite: two turns that overlap', () => {
  const activity = (conversationId: string, userId = 'u1'): Partial<Activity> => ({
    type: 'message',
    channelId: 'webchat',
    conversation: { id: conversationId } as Activity['conversation'],
    from: { id: userId } as Activity['from'],
    recipient: { id: 'bot' } as Activity['recipient'],
    text: 'hi',
  });

  let cleanup: () => Promise<void>;
  let storage: PrismaStorage;
  const outcomes: string[] = [];
  const logs = new LogCapture();
  const options = {
    logger: createLogger('info', logs),
    onConflict: (outcome: ConflictOutcome, scope: string) => outcomes.push(`${scope}:${outcome}`),
  };

  beforeAll(async () => {
    const opened = await openTestDatabase('sqlite');
    cleanup = opened.cleanup;
    storage = new PrismaStorage(opened.db.prisma, createFieldCipher([]));
  });
  afterAll(async () => cleanup());
  beforeEach(() => outcomes.splice(0));

  test('both turns read the same eTag and change different fields: both changes are stored', async () => {
    const state = new MergingConversationState(storage, options);
    const accessor = state.createProperty<Plain>('conversation');
    const adapter = new TestAdapter();
    const seed = new TurnContext(adapter, activity('overlap'));
    (await accessor.get(seed, {})).welcomed = true;
    await state.saveChanges(seed);

    const a = new TurnContext(adapter, activity('overlap'));
    const b = new TurnContext(adapter, activity('overlap'));
    const dataA = await accessor.get(a, {});
    const dataB = await accessor.get(b, {});
    dataA.language = 'es';
    dataB.lastTopicId = 'dbt';
    await state.saveChanges(a);
    await state.saveChanges(b);

    const stored = (await storage.read(['webchat/conversations/overlap/']))['webchat/conversations/overlap/'];
    expect(stored.conversation).toEqual({ welcomed: true, language: 'es', lastTopicId: 'dbt' });
    expect(outcomes).toEqual(['conversation:merged']);
    // The turn's own cache now holds the merged state.
    expect(state.get(b).conversation).toEqual(stored.conversation);
  });

  test('two first turns of one person each create the profile: neither is lost', async () => {
    const state = new MergingUserState(storage, options);
    const accessor = state.createProperty<Plain>('profile');
    const adapter = new TestAdapter();
    const a = new TurnContext(adapter, activity('c-a', 'new-person'));
    const b = new TurnContext(adapter, activity('c-b', 'new-person'));
    (await accessor.get(a, {})).firstSeen = '2026-01-01T00:00:00.000Z';
    (await accessor.get(b, {})).location = { latitude: 40.7, longitude: -74, label: 'Hoboken, NJ 07030' };
    await state.saveChanges(a);
    await state.saveChanges(b);
    const stored = (await storage.read(['webchat/users/new-person/']))['webchat/users/new-person/'];
    expect(stored.profile).toEqual({
      firstSeen: '2026-01-01T00:00:00.000Z',
      location: { latitude: 40.7, longitude: -74, label: 'Hoboken, NJ 07030' },
    });
    expect(outcomes).toEqual(['user:merged']);
  });

  test('saving twice in one turn writes both times without calling it a conflict', async () => {
    const state = new MergingConversationState(storage, options);
    const accessor = state.createProperty<Plain>('conversation');
    const context = new TurnContext(new TestAdapter(), activity('twice'));
    (await accessor.get(context, {})).welcomed = true;
    await state.saveChanges(context);
    (await accessor.get(context, {})).language = 'en';
    await state.saveChanges(context);
    await state.saveChanges(context); // nothing changed: no write
    const stored = (await storage.read(['webchat/conversations/twice/']))['webchat/conversations/twice/'];
    expect(stored.conversation).toEqual({ welcomed: true, language: 'en' });
    expect(outcomes).toEqual([]);
  });
});

describe('eTag conflicts in real turns (the app on SQLite)', () => {
  let t: RunningTestApp;
  let rival: RivalStorage;
  const conversationKey = (id: string) => `webchat/conversations/${id}/`;
  // Read as the app reads: through its own storage (whatever it does to keys and values).
  const stored = async (key: string) => (await rival.inner.read([key]))[key] as Plain | undefined;
  const metric = async (name: string) =>
    (await t.app.metrics.registry.metrics()).split('\n').filter((l) => l.startsWith(name));
  const cbtAnswers = (replies: Partial<Activity>[]) =>
    replies.filter((r) => /cognitive/i.test(`${r.text ?? ''} ${JSON.stringify(r.attachments ?? [])}`));

  beforeAll(async () => {
    t = await startTestApp({ provider: 'sqlite', wrapStorage: (s) => (rival = new RivalStorage(s)) });
  });
  afterAll(async () => t.close());

  test('another writer got in first: its change and this turn’s are both kept, replies go once', async () => {
    const conversation = { id: 'merge-1' };
    await ask(t.baseUrl, 'hello', { conversation });
    rival.beforeWrite(/^webchat\/conversations\/merge-1\/$/, (s) => ({
      ...s,
      conversation: { ...(s!.conversation as Plain), dialogs: { other: { by: 'instance-b' } } },
    }));
    const replies = await ask(t.baseUrl, 'what is cbt', { conversation });
    expect(rival.rivalWrites).toBe(1);
    expect(cbtAnswers(replies)).toHaveLength(1);
    expect(replies.map((r) => r.text)).not.toContain(t.app.services.messages.for('en').turnError);
    const state = (await stored(conversationKey('merge-1')))!.conversation as Plain;
    expect(state.dialogs).toEqual({ other: { by: 'instance-b' } });
    expect(state.lastTopicId).toEqual(expect.any(String));
    expect(state.welcomed).toBe(true);
    expect(await metric('iop_state_conflicts_total')).toEqual([
      'iop_state_conflicts_total{scope="conversation",outcome="merged"} 1',
    ]);
    const line = t.logs.lines.find((l) => l.includes('state save conflict'))!;
    expect(JSON.parse(line)).toMatchObject({ scope: 'conversation', outcome: 'merged', rounds: 1 });
    expect(line).not.toContain('merge-1');
  });

  test('a conflict that keeps coming back goes to onTurnError: logged with hashed ids, counted, apology once', async () => {
    const conversation = { id: 'contended-7' };
    await ask(t.baseUrl, 'hello', { conversation });
    const turnErrorsBefore = await metric('iop_turn_errors_total');
    const before = rival.rivalWrites;
    // The first write and every merge round find a newer value already there.
    rival.beforeWrite(
      /^webchat\/conversations\/contended-7\/$/,
      (s) => ({ ...s, conversation: { ...(s!.conversation as Plain), crisisCareTurns: 0 } }),
      4,
    );
    const replies = await ask(t.baseUrl, 'what is cbt', { conversation });
    expect(rival.rivalWrites - before).toBe(4);
    expect(cbtAnswers(replies)).toHaveLength(1);
    expect(replies.filter((r) => r.text === t.app.services.messages.for('en').turnError)).toHaveLength(1);
    // This turn's change was not saved; the other writer's was.
    const state = (await stored(conversationKey('contended-7')))!.conversation as Plain;
    expect(state.lastTopicId).toBeUndefined();
    expect(state.crisisCareTurns).toBe(0);

    const failed = t.logs.lines
      .map((l) => JSON.parse(l))
      .filter((l) => /state save conflict|turn failed/.test(l.msg));
    expect(failed.map((l) => l.msg)).toEqual(
      expect.arrayContaining(['state save conflict: changes not saved', 'turn failed']),
    );
    expect(failed.find((l) => l.msg === 'turn failed')).toMatchObject({
      err: { type: 'StateConflictError' },
      conversation: expect.any(String),
    });
    expect(t.logs.text).not.toContain('contended-7');
    expect(await metric('iop_state_conflicts_total{scope="conversation",outcome="failed"}')).toEqual([
      'iop_state_conflicts_total{scope="conversation",outcome="failed"} 1',
    ]);
    expect(await metric('iop_turn_errors_total')).not.toEqual(turnErrorsBefore);
  });

  test('state deleted meanwhile (a data deletion elsewhere) is not brought back', async () => {
    const conversation = { id: 'erased-3' };
    await ask(t.baseUrl, 'hello', { conversation });
    // Another writer saves first; by the time this turn re-reads to merge, the state is gone.
    rival.beforeWrite(/^webchat\/conversations\/erased-3\/$/, (s) => {
      rival.beforeRead(/^webchat\/conversations\/erased-3\/$/, () => null);
      return { ...s, touched: true };
    });
    const replies = await ask(t.baseUrl, 'what is cbt', { conversation });
    expect(cbtAnswers(replies)).toHaveLength(1);
    expect(await stored(conversationKey('erased-3'))).toBeUndefined();
    expect(await metric('iop_state_conflicts_total{scope="conversation",outcome="dropped"}')).toEqual([
      'iop_state_conflicts_total{scope="conversation",outcome="dropped"} 1',
    ]);
  });
});
