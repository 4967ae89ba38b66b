/**
 * `npm run bench`: measures the service on this machine, in one run, against a baseline started in
 * the same run (an echo bot on the same restify + botbuilder stack), and prints a table and one
 * JSON line. Results are figures to compare, never assertions.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/storage/database';
import { benchCrisis } from './crisis';
import { profileCosts } from './cpuProfile';
import { benchFaqMatch } from './faq';
import { createBenchDatabase, postgresReachable } from './benchDatabases';
import { runLoad, type LoadResult } from './loadGenerator';
import { projectRoot, startBotProcess } from './processes';
import { printTable, round } from './stats';
import { measureStorage, memoryStorage, prismaStorage, type StorageOpFigures } from './storageOps';
import { turnText, TURN_MIX } from './turnMix';
import { runExtraBenchmarks } from './extras';
import { benchMemory } from './memory';
import { benchLocator, importNational, type LatencySummary } from './locator';
import { SAMHSA_DATA_DIR } from './samhsaData';

const CONCURRENCY = [1, 16, 64];
// Four seconds a phase keeps the whole bench under five minutes with room for a slow machine.
const PHASE_MS = Number(process.env.BENCH_PHASE_MS ?? 4000);

interface TurnFigures {
  concurrency: number;
  baseline: LoadResult;
  project: LoadResult;
  throughputRatio: number;
  p99Multiple: number;
}

async function loadPhases(
  kind: 'project' | 'echo',
  env: Record<string, string>,
  runId: string,
  nodeArgs: string[] = [],
) {
  const bot = await startBotProcess(kind, env, nodeArgs);
  const results: LoadResult[] = [];
  try {
    // A short warm-up so JIT and connection pools are not billed to the first phase.
    await runLoad(bot.baseUrl, { concurrency: 4, durationMs: 1000, turnText, runId: `${runId}-warm` });
    for (const concurrency of CONCURRENCY) {
      results.push(
        await runLoad(bot.baseUrl, {
          concurrency,
          durationMs: PHASE_MS,
          turnText,
          runId: `${runId}-${concurrency}`,
        }),
      );
    }
  } finally {
    await bot.stop();
  }
  return { results, coldStartMs: bot.coldStartMs };
}

interface DirectoryFigures {
  importMs?: number;
  search?: LatencySummary;
  note?: string;
}

/** Loads the national directories (when the data is present) and times searches against them. */
async function directoryBenchmark(provider: 'sqlite' | 'postgresql', url: string): Promise<DirectoryFigures> {
  if (!fs.existsSync(SAMHSA_DATA_DIR)) return { note: `SAMHSA files not found at ${SAMHSA_DATA_DIR}` };
  const db = await openDatabase({ provider, url, projectRoot });
  try {
    const importMs = await importNational(db);
    const search = await benchLocator(db, { searches: 500 });
    return { importMs, search };
  } finally {
    await db.close();
  }
}

async function turnBenchmark(provider: 'sqlite' | 'postgresql', profileDir?: string) {
  const db = await createBenchDatabase(provider);
  try {
    const env = { DATABASE_URL: db.url };
    // The bot answers locator turns from the real national directory, as a deployment would.
    const directory = await directoryBenchmark(provider, db.url);
    const echo = await loadPhases('echo', {}, `echo-${provider}`);
    const project = await loadPhases(
      'project',
      env,
      `proj-${provider}`,
      profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    );
    const figures: TurnFigures[] = CONCURRENCY.map((concurrency, i) => ({
      concurrency,
      baseline: echo.results[i],
      project: project.results[i],
      throughputRatio: project.results[i].turnsPerSecond / echo.results[i].turnsPerSecond,
      p99Multiple: project.results[i].p99Ms / echo.results[i].p99Ms,
    }));
    return { figures, coldStartMs: project.coldStartMs, directory };
  } finally {
    await db.drop();
  }
}

async function storageBenchmark(withPostgres: boolean): Promise<Record<string, StorageOpFigures>> {
  const out: Record<string, StorageOpFigures> = { memory: await measureStorage(memoryStorage()) };
  for (const provider of withPostgres ? (['sqlite', 'postgresql'] as const) : (['sqlite'] as const)) {
    const target = await createBenchDatabase(provider);
    const db = await openDatabase({ provider, url: target.url, projectRoot });
    try {
      out[`${provider}`] = await measureStorage(prismaStorage(db, false));
      out[`${provider}+encryption`] = await measureStorage(prismaStorage(db, true));
    } finally {
      await db.close();
      await target.drop();
    }
  }
  return out;
}

async function main(): Promise<void> {
  const started = performance.now();
  const withPostgres = await postgresReachable();
  console.log(
    `IOP assistant benchmark — ${os.cpus().length} cores, Node ${process.version}, PostgreSQL ${withPostgres ? 'reachable' : 'not reachable (skipped)'}`,
  );
  console.log(
    `Turn mix: ${round(TURN_MIX.faq * 100)}% FAQ, ${round(TURN_MIX.locator * 100)}% locator, ${round(TURN_MIX.reminder * 100)}% reminders; ${PHASE_MS} ms per phase`,
  );

  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iop-prof-'));
  const turns: Record<string, TurnFigures[]> = {};
  const coldStart: Record<string, number> = {};
  const directory: Record<string, DirectoryFigures> = {};
  for (const provider of withPostgres ? (['sqlite', 'postgresql'] as const) : (['sqlite'] as const)) {
    const result = await turnBenchmark(provider, provider === 'sqlite' ? profileDir : undefined);
    turns[provider] = result.figures;
    coldStart[provider] = result.coldStartMs;
    directory[provider] = result.directory;
    printTable(`Turns over POST /api/messages (${provider}) vs echo baseline`, [
      [
        'conc',
        'base t/s',
        'bot t/s',
        'ratio',
        'base p50/p95/p99 ms',
        'bot p50/p95/p99 ms',
        'p99 x',
        'errors',
      ],
      ...result.figures.map((f) => [
        f.concurrency,
        round(f.baseline.turnsPerSecond, 0),
        round(f.project.turnsPerSecond, 0),
        round(f.throughputRatio),
        `${round(f.baseline.p50Ms, 1)}/${round(f.baseline.p95Ms, 1)}/${round(f.baseline.p99Ms, 1)}`,
        `${round(f.project.p50Ms, 1)}/${round(f.project.p95Ms, 1)}/${round(f.project.p99Ms, 1)}`,
        round(f.p99Multiple),
        f.project.errors,
      ]),
    ]);
  }
  const failed = Object.values(turns)
    .flat()
    .reduce((sum, f) => sum + f.project.errors + f.baseline.errors, 0);
  if (failed > 0) {
    console.log(
      `\nWARNING: ${failed} turns failed during the load phases; the turn figures above are not valid.`,
    );
  }
  // Start-up and the warm-up second are left out: the profile should describe turns.
  const costs = profileCosts(profileDir, 12, (coldStart.sqlite ?? 0) + 1000);
  printTable('Where the bot spends CPU during the SQLite load phases (--cpu-prof, self time)', [
    ['%', 'component', '%', 'function'],
    ...costs.functions.map((f, i) => {
      const c = costs.components[i];
      return [c ? round(c.selfPercent, 1) : '', c?.where ?? '', round(f.selfPercent, 1), f.where];
    }),
  ]);

  const storage = await storageBenchmark(withPostgres);
  printTable('Storage operations (µs per op, mean / p99)', [
    ['storage', 'read', 'write'],
    ...Object.entries(storage).map(([k, v]) => [
      k,
      `${round(v.readMicros, 0)} / ${round(v.readP99Micros, 0)}`,
      `${round(v.writeMicros, 0)} / ${round(v.writeP99Micros, 0)}`,
    ]),
  ]);

  const faq = benchFaqMatch(20);
  const crisis = benchCrisis(20000);
  printTable('Per-message costs (µs)', [
    ['what', 'mean', 'p99'],
    ['FAQ match', round(faq.meanMicros, 1), round(faq.p99Micros, 1)],
    ['crisis detection', round(crisis.meanMicros, 1), round(crisis.p99Micros, 1)],
  ]);

  const memory = await benchMemory();
  printTable(
    'Memory after distinct conversations (bot in the bench process, MB; heap read after a full GC)',
    [
      ['measure', 'warm', 'after 5,000', 'after 10,000', 'growth 5k→10k'],
      ...(['heap', 'rss'] as const).map((kind) => {
        const [warm, at5k, at10k] =
          kind === 'heap'
            ? [memory.heapWarmMb, memory.heapAt5kMb, memory.heapAt10kMb]
            : [memory.rssWarmMb, memory.rssAt5kMb, memory.rssAt10kMb];
        return [kind, round(warm, 1), round(at5k, 1), round(at10k, 1), round(at10k - at5k, 1)];
      }),
    ],
  );
  printTable('Cold start (spawn to /readyz OK, ms)', [
    ['database', 'ms'],
    ...Object.entries(coldStart).map(([k, v]) => [k, round(v, 0)]),
  ]);

  printTable('Program directory (both national files) and search at national scale', [
    ['database', 'import s', 'search p50 ms', 'p95 ms', 'p99 ms'],
    ...Object.entries(directory).map(([k, d]) =>
      d.search
        ? [
            k,
            round((d.importMs ?? 0) / 1000, 1),
            round(d.search.p50Ms, 2),
            round(d.search.p95Ms, 2),
            round(d.search.p99Ms, 2),
          ]
        : [k, d.note ?? '-', '', '', ''],
    ),
  ]);
  const extras = await runExtraBenchmarks(withPostgres);
  const elapsedS = (performance.now() - started) / 1000;
  console.log(`\nBenchmark finished in ${round(elapsedS, 1)} s`);
  console.log(
    JSON.stringify({ turns, costs, storage, faq, crisis, memory, coldStart, directory, ...extras, elapsedS }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
