/**
 * npm start [-- --rebuild]
 *
 * One command from a fresh clone to a running dashboard:
 *   1. build the Next app when there is no production build or it is stale,
 *   2. create and migrate the database (DATABASE_PATH, default data/incidents.db),
 *   3. on first start (no articles stored yet) ingest the demo articles in data/demo/articles/
 *      (or data/demo/ when it has no articles/ folder) through the same ingestPaths as the CLI,
 *   4. run `next start -p $PORT` (PORT default 3000) — and request the dashboard once so
 *      the first visitor finds it warm (scripts/warm-up.ts) — as a child that lives exactly as
 *      long as this process: SIGTERM, SIGINT and SIGHUP are passed on and this process
 *      exits with the child's status; if this process dies without passing a signal on
 *      (SIGKILL, crash), the child notices and stops itself (scripts/exit-with-parent.cjs);
 *      if npm itself is killed (it does not pass SIGTERM through its `sh -c`), this
 *      process notices (scripts/launcher-watch.ts) and stops the child.
 *
 * Staleness of the build: see scripts/production-build.ts. `--rebuild` (or REBUILD=1)
 * forces one.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { databasePathFromEnv, openDatabase } from '@/db/client';
import { ingestPaths } from '@/db/ingest';
import { chainBroken, launcherChain } from './launcher-watch';
import { buildIfNeeded, NEXT_BIN as nextBin, REPO_ROOT } from './production-build';
import { warmUp } from './warm-up';

const root = REPO_ROOT;
const DEMO_DIR = path.join(root, 'data', 'demo');
/** Preloaded into the server: it stops itself if this process dies without passing a signal on. */
const EXIT_WITH_PARENT = path.join(root, 'scripts', 'exit-with-parent.cjs');

/** data/demo is laid out as a corpus (articles/ + gold/): only the articles are ingested. */
function demoArticlesDir(): string | null {
  const articles = path.join(DEMO_DIR, 'articles');
  if (existsSync(articles)) return articles;
  return existsSync(DEMO_DIR) ? DEMO_DIR : null;
}

function log(msg: string): void {
  console.log(`[start] ${msg}`);
}

async function prepareDatabase(file: string): Promise<void> {
  const handle = openDatabase(file);
  try {
    const articles = handle.sqlite.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    if (articles > 0) {
      log(`database ${file}: ${articles} articles stored`);
      return;
    }
    const demo = demoArticlesDir();
    if (!demo) {
      log(`database ${file} is empty and there is no data/demo folder; starting without data`);
      return;
    }
    log(`first start: ingesting the demo articles in ${path.relative(root, demo)}/ …`);
    const s = await ingestPaths([demo], { db: handle });
    log(`demo ingest: ${s.articlesNew} articles, ${s.incidentsAdded} incidents, ${s.failed.length} failed`);
    for (const f of s.failed) console.error(`[start]   failed ${f.source}${f.line !== undefined ? `:${f.line}` : ''}: ${f.reason}`);
  } finally {
    handle.sqlite.close();
  }
}

/** The shell convention for "terminated by signal N". */
const SIGNAL_EXIT: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

function runServer(port: string, databasePath: string): void {
  log(`serving on http://localhost:${port}`);
  const child = spawn(process.execPath, ['--require', EXIT_WITH_PARENT, nextBin, 'start', '-p', port], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: port, DATABASE_PATH: databasePath, NODE_ENV: 'production' },
  });
  let received: NodeJS.Signals | null = null;
  const stopChild = (signal: NodeJS.Signals) => {
    received ??= signal;
    // next start shuts down gracefully on SIGINT/SIGTERM only; a hang-up means "stop" too.
    if (child.exitCode === null && child.signalCode === null) child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stopChild(signal));

  // npm (or a link between it and us) was killed without the signal reaching us, or our
  // own parent died: nobody will signal us any more, so stop now.
  const parent = process.ppid;
  const launchers = launcherChain();
  const orphanWatch = setInterval(() => {
    if (process.ppid === parent && !chainBroken(launchers)) return;
    clearInterval(orphanWatch);
    stopChild('SIGTERM');
  }, 1000);
  orphanWatch.unref();

  // The first visitor should not pay for loading the page code and a cold database cache.
  void warmUp(`http://127.0.0.1:${port}`).then((ms) => {
    if (ms !== null) log(`ready: first page rendered in ${(ms / 1000).toFixed(1)} s (warm-up)`);
  });

  child.on('error', (err) => {
    console.error(`[start] could not run next start: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    const viaSignal = signal ?? received;
    if (received) log(`stopped (${received})`);
    process.exit(code ?? (viaSignal ? (SIGNAL_EXIT[viaSignal] ?? 1) : 1));
  });
}

async function main(): Promise<void> {
  const port = process.env.PORT || '3000';
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) throw new Error(`PORT must be a port number, got ${JSON.stringify(port)}`);
  if (!existsSync(nextBin)) throw new Error('next is not installed: run npm install first');
  const databasePath = databasePathFromEnv();
  buildIfNeeded(process.argv.includes('--rebuild') || process.env.REBUILD === '1', log);
  await prepareDatabase(databasePath);
  runServer(port, databasePath);
}

main().catch((err: unknown) => {
  console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
