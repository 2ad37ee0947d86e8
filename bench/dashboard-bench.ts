/**
 * npm run bench:dashboard [-- --runs 5 --db /tmp/dash1m.db --from /tmp/exp1m.db --rebuild
 *                            --url '/?governorate=IQ-NI&type=bombing' --baseline DIR --no-warm-up]
 *
 * The dashboard's first load on a large database, as a browser sees it (target: usable
 * in ≤ 2 s). Builds the app when the build is stale (scripts/production-build.ts), runs
 * `next start` on a free port over --db (the server migrates on open, so it needs a
 * writable copy: made once from --from, which is never written), then loads each URL in
 * a fresh Chromium context: one cold load each right after the server starts (after the
 * one warm-up request `npm start` makes, scripts/warm-up.ts; --no-warm-up skips it), then
 * --runs warm loads each, interleaved. Prints per section the time to first drawn, the
 * bytes transferred and the browser's busy time, then the server-side time of the named
 * queries the page runs, measured in this process on the same database.
 * --baseline DIR also serves a saved build (see dashboard/server.ts) on the same
 * database, alternates every load between the two, and prints the ratios.
 */
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from '@playwright/test';
import { openDatabase } from '@/db/client';
import { buildIfNeeded } from '@/scripts/production-build';
import { measureFirstLoad, type LoadFigures } from './dashboard/page-probe';
import { startServer, type RunningServer } from './dashboard/server';
import { printComparison, printLoadReport, printQueryReport, timeQueries } from './dashboard/report';

interface Args {
  runs: number;
  db: string;
  from: string;
  rebuild: boolean;
  urls: string[];
  baseline: string | null;
  /** make the warm-up request `npm start` makes before the first load (default) */
  warmUp: boolean;
}

// The plain page, a filter the rollups answer, and two that need the in-memory columns.
const DEFAULT_URLS = ['/', '/?governorate=IQ-NI&type=bombing', '/?actor=isis&actor=pmf&type=armed_attack', '/?q=Kirkuk&minKilled=3'];
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

function parseArgs(argv: string[]): Args {
  const a: Args = { runs: 5, db: '/tmp/dash1m.db', from: '/tmp/exp1m.db', rebuild: false, urls: [], baseline: null, warmUp: true };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]!;
    const v = () => argv[++i] ?? '';
    if (k === '--runs') a.runs = Number(v());
    else if (k === '--db') a.db = path.resolve(v());
    else if (k === '--from') a.from = path.resolve(v());
    else if (k === '--rebuild') a.rebuild = true;
    else if (k === '--no-warm-up') a.warmUp = false;
    else if (k === '--url') a.urls.push(v());
    else if (k === '--baseline') a.baseline = path.resolve(v());
    else throw new Error(`unknown argument ${k}`);
  }
  if (!Number.isInteger(a.runs) || a.runs < 1) throw new Error('--runs must be a positive whole number');
  if (a.db === a.from) throw new Error('--db is opened for writing (migrations); it must not be the --from source');
  for (const u of a.urls) if (!u.startsWith('/')) throw new Error(`--url must be a path such as /?type=bombing, got ${u}`);
  if (a.urls.length === 0) a.urls = DEFAULT_URLS;
  return a;
}

function prepareDatabase(a: Args): number {
  if (!existsSync(a.db)) {
    if (!existsSync(a.from)) throw new Error(`neither ${a.db} nor the source ${a.from} exists (npm run seed:synthetic makes one)`);
    console.log(`copying ${a.from} → ${a.db} (once; the source is never opened for writing) …`);
    copyFileSync(a.from, a.db);
  }
  // Migrated here, as `npm start` does before it serves: a cold load then measures a
  // cold server, not a schema change on a million rows.
  const t = performance.now();
  openDatabase(a.db).sqlite.close();
  console.log(`database migrated/checked in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const db = new Database(a.db, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM incidents').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const incidents = prepareDatabase(args);
  console.log(`database ${args.db}: ${incidents.toLocaleString('en')} incidents`);
  buildIfNeeded(args.rebuild, (m) => console.log(`build: ${m}`));

  const builds = [{ name: 'this checkout', dir: undefined as string | undefined }];
  if (args.baseline) {
    if (!existsSync(path.join(args.baseline, '.next', 'BUILD_ID'))) throw new Error(`--baseline ${args.baseline} has no .next build`);
    builds.push({ name: `baseline ${args.baseline}`, dir: args.baseline });
  }
  const servers: RunningServer[] = [];
  for (const b of builds) servers.push(await startServer(args.db, b.dir, args.warmUp));
  const browser = await chromium.launch({
    executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
    args: CHROMIUM_ARGS,
  });
  // [build][url] → loads
  const cold = builds.map(() => new Map<string, LoadFigures>());
  const warm = builds.map(() => new Map<string, LoadFigures[]>(args.urls.map((u) => [u, []])));
  try {
    servers.forEach((s, i) =>
      console.log(
        `${builds[i]!.name}: next start ready in ${s.readyMs.toFixed(0)} ms at ${s.baseUrl}` +
          (s.warmUpMs !== null ? `; warm-up request (as npm start makes) ${s.warmUpMs.toFixed(0)} ms` : '; no warm-up (--no-warm-up): the first load is fully cold'),
      ),
    );
    console.log(`${args.runs} warm run(s) per URL after one cold one`);
    const load = async (b: number, url: string): Promise<LoadFigures> => {
      const f = await measureFirstLoad(browser, servers[b]!.baseUrl + url);
      if (f.status !== 200) throw new Error(`${url} answered HTTP ${f.status}`);
      return f;
    };
    for (const url of args.urls) for (let b = 0; b < builds.length; b++) cold[b]!.set(url, await load(b, url));
    // Interleaved (URLs and builds), so background load on the shared machine hits all alike.
    for (let i = 0; i < args.runs; i++) {
      for (const url of args.urls) for (let b = 0; b < builds.length; b++) warm[b]!.get(url)!.push(await load(b, url));
    }
  } catch (err) {
    for (const s of servers) console.error(`server output:\n${s.output().split('\n').slice(-40).join('\n')}`);
    throw err;
  } finally {
    await browser.close();
    for (const s of servers) await s.stop();
  }

  for (let b = 0; b < builds.length; b++) {
    if (builds.length > 1) console.log(`\n=== ${builds[b]!.name}`);
    for (const url of args.urls) printLoadReport(url, cold[b]!.get(url)!, warm[b]!.get(url)!);
  }
  if (builds.length > 1) printComparison(args.urls, warm[0]!, warm[1]!);
  process.env.DATABASE_PATH = args.db;
  printQueryReport(await timeQueries(args.urls, args.runs));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
