import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runCli } from '../../scripts/remindersParse';

const NOW = ['--now', '2026-11-30T15:00:00-05:00', '--tz', 'America/New_York'];

function json(output: string): Record<string, unknown> {
  expect(output).not.toContain('\n');
  return JSON.parse(output) as Record<string, unknown>;
}

describe('remindersParse CLI', () => {
  it('prints one JSON line for a one-time reminder', () => {
    const { output, exitCode } = runCli([...NOW, 'remind me to take a walk tomorrow at 6pm']);
    expect(exitCode).toBe(0);
    expect(json(output)).toEqual({
      kind: 'once',
      what: 'take a walk',
      next: '2026-12-01T18:00:00.000-05:00',
      rrule: null,
      timezone: 'America/New_York',
    });
  });

  it('prints the rule and lead time for a recurring reminder, text given as several words', () => {
    const { output, exitCode } = runCli([
      ...NOW,
      'my',
      'group',
      'is',
      'Tuesdays',
      'at',
      '6pm,',
      'remind',
      'me',
      'an',
      'hour',
      'before',
    ]);
    expect(exitCode).toBe(0);
    expect(json(output)).toEqual({
      kind: 'recurring',
      what: 'my group',
      next: '2026-12-01T17:00:00.000-05:00',
      rrule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=18;BYMINUTE=0',
      timezone: 'America/New_York',
      leadMinutes: 60,
    });
  });

  it('supports Spanish and a --now without offset (read in --tz)', () => {
    const args = [
      '--now',
      '2026-11-30T15:00',
      '--tz',
      'Europe/Madrid',
      '--locale',
      'es-ES',
      'mañana a las 8 de la noche',
    ];
    const result = json(runCli(args).output);
    expect(result).toMatchObject({
      kind: 'once',
      next: '2026-12-01T20:00:00.000+01:00',
      what: 'tu recordatorio',
    });
  });

  it('prints clarifying questions with exit code 0 and parser errors with exit code 1', () => {
    const ambiguous = runCli([...NOW, 'at 5']);
    expect(ambiguous.exitCode).toBe(0);
    expect(json(ambiguous.output)).toEqual({ clarify: 'Did you mean 5 AM or 5 PM?', reason: 'ambiguous' });
    const unsupported = runCli([...NOW, 'every hour']);
    expect(unsupported.exitCode).toBe(1);
    expect(json(unsupported.output)).toEqual({ error: 'unsupported_recurrence' });
  });

  it.each([
    [['--tz', 'America/New_York', 'tomorrow at 6pm'], /missing --now/],
    [
      ['--now', 'yesterday-ish', '--tz', 'America/New_York', 'tomorrow at 6pm'],
      /--now is not a valid ISO-8601/,
    ],
    [
      ['--now', '2026-13-45T10:00', '--tz', 'America/New_York', 'tomorrow at 6pm'],
      /--now is not a valid ISO-8601/,
    ],
    [['--now', '2026-11-30T15:00', '--tz', 'Mars/Base', 'tomorrow at 6pm'], /unknown time zone: Mars\/Base/],
    [['--now', '2026-11-30T15:00', 'tomorrow at 6pm'], /missing --tz/],
    [[...NOW, '--locale', 'fr-FR', 'demain'], /unsupported --locale/],
    [[...NOW], /missing reminder text/],
    [[...NOW, '--verbose', 'x'], /unknown option --verbose/],
    [['--now'], /missing value for --now/],
  ])('bad arguments %j → error, exit code 2', (args, message) => {
    const { output, exitCode } = runCli(args);
    expect(exitCode).toBe(2);
    const parsed = json(output);
    expect(Object.keys(parsed)).toEqual(['error']);
    expect(parsed.error).toMatch(message);
  });

  it('gives the same answer whatever time zone the server process runs in', () => {
    // Jest sandboxes process.env, so each server zone needs its own Node process. The child
    // compiles the TypeScript with @swc/core (the same compiler Jest uses here).
    const child = `
      const { transformSync } = require('@swc/core');
      const fs = require('node:fs');
      require.extensions['.ts'] = (module, filename) => {
        const options = { filename, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } };
        module._compile(transformSync(fs.readFileSync(filename, 'utf8'), options).code, filename);
      };
      const { runCli } = require(${JSON.stringify(path.resolve(__dirname, '../../scripts/remindersParse.ts'))});
      process.stdout.write(JSON.stringify([new Date(2026, 10, 30).getTimezoneOffset(), runCli(JSON.parse(process.argv[1])).output]));
    `;
    const args = ['--now', '2026-11-30T23:30:00-05:00', '--tz', 'America/New_York', 'tomorrow at 6pm'];
    const runs = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'].map((serverZone) => {
      const result = spawnSync(process.execPath, ['-e', child, JSON.stringify(args)], {
        env: { ...process.env, TZ: serverZone },
        encoding: 'utf8',
        cwd: path.resolve(__dirname, '../..'),
      });
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout) as [number, string];
    });
    expect(new Set(runs.map(([offset]) => offset)).size).toBe(3);
    for (const [, output] of runs) expect(json(output).next).toBe('2026-12-01T18:00:00.000-05:00');
  });
});
