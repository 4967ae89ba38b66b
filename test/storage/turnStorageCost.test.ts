import { CountingStorage } from '../support/countingStorage';
import { ask, startTestApp, type RunningTestApp } from '../support/testApp';
import { providers } from '../support/testDatabases';

describe.each(providers())('storage cost of a turn on %s', (provider) => {
  let t: RunningTestApp;
  let counting: CountingStorage | undefined;
  beforeAll(async () => {
    t = await startTestApp({ provider, wrapStorage: (s) => (counting = new CountingStorage(s)) });
  });
  afterAll(async () => t.close());

  test('at most one read and one write per state object, and no write when nothing changed', async () => {
    const conversation = { id: `cost-${provider}` };
    await ask(t.baseUrl, 'hello', { conversation });
    await ask(t.baseUrl, 'what is an iop', { conversation });
    counting!.reset();
    await ask(t.baseUrl, 'what is an iop', { conversation });
    // conversation state + user state, read once each
    expect(counting!.reads).toBe(2);
    expect(new Set(counting!.readKeys).size).toBe(2);
    expect(counting!.writes).toBeLessThanOrEqual(2);
    expect(new Set(counting!.writtenKeys).size).toBe(counting!.writtenKeys.length);
    counting!.reset();
    // The same question again changes nothing: the last topic and choices are what they were.
    await ask(t.baseUrl, 'what is an iop', { conversation });
    expect(counting!.reads).toBe(2);
    expect(counting!.writes).toBe(0);
  });

  test('a crisis turn reads state at most once per object', async () => {
    counting!.reset();
    await ask(t.baseUrl, 'i want to kill myself', { conversation: { id: `cost-crisis-${provider}` } });
    expect(counting!.reads).toBeLessThanOrEqual(2);
    expect(counting!.writes).toBeLessThanOrEqual(2);
  });
});
