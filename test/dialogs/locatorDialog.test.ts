import path from 'node:path';
import { LocatorDialog } from '../../dialogs/locatorDialog';
import { MainRouter } from '../../dialogs/mainRouter';
import type { ConversationData, Dialog, TurnInput, UserProfile } from '../../dialogs/turnTypes';
import type { Language, OutboundMessage, ProgramCardItem } from '../../src/channels/outboundMessage';
import { importDirectory } from '../../src/programs/directoryImporter';
import { LocatorService } from '../../src/programs/locatorService';
import type { Database } from '../../src/storage/database';
import { openTestDatabase } from '../support/testDatabases';

const FIXTURE = path.join(__dirname, 'fixtures', 'locator-programs.csv');
const HELPLINE = '1-800-662-4357';

const fallback: Dialog = { name: 'fallback', start: async () => [{ text: 'FALLBACK' }] };

/** One person talking to the locator: state carries over between turns as the bot would keep it. */
class Chat {
  conversation: ConversationData = {};

  constructor(
    private readonly router: MainRouter,
    public language: Language = 'en',
    public user: UserProfile = {},
  ) {}

  async say(text: string, extra: Partial<TurnInput> = {}): Promise<OutboundMessage[]> {
    return this.router.route({
      text,
      language: this.language,
      now: new Date('2026-02-01T15:00:00Z'),
      channelId: 'test',
      userHash: 'user-1',
      conversationKey: 'test|conversation-1',
      conversation: this.conversation,
      user: this.user,
      ...extra,
    });
  }
}

const items = (replies: OutboundMessage[]): ProgramCardItem[] =>
  replies
    .flatMap((reply) => reply.cards ?? [])
    .flatMap((card) => (card.kind === 'programs' ? card.items : []));
const names = (replies: OutboundMessage[]) => items(replies).map((item) => item.name);
const choices = (replies: OutboundMessage[]) =>
  replies.flatMap((reply) => reply.choices ?? []).map((c) => c.label);
const text = (replies: OutboundMessage[]) => replies.map((reply) => reply.text).join('\n');

describe('LocatorDialog with a real SQLite directory', () => {
  let db: Database;
  let cleanup: () => Promise<void>;
  let dialog: LocatorDialog;
  let router: MainRouter;

  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase('sqlite'));
    const summary = await importDirectory(db.prisma, FIXTURE, { now: new Date() });
    expect(summary).toMatchObject({ added: 13, rejected: [] });
    dialog = new LocatorDialog(new LocatorService(db.prisma));
    router = new MainRouter([dialog], fallback);
  });
  afterAll(() => cleanup());

  it('asks for a place, then pages, filters and looks farther away', async () => {
    const chat = new Chat(router);
    const ask = await chat.say('Find an IOP');
    expect(text(ask)).toMatch(/What ZIP code or town/);
    expect(chat.conversation.pending).toMatchObject({ dialog: 'locator', step: 'location' });

    const first = await chat.say('07030');
    expect(text(first)).toMatch(/Here are 3 of 9 programs within 25 miles of Hoboken, NJ 07030/);
    expect(text(first)).toMatch(/I'll remember Hoboken, NJ 07030/);
    expect(chat.user.location).toMatchObject({ label: 'Hoboken, NJ 07030' });
    expect(names(first)[0]).toBe('Harbor Light IOP');
    expect(items(first)[0]).toMatchObject({
      distanceMiles: 0,
      labels: expect.arrayContaining([
        'Intensive outpatient (IOP)',
        'Takes Medicaid',
        'Telehealth available',
      ]),
      address: '100 River Street, Hoboken, NJ 07030',
      phone: '201-555-0142',
      website: 'https://example.org/harbor',
      source: 'Listed by the program, checked 2025-03-15',
      reportValue: expect.stringMatching(/^report listing \d+$/),
    });
    expect(items(first)[0].directionsUrl).toMatch(
      /^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=100%20River/,
    );
    expect(choices(first)).toEqual(['Show more', 'Farther away', 'Only telehealth', 'Takes Medicaid']);

    const second = await chat.say('Show more');
    const third = await chat.say('show more please');
    const seen = [...names(first), ...names(second), ...names(third)];
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
    expect(text(third)).toMatch(/programs 7 to 9 of 9/);
    expect(choices(third)).not.toContain('Show more');
    expect(text(await chat.say('more'))).toMatch(/That's all 9 programs within 25 miles/);

    const medicaid = await chat.say('Which of those take Medicaid?');
    expect(text(medicaid)).toMatch(
      /of 6 programs within 25 miles of Hoboken, NJ 07030 that match: takes Medicaid/,
    );
    for (const item of items(medicaid)) expect(item.labels).toContain('Takes Medicaid');
    expect(choices(medicaid)).not.toContain('Takes Medicaid');

    const farther = await chat.say('Farther away');
    expect(text(farther)).toMatch(
      /I found 3 programs 25 to 100 miles from Hoboken, NJ 07030 that match: takes Medicaid/,
    );
    expect(text(farther)).toMatch(/fewer than 3 up to 50 miles, so I looked up to 100 miles/);
    expect(names(farther).sort()).toEqual(['Atlantic Outpatient', 'New Brunswick IOP', 'Shore IOP']);
    for (const item of items(farther)) expect(item.distanceMiles).toBeGreaterThan(25);
    expect(text(await chat.say('farther away'))).toMatch(/as far as 100 miles/);
  });

  it('answers a one-shot request in Spanish and narrows it with follow-ups', async () => {
    const chat = new Chat(router, 'es');
    const first = await chat.say('Busco un programa cerca de Newark, NJ');
    expect(text(first)).toMatch(
      /programas a menos de 25 millas de Newark, NJ, del más cercano al más lejano/,
    );
    expect(text(first)).toMatch(/Recordaré Newark, NJ/);
    expect(choices(first)).toEqual(['Ver más', 'Más lejos', 'Solo telesalud', 'Acepta Medicaid']);

    const tele = await chat.say('solo telesalud');
    expect(text(tele)).toMatch(/con estos filtros: telesalud/);
    expect(items(tele).length).toBe(3);
    for (const item of items(tele)) expect(item.labels).toContain('Ofrece telesalud');

    const more = await chat.say('más resultados');
    const all = [...names(tele), ...names(more)];
    expect(new Set(all).size).toBe(all.length);
    for (const item of items(more)) expect(item.labels).toContain('Ofrece telesalud');
    expect(items(more).every((item) => item.source.startsWith('Información del propio programa'))).toBe(true);
  });

  it('uses the saved place, says which, and forgets it on request', async () => {
    const chat = new Chat(router, 'en', {
      location: { latitude: 40.7445, longitude: -74.0329, label: 'Hoboken, NJ 07030' },
    });
    const replies = await chat.say('IOP near me that takes Medicaid');
    expect(text(replies)).toMatch(
      /I'm searching near Hoboken, NJ 07030. Say a new ZIP code or town to change it./,
    );
    expect(text(replies)).not.toMatch(/remember/);
    for (const item of items(replies)) expect(item.labels).toContain('Takes Medicaid');
    expect(text(await chat.say('Please forget my location'))).toMatch(/forgotten your saved location/);
    expect(chat.user.location).toBeUndefined();
    expect(chat.conversation.dialogs?.locator).toBeUndefined();
    expect(text(await chat.say('IOP near me'))).toMatch(/What ZIP code or town/);
  });

  it('searches at a shared location, naming the nearest town', async () => {
    const chat = new Chat(router);
    const replies = await chat.say('', { sharedLocation: { latitude: 40.745, longitude: -74.03 } });
    expect(text(replies)).toMatch(/within 25 miles of Hoboken, NJ/);
    expect(names(replies)[0]).toBe('Harbor Light IOP');
  });

  it('records a problem report for a listing shown, by position or by card button', async () => {
    const chat = new Chat(router);
    const shown = await chat.say('programs in Hoboken, NJ');
    const ask = await chat.say('report a problem with #2');
    expect(text(ask)).toBe(`What's wrong with the listing for ${names(shown)[1]}?`);
    expect(choices(ask)).toContain('Wrong phone number');
    expect(text(await chat.say('Wrong phone number'))).toMatch(/Thank you/);

    const id = Number(items(shown)[2].reportValue!.split(' ').pop());
    await chat.say(items(shown)[2].reportValue!);
    expect(text(await chat.say('it closed last year'))).toMatch(/Thank you/);
    const feedback = await db.prisma.programFeedback.findMany({
      orderBy: { id: 'asc' },
      include: { program: true },
    });
    expect(feedback.map((row) => [row.program.name, row.reason])).toEqual([
      [names(shown)[1], 'phone'],
      [names(shown)[2], 'closed'],
    ]);
    expect(feedback[1].programId).toBe(id);

    await chat.say('report #1');
    expect(text(await chat.say('never mind'))).toMatch(/won't report anything/);
    expect(text(await chat.say('report a problem with #7'))).toMatch(/Which listing\?/);
    expect(await db.prisma.programFeedback.count()).toBe(2);
  });

  it('says so when nothing is within 100 miles, and points to FindTreatment.gov and the helpline', async () => {
    const chat = new Chat(router);
    const replies = await chat.say('find an IOP near 99501 that takes Medicaid');
    expect(text(replies)).toMatch(
      /couldn't find any programs within 100 miles of Anchorage, AK 99501 that match: takes Medicaid/,
    );
    expect(text(replies)).toMatch(/FindTreatment\.gov/);
    expect(text(replies)).toContain(HELPLINE);
    expect(items(replies)).toEqual([]);
    expect(choices(replies)).toEqual(['Clear filters']);
  });

  it('asks again once when the answer names no place, then lets other dialogs answer', async () => {
    const chat = new Chat(router);
    await chat.say('find a program');
    expect(text(await chat.say('zzzz'))).toMatch(/couldn't find that place/);
    expect(text(await chat.say('qqqq'))).toBe('FALLBACK');
    expect(chat.conversation.pending).toBeUndefined();
  });

  it('leaves other messages to other dialogs', async () => {
    const chat = new Chat(router);
    for (const message of ['What is an IOP?', 'show more', 'only telehealth', 'hope', 'thanks']) {
      expect(text(await chat.say(message))).toBe('FALLBACK');
    }
  });

  it('begin() asks where to search, for the questions dialog to hand over', async () => {
    const chat = new Chat(router, 'es');
    const input: TurnInput = {
      text: '¿Cómo encuentro un programa?',
      language: 'es',
      now: new Date(),
      channelId: 'test',
      userHash: 'u',
      conversationKey: 'c',
      conversation: chat.conversation,
      user: chat.user,
    };
    expect(text(await dialog.begin(input))).toMatch(/¿Cerca de qué código postal o ciudad busco\?/);
    const found = text(await chat.say('Toms River'));
    expect(found).toMatch(/3 de 4 programas a menos de 50 millas de Toms River, NJ/);
    expect(found).toMatch(/Había menos de 3 hasta 25 millas, así que busqué hasta 50 millas/);
  });
});

describe('LocatorDialog with an empty directory', () => {
  it('says plainly that there is no directory, with no made-up results', async () => {
    const { db, cleanup } = await openTestDatabase('sqlite');
    try {
      const router = new MainRouter([new LocatorDialog(new LocatorService(db.prisma))], fallback);
      for (const [language, message] of [
        ['en', 'find an IOP near 07030'],
        ['es', 'busco un IOP cerca de 07030'],
        ['en', 'IOP near me'],
      ] as const) {
        const replies = await new Chat(router, language).say(message);
        expect(text(replies)).toMatch(/FindTreatment\.gov/);
        expect(text(replies)).toContain(HELPLINE);
        expect(items(replies)).toEqual([]);
      }
    } finally {
      await cleanup();
    }
  });
});
