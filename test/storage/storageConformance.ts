import { type Storage, MemoryStorage, TestAdapter, ConversationState } from 'botbuilder';
import { DialogSet, TextPrompt, WaterfallDialog, DialogTurnStatus } from 'botbuilder-dialogs';

/**
 * One conformance suite for every Storage: the behaviours of botbuilder's MemoryStorage (the
 * control), plus what this project needs on top (atomic compare-and-swap, 1 MB values).
 */
export function describeStorageConformance(
  name: string,
  open: () => Promise<{ storage: Storage; close: () => Promise<void> }>,
): void {
  describe(`Storage conformance: ${name}`, () => {
    let storage: Storage;
    let close: () => Promise<void>;

    beforeEach(async () => {
      ({ storage, close } = await open());
    });
    afterEach(async () => close());

    test('reading an unknown key returns an empty object', async () => {
      expect(await storage.read(['no-such-key'])).toEqual({});
    });

    test('a written item reads back with a non-empty eTag', async () => {
      await storage.write({ a: { count: 1, nested: { list: [1, 2, 3] } } });
      const items = await storage.read(['a']);
      expect(items.a).toMatchObject({ count: 1, nested: { list: [1, 2, 3] } });
      expect(typeof items.a.eTag).toBe('string');
      expect(items.a.eTag.length).toBeGreaterThan(0);
    });

    test('keys with unusual characters round-trip', async () => {
      const key = '!@#$%^&*()~/\\><,.?\';"`~ üñí 😀 \t';
      await storage.write({ [key]: { ok: true } });
      const items = await storage.read([key]);
      expect(items[key]).toMatchObject({ ok: true });
    });

    test('a write with a stale eTag is rejected and leaves the stored value', async () => {
      await storage.write({ k: { v: 1 } });
      const first = (await storage.read(['k'])).k;
      await storage.write({ k: { v: 2, eTag: first.eTag } });
      await expect(storage.write({ k: { v: 3, eTag: first.eTag } })).rejects.toThrow(/eTag/);
      expect((await storage.read(['k'])).k).toMatchObject({ v: 2 });
    });

    test('eTag "*" and a missing eTag both overwrite', async () => {
      await storage.write({ k: { v: 1 } });
      await storage.write({ k: { v: 2, eTag: '*' } });
      expect((await storage.read(['k'])).k).toMatchObject({ v: 2 });
      await storage.write({ k: { v: 3 } });
      expect((await storage.read(['k'])).k).toMatchObject({ v: 3 });
    });

    test('a write with the current eTag succeeds and changes the eTag', async () => {
      await storage.write({ k: { v: 1 } });
      const first = (await storage.read(['k'])).k;
      await storage.write({ k: { v: 2, eTag: first.eTag } });
      const second = (await storage.read(['k'])).k;
      expect(second).toMatchObject({ v: 2 });
      expect(second.eTag).not.toBe(first.eTag);
    });

    test('delete removes the key, and deleting an unknown key succeeds', async () => {
      await storage.write({ gone: { v: 1 } });
      await storage.delete(['gone']);
      expect(await storage.read(['gone'])).toEqual({});
      await expect(storage.delete(['never-existed'])).resolves.toBeUndefined();
    });

    test('batches of keys write, read and delete together', async () => {
      await storage.write({ b1: { n: 1 }, b2: { n: 2 }, b3: { n: 3 } });
      const items = await storage.read(['b1', 'b2', 'b3', 'missing']);
      expect(Object.keys(items).sort()).toEqual(['b1', 'b2', 'b3']);
      expect(items.b2).toMatchObject({ n: 2 });
      await storage.delete(['b1', 'b3']);
      expect(Object.keys(await storage.read(['b1', 'b2', 'b3']))).toEqual(['b2']);
    });

    test('reads return copies: mutating a result does not change what is stored', async () => {
      await storage.write({ c: { list: [1] } });
      const items = await storage.read(['c']);
      items.c.list.push(2);
      expect((await storage.read(['c'])).c.list).toEqual([1]);
    });

    test('state of 1 MB round-trips', async () => {
      const big = 'x'.repeat(1024 * 1024);
      await storage.write({ big: { big } });
      expect((await storage.read(['big'])).big.big).toHaveLength(1024 * 1024);
    });

    test('of two concurrent writers holding the same eTag exactly one wins', async () => {
      await storage.write({ race: { v: 0 } });
      const { eTag } = (await storage.read(['race'])).race;
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => storage.write({ race: { v: i + 1, eTag } })),
      );
      const winners = results.filter((r) => r.status === 'fulfilled');
      expect(winners).toHaveLength(1);
      const index = results.findIndex((r) => r.status === 'fulfilled');
      expect((await storage.read(['race'])).race).toMatchObject({ v: index + 1 });
    });

    test('a waterfall with a retrying prompt survives serialization', async () => {
      const convoState = new ConversationState(storage);
      const dialogs = new DialogSet(convoState.createProperty('dialogState'));
      dialogs.add(new TextPrompt('number', async (prompt) => /^\d+$/.test(prompt.recognized.value ?? '')));
      dialogs.add(
        new WaterfallDialog('flow', [
          async (step) =>
            step.prompt('number', { prompt: 'Pick a number', retryPrompt: 'Digits only, please' }),
          async (step) => {
            await step.context.sendActivity(`got ${step.result}`);
            return step.endDialog();
          },
        ]),
      );
      const adapter = new TestAdapter(async (context) => {
        const dc = await dialogs.createContext(context);
        const result = await dc.continueDialog();
        if (result.status === DialogTurnStatus.empty) await dc.beginDialog('flow');
        await convoState.saveChanges(context);
      });
      await adapter
        .send('hi')
        .assertReply('Pick a number')
        .send('abc')
        .assertReply('Digits only, please')
        .then(async () => {
          const mid = (await storage.read(['test/conversations/Convo1/']))['test/conversations/Convo1/'];
          const stack = mid.dialogState.dialogStack as { id: string; state: { stepIndex?: unknown } }[];
          expect(stack[0].id).toBe('flow');
          expect(typeof stack[0].state.stepIndex).toBe('number');
        })
        .send('42')
        .assertReply('got 42')
        .startTest();
      const stored = (await storage.read(['test/conversations/Convo1/']))['test/conversations/Convo1/'];
      expect(stored.dialogState.dialogStack).toEqual([]);
    });
  });
}

export { MemoryStorage };
