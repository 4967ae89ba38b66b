/**
 * Staff administration for cohorts and reminder dead letters:
 *   npm run admin -- cohort create --name "Evening IOP" --schedule "FREQ=WEEKLY;BYDAY=TU,TH;BYHOUR=18;BYMINUTE=0" --tz America/New_York [--minutes 180]
 *   npm run admin -- cohort list
 *   npm run admin -- cohort show <code>
 *   npm run admin -- cohort schedule <code> --schedule "..." [--tz <zone>]
 *   npm run admin -- cohort cancel <code> --session 2026-12-08T18:00
 *   npm run admin -- cohort delete <code>
 *   npm run admin -- reminders dead-letters [--limit 50]
 * It refuses to run unless ADMIN_TOKEN is set in the environment and the same value is given with
 * --token (or ADMIN_TOKEN_CONFIRM), so a shell that merely has the database URL cannot use it.
 * Exit codes: 0 done, 1 not found or failed, 2 bad command or arguments, 3 not authorised.
 */
import crypto from 'node:crypto';
import { DateTime } from 'luxon';
import { systemClock } from '../src/bot/turnServices';
import { loadConfig } from '../src/config/config';
import { type CohortView, CohortStore } from '../src/reminders/cohortStore';
import { fixedQuietHours } from '../src/reminders/quietHoursPolicy';
import { type DeadLetter, listDeadLetters } from '../src/reminders/deadLetters';
import { nextOccurrence } from '../src/reminders/recurrence';
import { createUserLock } from '../src/reminders/userLock';
import { isValidTimeZone } from '../src/reminders/wallClock';
import { openDatabase } from '../src/storage/database';
import { createFieldCipher } from '../src/storage/fieldCipher';

/** What the commands work with, opened only after the arguments and the token check out. */
export interface AdminServices {
  cohorts: CohortStore;
  deadLetters(limit: number): Promise<DeadLetter[]>;
  close(): Promise<void>;
}

export interface AdminDeps {
  env: { ADMIN_TOKEN?: string; ADMIN_TOKEN_CONFIRM?: string };
  open(): Promise<AdminServices>;
}

export interface AdminResult {
  exitCode: number;
  output: string;
}

interface Args {
  words: string[];
  flags: Map<string, string>;
}

interface Command {
  usage: string;
  flags: string[];
  /** Positional arguments after the command words (a cohort code). */
  positional: number;
  check?(args: Args): string | undefined;
  run(args: Args, services: AdminServices): Promise<AdminResult>;
}

const KNOWN_FLAGS = new Set(['--token', '--name', '--schedule', '--tz', '--minutes', '--session', '--limit']);

const COMMANDS: Record<string, Command> = {
  'cohort create': {
    usage: 'cohort create --name "<name>" --schedule "<RRULE>" --tz <IANA zone> [--minutes 180]',
    flags: ['--name', '--schedule', '--tz', '--minutes'],
    positional: 0,
    check: (a) =>
      required(a, '--name', '--schedule', '--tz') ??
      checkSchedule(a.flags.get('--schedule')!, a.flags.get('--tz')!) ??
      checkMinutes(a),
    run: async (a, s) => {
      const cohort = await s.cohorts.create({
        name: a.flags.get('--name')!,
        schedule: a.flags.get('--schedule')!,
        timeZone: a.flags.get('--tz')!,
        sessionMinutes: a.flags.has('--minutes') ? Number(a.flags.get('--minutes')) : undefined,
      });
      return ok(`Created cohort. Join code: ${cohort.joinCode}\n${describe(cohort)}`);
    },
  },
  'cohort list': {
    usage: 'cohort list',
    flags: [],
    positional: 0,
    run: async (_a, s) => {
      const all = await s.cohorts.list();
      return ok(all.length ? all.map(describe).join('\n') : 'No cohorts yet.');
    },
  },
  'cohort show': {
    usage: 'cohort show <code>',
    flags: [],
    positional: 1,
    run: async (a, s) => found(await s.cohorts.show(a.words[2]), a.words[2]),
  },
  'cohort schedule': {
    usage: 'cohort schedule <code> --schedule "<RRULE>" [--tz <IANA zone>]',
    flags: ['--schedule', '--tz'],
    positional: 1,
    // Without --tz the cohort keeps its zone; UTC is enough to check the rule's syntax here.
    check: (a) =>
      required(a, '--schedule') ?? checkSchedule(a.flags.get('--schedule')!, a.flags.get('--tz') ?? 'UTC'),
    run: async (a, s) =>
      found(
        await s.cohorts.changeSchedule(a.words[2], a.flags.get('--schedule')!, a.flags.get('--tz')),
        a.words[2],
      ),
  },
  'cohort cancel': {
    usage: 'cohort cancel <code> --session YYYY-MM-DDTHH:MM',
    flags: ['--session'],
    positional: 1,
    check: (a) => required(a, '--session') ?? checkLocalDateTime(a.flags.get('--session')!),
    run: async (a, s) =>
      found(await s.cohorts.cancelSession(a.words[2], a.flags.get('--session')!), a.words[2]),
  },
  'cohort delete': {
    usage: 'cohort delete <code>',
    flags: [],
    positional: 1,
    run: async (a, s) =>
      (await s.cohorts.delete(a.words[2])) ? ok(`Deleted cohort ${a.words[2]}.`) : notFound(a.words[2]),
  },
  'reminders dead-letters': {
    usage: 'reminders dead-letters [--limit 50]',
    flags: ['--limit'],
    positional: 0,
    check: (a) =>
      a.flags.has('--limit') && !/^[1-9]\d{0,3}$/.test(a.flags.get('--limit')!)
        ? '--limit must be 1-9999'
        : undefined,
    run: async (a, s) => {
      const rows = await s.deadLetters(Number(a.flags.get('--limit') ?? 50));
      if (rows.length === 0) return ok('No dead-lettered reminders.');
      const lines = rows.map(
        (d) =>
          `${d.ref}  reminder ${d.reminderId}  ${d.kind}  ${d.channelId}  attempts ${d.attempts}  error ${d.lastError ?? '-'}  scheduled ${d.scheduledFor.toISOString()}  dead since ${d.deadSince.toISOString()}`,
      );
      return ok(lines.join('\n'));
    },
  },
};

/** Runs one admin command. Never throws: every failure becomes a message and an exit code. */
export async function runAdmin(argv: string[], deps: AdminDeps): Promise<AdminResult> {
  const args = parse(argv);
  if (typeof args === 'string') return usageError(args);
  const denied = authorise(args, deps.env);
  if (denied) return { exitCode: 3, output: denied };
  const name = args.words.slice(0, 2).join(' ');
  const command = COMMANDS[name];
  if (!command)
    return usageError(args.words.length ? `unknown command "${args.words.join(' ')}"` : 'no command given');
  const problem = checkShape(command, args) ?? command.check?.(args);
  if (problem) return usageError(`${problem}\nusage: npm run admin -- ${command.usage}`);
  let services: AdminServices | undefined;
  try {
    services = await deps.open();
    return await command.run(args, services);
  } catch (error) {
    // Validation that needs the stored cohort (e.g. no session at that time) arrives as RangeError.
    if (error instanceof RangeError) return usageError(error.message);
    return { exitCode: 1, output: `failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    await services?.close();
  }
}

function parse(argv: string[]): Args | string {
  const words: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    if (!KNOWN_FLAGS.has(arg)) return `unknown option ${arg}`;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) return `missing value for ${arg}`;
    flags.set(arg, value);
    i += 1;
  }
  return { words, flags };
}

/** Compares digests so the check takes the same time however much of the token is right. */
function authorise(args: Args, env: AdminDeps['env']): string | undefined {
  const expected = env.ADMIN_TOKEN?.trim();
  if (!expected) return 'refused: set ADMIN_TOKEN in the environment to use the admin command';
  const given = args.flags.get('--token') ?? env.ADMIN_TOKEN_CONFIRM ?? '';
  const digest = (s: string) => crypto.createHash('sha256').update(s).digest();
  if (!crypto.timingSafeEqual(digest(given.trim()), digest(expected))) {
    return 'refused: give the admin token with --token <token> (or ADMIN_TOKEN_CONFIRM); it must match ADMIN_TOKEN';
  }
  return undefined;
}

function checkShape(command: Command, args: Args): string | undefined {
  const extra = [...args.flags.keys()].find((f) => f !== '--token' && !command.flags.includes(f));
  if (extra) return `option ${extra} does not apply to this command`;
  const positional = args.words.length - 2;
  if (positional < command.positional) return 'missing cohort code';
  if (positional > command.positional) return `unexpected argument "${args.words[2 + command.positional]}"`;
  return undefined;
}

function required(args: Args, ...names: string[]): string | undefined {
  const missing = names.filter((n) => !args.flags.has(n));
  return missing.length ? `missing ${missing.join(', ')}` : undefined;
}

function checkSchedule(schedule: string, timeZone: string): string | undefined {
  if (!isValidTimeZone(timeZone))
    return `unknown time zone "${timeZone}" (use an IANA name such as America/New_York)`;
  try {
    if (!nextOccurrence(schedule, timeZone, new Date())) return 'the schedule has no future session';
  } catch (error) {
    return `bad --schedule: ${error instanceof Error ? error.message : String(error)}`;
  }
  return undefined;
}

function checkMinutes(args: Args): string | undefined {
  const value = args.flags.get('--minutes');
  return value === undefined || /^\d{1,4}$/.test(value)
    ? undefined
    : '--minutes must be a whole number of minutes';
}

function checkLocalDateTime(value: string): string | undefined {
  const parsed = DateTime.fromFormat(value, "yyyy-MM-dd'T'HH:mm");
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return '--session must look like 2026-12-08T18:00';
  return parsed.isValid ? undefined : `--session ${value} is not a real date and time`;
}

function describe(c: CohortView): string {
  const next = c.nextSession
    ? DateTime.fromJSDate(c.nextSession, { zone: c.timeZone }).toFormat('yyyy-MM-dd HH:mm ZZZZ')
    : 'none';
  const cancelled = c.cancelled.length ? `  cancelled ${c.cancelled.join(',')}` : '';
  return `${c.joinCode}  "${c.name}"  ${c.schedule}  ${c.timeZone}  ${c.sessionMinutes} min  members ${c.members}  next ${next}${cancelled}`;
}

function ok(output: string): AdminResult {
  return { exitCode: 0, output };
}

function found(cohort: CohortView | undefined, code: string): AdminResult {
  return cohort ? ok(describe(cohort)) : notFound(code);
}

function notFound(code: string): AdminResult {
  return { exitCode: 1, output: `no cohort with code ${code}` };
}

function usageError(message: string): AdminResult {
  return {
    exitCode: 2,
    output: `error: ${message}\ncommands: ${Object.values(COMMANDS)
      .map((c) => c.usage.split(' --')[0])
      .join(' | ')}`,
  };
}

/** Opens the configured database (and applies pending migrations, as the service does). */
async function openServices(): Promise<AdminServices> {
  const config = loadConfig();
  const database = await openDatabase({ ...config.database, projectRoot: config.projectRoot, poolSize: 2 });
  const cipher = createFieldCipher(config.privacy.encryptionKeys);
  const cohorts = new CohortStore(
    database.prisma,
    cipher,
    systemClock,
    createUserLock(database),
    fixedQuietHours(config.reminders.quietHours),
  );
  return {
    cohorts,
    deadLetters: (limit) => listDeadLetters(database.prisma, limit),
    close: () => database.close(),
  };
}

if (require.main === module) {
  void runAdmin(process.argv.slice(2), {
    env: { ADMIN_TOKEN: process.env.ADMIN_TOKEN, ADMIN_TOKEN_CONFIRM: process.env.ADMIN_TOKEN_CONFIRM },
    open: openServices,
  }).then(({ exitCode, output }) => {
    (exitCode === 0 ? process.stdout : process.stderr).write(`${output}\n`);
    process.exitCode = exitCode;
  });
}
