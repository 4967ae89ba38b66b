import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Activity } from 'botbuilder';
import { importDirectory } from '../../src/programs/directoryImporter';
import { sqliteFilePath } from '../../src/storage/migrator';
import { DirectLineClient } from '../channels/support/directLineClient';
import { FakeClock, messageActivity, startTestApp, type RunningTestApp } from '../support/testApp';
import { createTestDatabase, providers, type TestDatabase } from '../support/testDatabases';

/**
 * The privacy canary: distinctive strings are sent through every dialog, on every channel and
 * both delivery modes, as message text, user ids, conversation ids and display names, and through
 * requests the service refuses. None may then be found in the logs (at trace level), in any error
 * response, in a metrics scrape, or in a plain dump of the database (the SQLite file and its WAL
 * as raw bytes, UTF-8 and UTF-16; pg_dump for PostgreSQL). What the bot stores about a person is
 * sealed or hashed; positive controls show each search would find a canary that was there.
 */

const execFileAsync = promisify(execFile);
const fixture = path.join(__dirname, '..', 'dialogs', 'fixtures', 'locator-programs.csv');

/** Every canary of one run, by where it was sent, so a failure names the leaking input. */
class Canaries {
  private readonly tokens = new Map<string, string>();

  /**
   * A 16-character token such as CANARYQHZTWKMRB7: random letters (no runs of digits a ZIP code or
   * a time could be read from) and one digit, so it can also pose as a group join code.
   */
  token(label: string): string {
    const letters = [...crypto.randomBytes(9)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
    return this.add(label, `CANARY${letters}${crypto.randomInt(2, 10)}`);
  }

  /** A US phone number, as SMS channels use for user and conversation ids. */
  phone(label: string): string {
    const digits = `1201${crypto.randomInt(1_000_000, 10_000_000)}`;
    // Searched for without the "+", in case a leak normalises it away.
    this.add(label, digits);
    return `+${digits}`;
  }

  private add(label: string, value: string): string {
    if (this.tokens.has(label)) throw new Error(`duplicate canary label ${label}`);
    this.tokens.set(label, value);
    return value;
  }

  get size(): number {
    return this.tokens.size;
  }

  /** Labels of the canaries found in a text, case-insensitively. */
  foundInText(text: string): string[] {
    const haystack = text.toLowerCase();
    return [...this.tokens].filter(([, token]) => haystack.includes(token.toLowerCase())).map(([l]) => l);
  }

  /** Labels of the canaries found in raw bytes, as UTF-8 (or ASCII) and as UTF-16 LE or BE. */
  foundInBytes(bytes: Buffer): string[] {
    const haystack = byteText(bytes);
    return [...this.tokens].filter(([, token]) => bytesHold(haystack, token)).map(([l]) => l);
  }
}

/**
 * Raw bytes as a string of one character per byte (latin1), lower-cased: a byte-wise haystack in
 * which an ASCII token can be looked for case-insensitively (lower-casing only changes letters).
 */
function byteText(bytes: Buffer): string {
  return bytes.toString('latin1').toLowerCase();
}

/** Whether the haystack holds the ASCII token as UTF-8 (or ASCII), UTF-16LE or UTF-16BE. */
function bytesHold(haystack: string, token: string): boolean {
  const plain = token.toLowerCase();
  const le = Buffer.from(plain, 'utf16le');
  const be = Buffer.from(le).swap16();
  return [plain, le.toString('latin1'), be.toString('latin1')].some((needle) => haystack.includes(needle));
}

const bytesContain = (bytes: Buffer, token: string) => bytesHold(byteText(bytes), token);

type Mode = 'expectReplies' | 'loopback';

interface Observed {
  /** Bodies of every non-2xx response, with what was asked. */
  errorBodies: { request: string; status: number; body: string }[];
  /** Everything the bot sent back to people (replies, Direct Line history). */
  replies: string[];
  /** Reminders the dispatcher delivered to the loopback connector. */
  dispatched: string;
  /** Per person: is there a reference under the hashed key, and does it (decrypted) hold their ids? */
  identifiers: Record<string, { hashedKey: boolean; sealedIds: boolean; reminderByUserHash: boolean }>;
  metrics: string;
  logs: string;
  /** Raw database files (SQLite) or the pg_dump output (PostgreSQL), by name. */
  dumps: Record<string, Buffer>;
  /** What the stored reminders say once decrypted (proof they were stored at all). */
  decryptedReminders: string[];
  probe: { log: string; database: string };
}

describe.each(providers())('privacy canary on %s', (provider) => {
  const canaries = new Canaries();
  const clock = new FakeClock(new Date('2026-12-01T15:00:00Z')); // 10:00 in New York
  const observed: Observed = {
    errorBodies: [],
    replies: [],
    dispatched: '',
    identifiers: {},
    metrics: '',
    logs: '',
    dumps: {},
    decryptedReminders: [],
    probe: { log: '', database: '' },
  };
  /** Dialogs actually reached, per channel and mode (so "covered" is checked, not assumed). */
  const reached = new Map<string, Set<string>>();
  const people: { tag: string; channelId: string; userId: string; conversationId: string }[] = [];
  let database: TestDatabase;
  let t: RunningTestApp;

  async function record(request: string, res: Response): Promise<string> {
    const body = await res.text();
    if (res.status < 200 || res.status >= 300)
      observed.errorBodies.push({ request, status: res.status, body });
    return body;
  }

  async function post(request: string, body: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${t.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: await record(request, res) };
  }

  /** One person in one conversation on one channel, in one delivery mode. */
  function person(channelId: string, mode: Mode) {
    const tag = `${channelId}/${mode}`;
    const sms = channelId === 'sms';
    const userId = sms ? canaries.phone(`${tag} user id`) : `29:${canaries.token(`${tag} user id`)}`;
    const conversationId = sms
      ? canaries.phone(`${tag} conversation id`)
      : `a:${canaries.token(`${tag} conversation id`)}`;
    const name = `Jordan ${canaries.token(`${tag} from.name`)}`;
    const seen = new Set<string>();
    reached.set(tag, seen);
    people.push({ tag, channelId, userId, conversationId });
    const base = {
      channelId,
      conversation: { id: conversationId, name: `chat ${canaries.token(`${tag} conversation.name`)}` },
      from: { id: userId, name },
      serviceUrl: mode === 'loopback' ? t.serviceUrl : 'http://127.0.0.1:9/',
      ...(sms ? {} : { localTimezone: 'America/New_York' }),
    };

    async function say(text: string, extra: Record<string, unknown> = {}): Promise<Partial<Activity>[]> {
      const activity = messageActivity(text, {
        ...base,
        ...(mode === 'expectReplies' ? { deliveryMode: 'expectReplies' } : {}),
        ...extra,
      });
      const before = t.connector.received.length;
      const res = await post(`${tag}: ${text.slice(0, 40)}`, activity);
      expect(res.status).toBeLessThan(300);
      const replies =
        mode === 'expectReplies'
          ? ((JSON.parse(res.body) as { activities?: Partial<Activity>[] }).activities ?? [])
          : t.connector.received
              .slice(before)
              .filter((c) => c.conversationId === conversationId)
              .map((c) => c.activity);
      observed.replies.push(JSON.stringify(replies));
      return replies;
    }

    return { tag, base, seen, say, userId, conversationId };
  }

  const textOf = (replies: Partial<Activity>[]) =>
    replies
      .map(
        (r) =>
          `${r.text ?? ''} ${(r as { summary?: string }).summary ?? ''} ${JSON.stringify(r.attachments ?? [])}`,
      )
      .join('\n');

  /** Every dialog, with a canary in what the person types. */
  async function converse(channelId: string, mode: Mode): Promise<void> {
    const p = person(channelId, mode);
    const c = (dialog: string) => canaries.token(`${p.tag} ${dialog} text`);

    if (channelId === 'msteams') {
      // Teams announces the person (with their name) when the bot is added.
      const update = {
        ...p.base,
        type: 'conversationUpdate',
        recipient: { id: 'bot', name: 'IOP Guide' },
        membersAdded: [{ id: p.userId, name: p.base.from.name }],
        ...(mode === 'expectReplies' ? { deliveryMode: 'expectReplies' } : {}),
      };
      expect((await post(`${p.tag}: conversationUpdate`, update)).status).toBeLessThan(300);
    }

    let replies = await p.say(`Hi, my name is ${c('faq')}. What is an IOP?`);
    if (/structured|intensive outpatient/i.test(textOf(replies))) p.seen.add('faq');

    replies = await p.say(`find an IOP near 07030, I'm ${c('locator')} and I need evening groups`);
    if (/Harbor Light/.test(textOf(replies))) p.seen.add('locator');
    // The place searched is remembered: a later search without one uses the saved location.
    replies = await p.say('find a program near me');
    if (/Harbor Light/.test(textOf(replies))) p.seen.add('saved location');

    const reminderText = c('reminder');
    replies = await p.say(`remind me every day at 9am to call my sponsor about ${reminderText}`);
    for (let i = 0; i < 4; i++) {
      // SMS sends no time zone, so the bot asks (a ZIP code answers); then it confirms.
      if (/time zone/i.test(textOf(replies))) replies = await p.say('07030');
      else if (/Is that OK\?/i.test(textOf(replies))) replies = await p.say('yes');
      else break;
    }
    if (/every day/i.test(textOf(replies)) && !/\?/.test(textOf(replies))) p.seen.add('reminder');

    replies = await p.say('walk me through box breathing');
    if (/Step 1 of/.test(textOf(replies))) p.seen.add('skill practice');
    await p.say('next');
    await p.say('stop here');
    // A canary typed mid-way is someone else's business (fallback or FAQ), but still must not leak.
    await p.say(`box breathing helps me, ${c('skill')}`);

    const code = c('cohort code');
    replies = await p.say(`join ${code}`);
    if (/couldn't find a group/i.test(textOf(replies)) && textOf(replies).includes(code))
      p.seen.add('cohort join');

    replies = await p.say('what do you know about me');
    if (/Reminders: 1/.test(textOf(replies)) && textOf(replies).includes(reminderText))
      p.seen.add('data rights');

    replies = await p.say(`should I stop taking my meds? ${c('guardrail')}`);
    if (/doctor|prescriber|pharmacist/i.test(textOf(replies))) p.seen.add('guardrail');

    replies = await p.say(`the purple bicycle hums ${c('fallback')} quietly`);
    if (/I don't know that one/.test(textOf(replies))) p.seen.add('fallback');

    replies = await p.say(`I want to kill myself tonight. ${c('crisis')}`);
    if ((replies[0]?.channelData as { safety?: string } | undefined)?.safety === 'crisis')
      p.seen.add('crisis');
    await p.say(`thanks, ${c('after crisis')}`);
  }

  /** Requests the service refuses, each with a canary in the body. */
  async function refusedRequests(): Promise<void> {
    const tag = 'refused';
    // Required fields missing (no channelId, no conversation): 400.
    let res = await post('missing fields', {
      type: 'message',
      text: `hello ${canaries.token(`${tag} missing fields text`)}`,
      from: { id: canaries.token(`${tag} missing fields user id`) },
    });
    expect(res.status).toBe(400);
    // A field of the wrong shape: 400.
    res = await post(
      'bad locale',
      messageActivity(`hi ${canaries.token(`${tag} bad locale text`)}`, {
        locale: `${canaries.token(`${tag} bad locale`)}-${'x'.repeat(20)}`,
        conversation: { id: canaries.token(`${tag} bad locale conversation id`) },
      }),
    );
    expect(res.status).toBe(400);
    res = await post(
      'bad serviceUrl',
      messageActivity(`hi ${canaries.token(`${tag} bad serviceUrl text`)}`, {
        serviceUrl: `file:///${canaries.token(`${tag} bad serviceUrl`)}`,
      }),
    );
    expect(res.status).toBe(400);
    // Malformed JSON: 400.
    res = await post(
      'malformed JSON',
      `{"type":"message","text":"I feel ${canaries.token(`${tag} malformed JSON`)}", "channelId":`,
    );
    expect(res.status).toBe(400);
    // Over MAX_BODY_BYTES: 413.
    const huge = messageActivity(
      `${canaries.token(`${tag} oversized text`)} ${'I have been struggling. '.repeat(12_000)}`,
    );
    res = await post('oversized', huge);
    expect(res.status).toBe(413);
    // Not JSON at all, not an object: 400.
    res = await post('array', JSON.stringify([canaries.token(`${tag} array`)]));
    expect(res.status).toBe(400);
  }

  /** The website chat through the built-in Direct Line endpoint. */
  async function directLine(): Promise<void> {
    const tag = 'directline';
    const { client } = await DirectLineClient.start(t.baseUrl, { locale: 'en-US' });
    const seen = new Set<string>();
    reached.set(tag, seen);
    const say = async (label: string, text: string) => {
      const res = await client.request('POST', `/conversations/${client.conversationId}/activities`, {
        type: 'message',
        // The endpoint ignores a claimed sender; the token's user is the sender.
        from: {
          id: canaries.token(`${tag} ${label} claimed user id`),
          name: canaries.token(`${tag} ${label} claimed name`),
        },
        locale: 'en-US',
        localTimezone: 'America/New_York',
        text,
      });
      await record(`${tag}: ${label}`, res);
      expect(res.status).toBe(200);
    };
    const reminderText = canaries.token(`${tag} reminder text`);
    await say('faq', `what is an IOP? I'm ${canaries.token(`${tag} faq text`)}`);
    await say('reminder', `remind me every day at 9am to take my walk with ${reminderText}`);
    await say('confirm', 'yes');
    await say('crisis', `i want to end my life ${canaries.token(`${tag} crisis text`)}`);
    const history = await client.pollUntil((a) => a.from.role === 'bot' && /988/.test(a.text ?? ''));
    const wire = JSON.stringify(history);
    observed.replies.push(wire);
    // The person's own message comes back from the stored (sealed) history, and the reminder is confirmed.
    if (/structured mental-health treatment/i.test(wire)) seen.add('faq');
    if (wire.includes(reminderText) && /every day/i.test(wire)) seen.add('reminder');
    if (history.some((a) => (a.channelData as { safety?: string } | undefined)?.safety === 'crisis'))
      seen.add('crisis');

    // Refused Direct Line requests.
    const refused = async (label: string, body: unknown, token = client.token) => {
      const res = await fetch(
        `${t.baseUrl}/v3/directline/conversations/${client.conversationId}/activities`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        },
      );
      await record(`${tag}: ${label}`, res);
      expect(res.status).toBeGreaterThanOrEqual(400);
    };
    await refused('attachment', {
      type: 'message',
      text: canaries.token(`${tag} attachment text`),
      attachments: [{ contentType: 'text/plain', content: canaries.token(`${tag} attachment`) }],
    });
    await refused('too long', {
      type: 'message',
      text: `${canaries.token(`${tag} too long text`)} ${'x'.repeat(4100)}`,
    });
    await refused('malformed JSON', `{"type":"message","text":"${canaries.token(`${tag} malformed JSON`)}"`);
    await refused('wrong type', { type: canaries.token(`${tag} wrong type`), text: 'hi' });
    await refused(
      'forged token',
      { type: 'message', text: canaries.token(`${tag} forged token text`) },
      'x.y.z',
    );
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    t = await startTestApp({
      provider,
      database,
      clock,
      env: {
        LOG_LEVEL: 'trace',
        FIELD_ENCRYPTION_KEY: `canary:${crypto.randomBytes(32).toString('base64')}`,
        USER_HASH_SECRET: crypto.randomBytes(32).toString('base64'),
        DIRECT_LINE_TOKEN_SECRET: crypto.randomBytes(48).toString('base64'),
        // The test runs the dispatcher itself, on its clock.
        REMINDERS_ENABLED: 'false',
      },
    });
    await importDirectory(t.app.database.prisma, fixture, { now: new Date('2026-11-29T12:00:00Z') });

    for (const channelId of ['webchat', 'msteams', 'sms'])
      for (const mode of ['expectReplies', 'loopback'] as const) await converse(channelId, mode);
    await refusedRequests();
    await directLine();

    // The next morning's reminders go out: to the loopback connector, to the built-in Direct Line,
    // and (for the expectReplies conversations) to a serviceUrl nobody answers, which fails.
    const mark = t.connector.received.length;
    clock.set('2026-12-02T14:00:05Z');
    await t.app.dispatcher.runOnce();
    observed.dispatched = JSON.stringify(t.connector.received.slice(mark));

    const metrics = await fetch(`${t.baseUrl}/metrics`);
    observed.metrics = await metrics.text();
    expect(metrics.status).toBe(200);

    const prisma = t.app.database.prisma;
    for (const row of await prisma.reminder.findMany({ select: { what: true } }))
      observed.decryptedReminders.push(t.app.cipher.open(row.what));
    // Identifiers are stored, but only hashed (keys) or sealed (the reference itself).
    const { hasher, references } = t.app.services;
    for (const p of people) {
      const key = references.keyFor({ channelId: p.channelId, conversation: { id: p.conversationId } });
      const reference = await references.get(key);
      const userHash = hasher.hash(p.channelId, p.userId);
      observed.identifiers[p.tag] = {
        hashedKey: reference !== undefined && !key.includes(p.conversationId),
        sealedIds: reference?.user?.id === p.userId && reference.conversation?.id === p.conversationId,
        reminderByUserHash:
          (await prisma.reminder.count({ where: { userHash, conversationKey: key } })) === 1,
      };
    }

    // Positive controls: a canary deliberately written in plain text to the log and the database.
    observed.probe.log = canaries.token('probe: deliberately logged');
    t.app.logger.info({ probe: observed.probe.log }, 'canary probe');
    observed.probe.database = canaries.token('probe: deliberately stored');
    await prisma.stateEntry.create({
      data: { key: 'canary-probe', value: `p:{"probe":"${observed.probe.database}"}`, etag: 'probe' },
    });

    if (provider === 'sqlite') {
      const file = sqliteFilePath(database.url);
      const snapshot = (when: string) => {
        for (const suffix of ['', '-wal', '-shm']) {
          if (fs.existsSync(file + suffix))
            observed.dumps[`${when} ${path.basename(file)}${suffix}`] = fs.readFileSync(file + suffix);
        }
      };
      snapshot('running');
      await t.close(); // checkpoints the WAL into the file
      snapshot('closed');
    } else {
      await t.close();
      const { stdout } = await execFileAsync('pg_dump', ['--no-owner', '--no-privileges', database.url], {
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'buffer',
      });
      observed.dumps['pg_dump'] = stdout;
    }
    observed.logs = t.logs.text;
  }, 240_000);

  afterAll(async () => {
    await t?.close().catch(() => undefined);
    await database?.destroy();
  });

  test('every dialog was reached on every channel and delivery mode, and on Direct Line', () => {
    const all = [
      'faq',
      'locator',
      'saved location',
      'reminder',
      'skill practice',
      'cohort join',
      'data rights',
      'guardrail',
      'fallback',
      'crisis',
    ];
    const coverage = Object.fromEntries([...reached].map(([tag, seen]) => [tag, [...seen].sort()]));
    const expected = Object.fromEntries(
      [...reached.keys()].map((tag) => [
        tag,
        tag === 'directline' ? ['crisis', 'faq', 'reminder'] : [...all].sort(),
      ]),
    );
    expect(coverage).toEqual(expected);
    expect(Object.keys(coverage)).toHaveLength(7);
  });

  test('positive controls: the canaries were intact, stored (sealed), and findable where they are', () => {
    // Replies echo what the person asked to be reminded of, and the unknown group code.
    const replies = observed.replies.join('\n');
    expect(canaries.foundInText(replies)).toEqual(
      expect.arrayContaining([
        'webchat/loopback reminder text',
        'sms/expectReplies reminder text',
        'msteams/loopback cohort code text',
        'directline reminder text',
      ]),
    );
    // The reminders were stored: decrypted, they hold the canaries; and the dispatcher sent them.
    expect(canaries.foundInText(observed.decryptedReminders.join('\n'))).toHaveLength(7);
    const sent = canaries.foundInText(observed.dispatched).filter((l) => l.endsWith('reminder text'));
    expect(sent.sort()).toEqual([
      'msteams/loopback reminder text',
      'sms/loopback reminder text',
      'webchat/loopback reminder text',
    ]);
    // Each person's ids were stored, sealed, under keys that are hashes.
    expect(Object.values(observed.identifiers)).toHaveLength(6);
    for (const [tag, found] of Object.entries(observed.identifiers))
      expect({ tag, ...found }).toEqual({ tag, hashedKey: true, sealedIds: true, reminderByUserHash: true });
    // Each search finds a canary that is really there.
    expect(canaries.foundInText(observed.logs)).toContain('probe: deliberately logged');
    expect(observed.logs).toMatch(/"level":"(trace|debug)"/);
    // The SQLite files while running and after closing, or the pg_dump: each holds the probe row.
    const groups = new Map<string, Buffer[]>();
    for (const [name, bytes] of Object.entries(observed.dumps)) {
      const group = name.split(' ')[0];
      groups.set(group, [...(groups.get(group) ?? []), bytes]);
    }
    expect([...groups.keys()].sort()).toEqual(provider === 'sqlite' ? ['closed', 'running'] : ['pg_dump']);
    for (const [group, files] of groups)
      expect({
        group,
        probe: canaries.foundInBytes(Buffer.concat(files)).includes('probe: deliberately stored'),
      }).toEqual({
        group,
        probe: true,
      });
    const word = 'CANARYselftest';
    expect(bytesContain(Buffer.from(`..${word.toLowerCase()}..`, 'utf8'), word)).toBe(true);
    expect(bytesContain(Buffer.from(`..${word}..`, 'utf16le'), word)).toBe(true);
    expect(bytesContain(Buffer.from(`..${word}..`, 'utf16le').swap16(), word)).toBe(true);
    expect(bytesContain(Buffer.from('..CANARYselftes..', 'utf8'), word)).toBe(false);
    expect(observed.metrics).toMatch(/iop_turns_total\{channel="sms"\}/);
    expect(canaries.size).toBeGreaterThan(100);
  });

  test('no canary in the logs (trace level)', () => {
    const found = canaries.foundInText(observed.logs).filter((l) => !l.startsWith('probe:'));
    expect(found).toEqual([]);
  });

  test('no canary in any error response', () => {
    expect(observed.errorBodies.length).toBeGreaterThanOrEqual(11);
    expect(observed.errorBodies.map((e) => e.status)).toEqual(expect.arrayContaining([400, 403, 413]));
    const leaks = observed.errorBodies
      .map((e) => ({ request: e.request, status: e.status, canaries: canaries.foundInText(e.body) }))
      .filter((e) => e.canaries.length > 0);
    expect(leaks).toEqual([]);
  });

  test('no canary in GET /metrics', () => {
    expect(canaries.foundInText(observed.metrics)).toEqual([]);
  });

  test('no canary in a plain dump of the database', () => {
    const leaks = Object.fromEntries(
      Object.entries(observed.dumps).map(([name, bytes]) => [
        name,
        canaries.foundInBytes(bytes).filter((l) => !l.startsWith('probe:')),
      ]),
    );
    expect(leaks).toEqual(Object.fromEntries(Object.keys(observed.dumps).map((name) => [name, []])));
  });
});
