import fc from 'fast-check';
import { Geocoder } from '../../src/programs/geocoder';
import { parseProviderCsv } from '../../src/programs/providerCsv';
import { PROVIDER_COLUMNS, REQUIRED_COLUMNS } from '../../src/programs/providerCsvColumns';
import { ask, postActivity, startTestApp, type RunningTestApp } from '../support/testApp';

/** Strings that have broken parsers, templates, queries and terminals elsewhere. */
const HOSTILE = [
  `'; DROP TABLE "StateEntry"; --`,
  `" OR 1=1 --`,
  `<script>alert(1)</script>`,
  `<img src=x onerror=alert(1)>`,
  `{"__proto__":{"polluted":true}}`,
  `{"constructor":{"prototype":{"polluted":true}}}`,
  '${process.exit(1)}',
  '{{7*7}}',
  '\u0000',
  'a\u0000b',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  '../../../../etc/passwd',
  '%00%0d%0a',
  '\r\n\r\nHTTP/1.1 200 OK\r\n',
  '\u001b[2J\u001b[31m',
  'ｓｃｒｉｐｔ',
  'Ω≈ç√∫˜µ≤≥÷ 田中さん 🙂👩‍👩‍👧‍👦',
  'NaN',
  '-1e309',
  'null',
];

const hostile = fc.constantFrom(...HOSTILE);
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  hostile,
  fc
    .tuple(fc.string({ maxLength: 20 }), hostile, fc.string({ unit: 'binary', maxLength: 20 }))
    .map((p) => p.join(' ')),
  fc.constantFrom('x'.repeat(20_000), '🙂'.repeat(4_000), 'a '.repeat(10_000)),
);

const ACTIVITY_TYPES = [
  'message',
  'conversationUpdate',
  'event',
  'typing',
  'messageReaction',
  'installationUpdate',
  'endOfConversation',
  'invoke',
];

/** A well-formed activity: the shape a channel sends, with hostile text and odd but valid values. */
function wellFormedActivity(connectorUrl: string): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      type: fc.oneof(
        { weight: 5, arbitrary: fc.constant('message') },
        { weight: 3, arbitrary: fc.constantFrom(...ACTIVITY_TYPES) },
      ),
      id: fc.string({ minLength: 1, maxLength: 40 }),
      channelId: fc.constantFrom(
        'webchat',
        'msteams',
        'sms',
        'directline',
        'emulator',
        'test',
        'somewhere-else',
      ),
      // Only reachable or refused addresses: an unreachable one makes the SDK retry for seconds.
      serviceUrl: fc.constantFrom(connectorUrl, connectorUrl, 'https://attacker.example/'),
      deliveryMode: fc.constantFrom('expectReplies', 'expectReplies', 'normal'),
      from: fc.record({
        id: fc.string({ minLength: 1, maxLength: 40 }),
        name: text,
        role: fc.constantFrom('user', 'bot'),
      }),
      recipient: fc.record({ id: fc.string({ minLength: 1, maxLength: 40 }) }),
      conversation: fc.record({ id: fc.string({ minLength: 1, maxLength: 60 }), isGroup: fc.boolean() }),
      text,
      locale: fc.constantFrom('en-US', 'es-MX', 'es', 'zz', ''),
      localTimezone: fc.constantFrom('America/New_York', 'Europe/Madrid', 'Not/AZone', ''),
      timestamp: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      value: fc.jsonValue({ maxDepth: 3 }),
      channelData: fc.jsonValue({ maxDepth: 3 }),
      attachments: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
      entities: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
      membersAdded: fc.array(fc.record({ id: fc.string({ minLength: 1 }) }), { maxLength: 3 }),
      name: fc.constantFrom('adaptiveCard/action', 'signin/verifyState', 'unknown'),
    },
    { requiredKeys: ['type', 'id', 'channelId', 'serviceUrl', 'from', 'recipient', 'conversation'] },
  );
}

/** A well-formed activity with up to three fields replaced by a value of the wrong type, or removed. */
function activityArbitrary(connectorUrl: string): fc.Arbitrary<Record<string, unknown>> {
  const fields = [
    'type',
    'id',
    'channelId',
    'serviceUrl',
    'from',
    'recipient',
    'conversation',
    'text',
    'locale',
    'value',
    'attachments',
    'entities',
  ];
  const damage = fc.tuple(
    fc.constantFrom(...fields),
    fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
  );
  return fc
    .tuple(wellFormedActivity(connectorUrl), fc.array(damage, { maxLength: 3 }))
    .map(([activity, changes]) => {
      const damaged: Record<string, unknown> = { ...activity };
      for (const [name, value] of changes) damaged[name] = value;
      return damaged;
    });
}

function deepNesting(depth: number, open: string, close: string, inner = '0'): string {
  return `{"type":"message","channelId":"webchat","conversation":{"id":"deep"},"from":{"id":"u"},"deliveryMode":"expectReplies","channelData":${open.repeat(depth)}${inner}${close.repeat(depth)}}`;
}

const rawBody = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  hostile,
  fc.integer({ min: 1, max: 100_000 }).map((depth) => deepNesting(depth, '[', ']')),
  fc.integer({ min: 1, max: 40_000 }).map((depth) => deepNesting(depth, '{"a":', '}')),
  fc.integer({ min: 1, max: 100_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.constantFrom(
    '',
    '{}',
    '[]',
    'null',
    '"activity"',
    '{"type":"message"}',
    '\uFEFF{}',
    '{"type":"message",}',
  ),
);

describe('fuzzing /api/messages', () => {
  let t: RunningTestApp;
  let seededState: unknown;
  let seededProgram: unknown;

  beforeAll(async () => {
    // Listing only loopback keeps every accepted activity's replies on this machine.
    t = await startTestApp({ env: { SERVICE_URL_ALLOWLIST: '127.0.0.1' } });
    const prisma = t.app.database.prisma;
    seededState = await prisma.stateEntry.create({
      data: { key: 'fuzz/seed/state', value: '{"kept":true}', etag: 'seed-1' },
    });
    seededProgram = await prisma.program.create({
      data: {
        sourceKey: 'fuzz-seed',
        name: 'Seed Program',
        street: '1 Main Street',
        city: 'Trenton',
        state: 'NJ',
        zip: '08608',
        levelIop: true,
        source: 'test:fuzz',
        sourceEdition: '',
        contentHash: 'seed',
      },
    });
  });

  afterAll(async () => t.close());

  test('random and malformed bodies never get a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(rawBody, async (body) => {
        const res = await postActivity(t.baseUrl, body);
        await res.arrayBuffer();
        expect(res.status).toBeGreaterThanOrEqual(200);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });

  test('activities with wrong types, missing fields and hostile values never get a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(activityArbitrary(t.serviceUrl), async (activity) => {
        const res = await postActivity(t.baseUrl, activity);
        await res.arrayBuffer();
        expect(res.status).toBeGreaterThanOrEqual(200);
        // 501 is the Bot Framework's defined answer to an invoke the bot does not implement.
        if (activity.type !== 'invoke' || res.status !== 501) expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 400 },
    );
  });

  test('a text at the body limit is handled within the request', async () => {
    const started = Date.now();
    const padding = 'word '.repeat(Math.floor((t.app.config.maxBodyBytes - 1000) / 5));
    const replies = await ask(t.baseUrl, padding, { conversation: { id: 'fuzz-huge' } });
    expect(replies.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('any text gets at least one reply in a full turn', async () => {
    const conversation = { id: 'fuzz-text' };
    await ask(t.baseUrl, 'hello', { conversation });
    await fc.assert(
      fc.asyncProperty(text, async (message) => {
        const replies = await ask(t.baseUrl, message, { conversation });
        expect(replies.length).toBeGreaterThan(0);
      }),
      { numRuns: 250 },
    );
  });

  // Runs last (jest keeps file order): everything above must have left the service and its data intact.
  test('afterwards the seeded rows are unchanged and the service still answers', async () => {
    const prisma = t.app.database.prisma;
    expect(await prisma.stateEntry.findUnique({ where: { key: 'fuzz/seed/state' } })).toEqual(seededState);
    expect(await prisma.program.findMany()).toEqual([seededProgram]);
    expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** A plausible value per column, so that some generated rows are accepted and reach the record builder. */
const PLAUSIBLE: Record<string, string> = {
  name: 'Harbor Light IOP',
  street: '100 River Street',
  city: 'Hoboken',
  state: 'NJ',
  zip: '07030',
  levels: 'iop;partial',
  latitude: '40.74',
  longitude: '-74.03',
  website: 'https://example.org',
  telehealth: 'yes',
  last_verified: '2024-01-15',
};

describe('fuzzing the provider CSV parser', () => {
  const geocoder = new Geocoder();
  const oddCell = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    hostile,
    fc.constantFrom(
      'New Jersey',
      '07030-1234',
      '7030',
      'yes',
      'maybe',
      '2024-02-30',
      '91',
      '-181',
      'javascript:alert(1)',
    ),
    fc.constantFrom('"', '""', ',', '\n', '\r\n', '\r', '"a""b"', 'x"y'),
  );
  const cellFor = (column: string) =>
    fc
      .tuple(
        fc.oneof(
          { weight: 8, arbitrary: fc.constant(PLAUSIBLE[column] ?? '') },
          { weight: 1, arbitrary: oddCell },
        ),
        fc.boolean(),
      )
      .map(([value, quote]) => (quote ? `"${value.replace(/"/g, '""')}"` : value));
  const optional = PROVIDER_COLUMNS.filter((c) => !REQUIRED_COLUMNS.includes(c));
  const validHeader = fc.subarray(optional).chain((extra) =>
    fc.shuffledSubarray([...REQUIRED_COLUMNS, ...extra], {
      minLength: REQUIRED_COLUMNS.length + extra.length,
    }),
  );
  const defectiveHeader = fc
    .tuple(validHeader, fc.constantFrom('unknown_column', 'Name', ' ZIP ', 'name', ''), fc.boolean())
    .map(([columns, odd, drop]) => (drop ? columns.slice(1) : [...columns, odd]));
  const header = fc.oneof({ weight: 4, arbitrary: validHeader }, { weight: 1, arbitrary: defectiveHeader });
  const table = header.chain((columns) =>
    fc
      .tuple(
        fc.array(fc.tuple(...columns.map((c) => cellFor(c.trim().toLowerCase()))), { maxLength: 15 }),
        fc.array(fc.array(oddCell, { maxLength: 24 }), { maxLength: 2 }),
        fc.constantFrom('\n', '\r\n', '\r'),
      )
      .map(([rows, ragged, newline]) => [columns, ...rows, ...ragged].map((r) => r.join(',')).join(newline)),
  );
  const input = fc.oneof(
    { weight: 4, arbitrary: table },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 500 }) },
    fc.constant('\uFEFF'),
  );

  test('returns records or rejected rows with row numbers, and never throws', () => {
    fc.assert(
      fc.property(input, (csv) => {
        const { records, rejected } = parseProviderCsv(csv, { fileName: 'fuzz.csv', geocoder });
        const rows = rejected.map((r) => r.row);
        expect(new Set(rows).size).toBe(rows.length);
        for (const { row, reason } of rejected) {
          expect(Number.isInteger(row) && row >= 1).toBe(true);
          expect(reason.trim().length).toBeGreaterThan(0);
        }
        for (const record of records) {
          expect(record.name.trim().length).toBeGreaterThan(0);
          expect(record.zip).toMatch(/^\d{5}$/);
          expect(record.state).toMatch(/^[A-Z]{2}$/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
