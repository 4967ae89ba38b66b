import { type AdminDeps, runAdmin } from '../../../scripts/admin';
import { listDeadLetters } from '../../../src/reminders/deadLetters';
import { providers } from '../../support/testDatabases';
import { type Harness, openHarness } from './harness';

const SCHEDULE = 'FREQ=WEEKLY;BYDAY=TU,TH;BYHOUR=18;BYMINUTE=0';
const TOKEN = 'correct-horse-battery-staple';

describe.each(providers())('admin command on %s', (provider) => {
  let h: Harness;
  let opened = 0;

  beforeAll(async () => {
    h = await openHarness(provider);
  });

  afterAll(async () => {
    await h.close();
  });

  function deps(env: AdminDeps['env'] = { ADMIN_TOKEN: TOKEN }): AdminDeps {
    return {
      env,
      open: async () => {
        opened += 1;
        return {
          cohorts: h.cohorts,
          deadLetters: (limit) => listDeadLetters(h.prisma, limit),
          close: async () => undefined,
        };
      },
    };
  }

  const admin = (...argv: string[]) => runAdmin([...argv, '--token', TOKEN], deps());

  it('refuses to run without ADMIN_TOKEN, or with a token that does not match, before touching the database', async () => {
    const before = opened;
    const unset = await runAdmin(['cohort', 'list', '--token', TOKEN], deps({}));
    expect(unset).toEqual({ exitCode: 3, output: expect.stringContaining('set ADMIN_TOKEN') });
    const missing = await runAdmin(['cohort', 'list'], deps());
    expect(missing.exitCode).toBe(3);
    const wrong = await runAdmin(['cohort', 'list', '--token', 'guess'], deps());
    expect(wrong).toEqual({ exitCode: 3, output: expect.stringContaining('must match ADMIN_TOKEN') });
    const confirmed = await runAdmin(
      ['cohort', 'list'],
      deps({ ADMIN_TOKEN: TOKEN, ADMIN_TOKEN_CONFIRM: TOKEN }),
    );
    expect(confirmed.exitCode).toBe(0);
    expect(opened).toBe(before + 1);
  });

  it('creates, shows, lists, reschedules, cancels a session of, and deletes a cohort', async () => {
    const created = await admin(
      'cohort',
      'create',
      '--name',
      'Evening IOP',
      '--schedule',
      SCHEDULE,
      '--tz',
      'America/New_York',
      '--minutes',
      '150',
    );
    expect(created.exitCode).toBe(0);
    const code = /Join code: ([A-Z2-9]{6})/.exec(created.output)?.[1];
    expect(code).toBeDefined();
    expect((await admin('cohort', 'show', code!)).output).toContain('"Evening IOP"');
    expect((await admin('cohort', 'show', code!)).output).toContain('150 min');
    expect((await admin('cohort', 'list')).output).toContain(code!);
    const moved = await admin(
      'cohort',
      'schedule',
      code!,
      '--schedule',
      'FREQ=WEEKLY;BYDAY=WE;BYHOUR=17;BYMINUTE=30',
    );
    expect(moved).toEqual({ exitCode: 0, output: expect.stringContaining('BYDAY=WE') });
    const cancelled = await admin('cohort', 'cancel', code!, '--session', '2026-12-09T17:30');
    expect(cancelled).toEqual({ exitCode: 0, output: expect.stringContaining('cancelled 2026-12-09T17:30') });
    expect(await admin('cohort', 'delete', code!)).toEqual({
      exitCode: 0,
      output: `Deleted cohort ${code}.`,
    });
    expect(await admin('cohort', 'show', code!)).toEqual({
      exitCode: 1,
      output: `no cohort with code ${code}`,
    });
  });

  it('explains unknown commands and bad arguments, with exit code 2', async () => {
    const cases: [string[], RegExp][] = [
      [[], /no command given/],
      [['cohort', 'explode'], /unknown command "cohort explode"/],
      [['cohort', 'create', '--name', 'x', '--tz', 'America/New_York'], /missing --schedule/],
      [
        ['cohort', 'create', '--name', 'x', '--schedule', SCHEDULE, '--tz', 'Atlantis/Capital'],
        /unknown time zone "Atlantis\/Capital"/,
      ],
      [
        ['cohort', 'create', '--name', 'x', '--schedule', 'FREQ=FORTNIGHTLY', '--tz', 'UTC'],
        /bad --schedule/,
      ],
      [
        ['cohort', 'create', '--name', 'x', '--schedule', SCHEDULE, '--tz', 'UTC', '--minutes', 'lots'],
        /--minutes/,
      ],
      [
        ['cohort', 'create', '--name', 'x', '--schedule', 'FREQ=WEEKLY;BYDAY=TU', '--tz', 'UTC'],
        /session time/,
      ],
      [['cohort', 'cancel', 'ABCDEF', '--session', '2026-02-30T18:00'], /not a real date/],
      [['cohort', 'cancel', 'ABCDEF', '--session', 'next tuesday'], /must look like/],
      [['cohort', 'show'], /missing cohort code/],
      [['cohort', 'show', 'ABCDEF', 'extra'], /unexpected argument "extra"/],
      [['cohort', 'list', '--name', 'x'], /does not apply/],
      [['cohort', 'list', '--colour', 'red'], /unknown option --colour/],
      [['reminders', 'dead-letters', '--limit', '0'], /--limit/],
    ];
    for (const [argv, message] of cases) {
      const result = await admin(...argv);
      expect({ argv, exitCode: result.exitCode }).toEqual({ argv, exitCode: 2 });
      expect(result.output).toMatch(message);
    }
    const cohort = await h.cohorts.create({
      name: 'Check',
      schedule: SCHEDULE,
      timeZone: 'America/New_York',
    });
    const notASession = await admin('cohort', 'cancel', cohort.joinCode, '--session', '2026-12-09T18:00');
    expect(notASession).toEqual({
      exitCode: 2,
      output: expect.stringMatching(/no session of this cohort starts at 2026-12-09T18:00/),
    });
  });

  it('lists dead letters without any reminder text', async () => {
    expect(await admin('reminders', 'dead-letters')).toEqual({
      exitCode: 0,
      output: 'No dead-lettered reminders.',
    });
    const person = await h.person();
    const reminder = await h.reminders.create({
      ...person,
      kind: 'custom',
      what: 'private words',
      firstAt: new Date(h.clock.now().getTime() + 60_000),
      timeZone: 'UTC',
    });
    await h.prisma.reminderOccurrence.updateMany({
      where: { reminderId: reminder.id },
      data: { status: 'dead', attempts: 8, lastError: '503' },
    });
    const listed = await admin('reminders', 'dead-letters', '--limit', '5');
    expect(listed.exitCode).toBe(0);
    expect(listed.output).toContain(`reminder ${reminder.id}`);
    expect(listed.output).toContain('attempts 8  error 503');
    expect(listed.output).not.toContain('private words');
  });
});
