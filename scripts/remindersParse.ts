/**
 * Developer CLI for the reminder parser:
 *   remindersParse --now 2026-11-30T15:00:00-05:00 --tz America/New_York [--locale es-ES] "tomorrow at 6pm"
 * Prints one JSON line. Exit codes: 0 scheduled or clarify, 1 parser error, 2 bad arguments.
 */
import { DateTime } from 'luxon';
import { parseReminder, type ReminderLocale } from '../src/reminders/reminderParser';
import { isValidTimeZone } from '../src/reminders/wallClock';

/** What the CLI would print, and its exit code. */
export interface CliResult {
  output: string;
  exitCode: number;
}

interface CliArguments {
  now: Date;
  timeZone: string;
  locale: ReminderLocale;
  text: string;
}

const LOCALES: readonly ReminderLocale[] = ['en-US', 'es-ES'];

/** Runs the CLI on `argv` (without the node and script paths). */
export function runCli(argv: string[]): CliResult {
  const args = readArguments(argv);
  if (typeof args === 'string') return { output: JSON.stringify({ error: args }), exitCode: 2 };
  const result = parseReminder(args.text, { now: args.now, timeZone: args.timeZone, locale: args.locale });
  if ('error' in result) return { output: JSON.stringify({ error: result.error }), exitCode: 1 };
  if ('clarify' in result) {
    return { output: JSON.stringify({ clarify: result.clarify, reason: result.reason }), exitCode: 0 };
  }
  const output: Record<string, unknown> = {
    kind: result.kind,
    what: result.what,
    next: DateTime.fromJSDate(result.next, { zone: result.timeZone }).toISO(),
    rrule: result.rrule,
    timezone: result.timeZone,
  };
  if (result.leadMinutes !== undefined) output.leadMinutes = result.leadMinutes;
  return { output: JSON.stringify(output), exitCode: 0 };
}

/** The parsed arguments, or a message naming what is wrong. */
function readArguments(argv: string[]): CliArguments | string {
  const flags = new Map<string, string>();
  const words: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    if (!['--now', '--tz', '--locale'].includes(arg)) return `unknown option ${arg}`;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) return `missing value for ${arg}`;
    flags.set(arg, value);
    i += 1;
  }
  return checkArguments(flags, words.join(' ').trim());
}

function checkArguments(flags: Map<string, string>, text: string): CliArguments | string {
  const nowText = flags.get('--now');
  const timeZone = flags.get('--tz');
  const locale = (flags.get('--locale') ?? 'en-US') as ReminderLocale;
  if (nowText === undefined) return 'missing --now (ISO-8601 date-time)';
  if (timeZone === undefined) return 'missing --tz (IANA time zone, e.g. America/New_York)';
  if (!isValidTimeZone(timeZone)) return `unknown time zone: ${timeZone}`;
  // A --now without an offset is read as wall-clock time in --tz.
  const now = DateTime.fromISO(nowText, { zone: timeZone });
  if (!now.isValid) return '--now is not a valid ISO-8601 date-time';
  if (!LOCALES.includes(locale)) return `unsupported --locale ${locale} (use en-US or es-ES)`;
  if (text.length === 0) return 'missing reminder text';
  return { now: now.toJSDate(), timeZone, locale, text };
}

if (require.main === module) {
  const { output, exitCode } = runCli(process.argv.slice(2));
  process.stdout.write(`${output}\n`);
  process.exitCode = exitCode;
}
