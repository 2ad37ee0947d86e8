/**
 * npm run bench [-- --count 1000000 --db PATH --runs 30 --skip-export]
 *
 * API latency and export throughput on a synthetic database (created in .bench/ when
 * absent, via scripts/synthetic). For each typical filter: the route handler's first
 * page (parse → query → JSON text) and stats, p50/p95, next to the SQL that the same
 * named query runs when it has no in-memory columns (db/columns/), replayed on bare
 * better-sqlite3 (captured, see bench/api/capture.ts): the raw-SQLite baseline, and
 * the ratio between the two. The columns' load time and size are printed first; then
 * the CSV and GeoJSON exports
 * streamed to /dev/null in a child process for rows/s and peak RSS.
 * Targets are printed beside the figures; statements of a missed target are printed
 * with their EXPLAIN QUERY PLAN.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { inspectDatabase, loadSynthetic, removeDatabaseFiles } from '@/scripts/synthetic/load';
import { loadPlacePool } from '@/scripts/synthetic/places';
import { replayer, recordingHandle, type CapturedStatement } from './api/capture';
import { describeExport, runExport, type ExportFigures, type ExportFormat } from './api/export-run';
import { BENCH_FILTERS, TARGETS } from './api/filters';
import { fmtMs, mark, measure } from './api/timing';

interface Args {
  count: number;
  db: string | null;
  runs: number;
  seed: number;
  skipExport: boolean;
  exportOnly: ExportFormat | null;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { count: 1_000_000, db: null, runs: 30, seed: 1, skipExport: false, exportOnly: null };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]!;
    const v = () => argv[++i] ?? '';
    if (k === '--count') a.count = Number(v().replace(/_/g, ''));
    else if (k === '--db') a.db = path.resolve(v());
    else if (k === '--runs') a.runs = Number(v());
    else if (k === '--seed') a.seed = Number(v());
    else if (k === '--skip-export') a.skipExport = true;
    else if (k === '--export-only') {
      const f = v();
      if (f !== 'csv' && f !== 'geojson' && f !== 'rows-only') throw new Error('--export-only csv|geojson|rows-only');
      a.exportOnly = f;
    }
    else throw new Error(`unknown argument ${k}`);
  }
  if (!Number.isInteger(a.count) || a.count < 1) throw new Error('--count must be a positive whole number');
  if (!Number.isInteger(a.runs) || a.runs < 1) throw new Error('--runs must be a positive whole number');
  return a;
}

function incidentCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM incidents').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function ensureDatabase(file: string, count: number, seed: number): Promise<void> {
  const kind = inspectDatabase(file);
  if (kind === 'real') throw new Error(`${file} holds non-synthetic data; pass another --db`);
  if (kind === 'synthetic' && incidentCount(file) === count) return;
  removeDatabaseFiles(file);
  const { places, source } = loadPlacePool();
  console.log(`creating ${file} with ${count.toLocaleString('en')} synthetic incidents (places: ${source}) …`);
  const t = performance.now();
  await loadSynthetic({ file, count, seed, places });
  console.log(`  created in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

/** The slowest statements of a missed query, each with its time and EXPLAIN QUERY PLAN. */
function explainSlowest(sqlite: Database.Database, statements: CapturedStatement[], top = 2): void {
  const timed = statements.map((s) => {
    const run = replayer(sqlite, [s]);
    const t = performance.now();
    run();
    return { s, ms: performance.now() - t };
  });
  timed.sort((a, b) => b.ms - a.ms);
  for (const { s, ms } of timed.slice(0, top)) {
    console.log(`    ${ms.toFixed(0)} ms: ${s.sql.replace(/\s+/g, ' ').replace(/(\?, ){8,}\?/g, '?, …').slice(0, 300)}`);
    const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as { detail: string }[];
    console.log(`      plan: ${plan.map((p) => p.detail).join(' / ')}`);
  }
}

async function latencyTable(args: Args): Promise<void> {
  const { getDatabase } = await import('@/db/client');
  const { listIncidents, incidentStats } = await import('@/db/queries');
  const { parseIncidentFilter, parsePageRequest } = await import('@/lib/filter');
  const listRoute = (await import('@/app/api/incidents/route')).GET;
  const statsRoute = (await import('@/app/api/stats/route')).GET;
  const { COLUMN_NAMES, columnsOf } = await import('@/db/columns/incident-columns');
  const sqlite = getDatabase().sqlite;

  const rssBefore = process.memoryUsage().rss;
  const loadStart = performance.now();
  const cols = columnsOf(getDatabase());
  const bytes = cols ? COLUMN_NAMES.reduce((n, name) => n + cols[name].byteLength, 0) : 0;
  console.log(
    `\nin-memory incident columns (db/columns/): loaded in ${fmtMs(performance.now() - loadStart).trim()} ms, ${(bytes / 2 ** 20).toFixed(1)} MB of arrays` +
      ` (RSS +${((process.memoryUsage().rss - rssBefore) / 2 ** 20).toFixed(0)} MB while loading); raw = the SQL-only path (no columns) on bare better-sqlite3`,
  );

  console.log(`\nlatency over ${args.runs} runs (ms); targets: first page p50 ≤ ${TARGETS.listP50}, p95 ≤ ${TARGETS.listP95}; stats p50 ≤ ${TARGETS.statsP50}`);
  console.log(
    'filter                  matches │ page API p50   p95 │ raw p50   p95 │ ratio │ target │ stats API p50   p95 │ raw p50   p95 │ ratio │ target',
  );
  const misses: { name: string; what: string; statements: CapturedStatement[] }[] = [];
  for (const f of BENCH_FILTERS) {
    const params = new URLSearchParams(f.query);
    const filter = parseIncidentFilter(params);
    const page = parsePageRequest(params);
    if (!filter.ok || !page.ok) throw new Error(`bench filter ${f.name} does not parse`);

    const listRec = recordingHandle(sqlite);
    const total = listIncidents(filter.value, page.value, listRec.handle).total;
    const statsRec = recordingHandle(sqlite);
    incidentStats(filter.value, statsRec.handle);

    const url = `http://localhost/api/incidents?${f.query}`;
    const listApi = await measure(async () => {
      const res = listRoute(new Request(url));
      if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
      await res.text();
    }, args.runs);
    const listRaw = await measure(replayer(sqlite, listRec.log), args.runs);
    const statsUrl = `http://localhost/api/stats?${f.query}`;
    const statsApi = await measure(async () => {
      const res = statsRoute(new Request(statsUrl));
      if (res.status !== 200) throw new Error(`${statsUrl} → ${res.status}`);
      await res.text();
    }, args.runs);
    const statsRaw = await measure(replayer(sqlite, statsRec.log), args.runs);

    const listOk = listApi.p50 <= TARGETS.listP50 && listApi.p95 <= TARGETS.listP95;
    const statsOk = statsApi.p50 <= TARGETS.statsP50;
    if (!listOk) misses.push({ name: f.name, what: 'listIncidents', statements: listRec.log });
    if (!statsOk) misses.push({ name: f.name, what: 'incidentStats', statements: statsRec.log });
    console.log(
      `${f.name.padEnd(22)} ${String(total).padStart(8)} │ ${fmtMs(listApi.p50)} ${fmtMs(listApi.p95)}    │${fmtMs(listRaw.p50)}${fmtMs(listRaw.p95)} │ ${(listApi.p50 / listRaw.p50).toFixed(2).padStart(5)} │  ${mark(listOk)}  │ ${fmtMs(statsApi.p50)} ${fmtMs(statsApi.p95)}     │${fmtMs(statsRaw.p50)}${fmtMs(statsRaw.p95)} │ ${(statsApi.p50 / statsRaw.p50).toFixed(2).padStart(5)} │  ${mark(statsOk)}` +
        (statsApi.runs < args.runs || statsRaw.runs < args.runs || listApi.runs < args.runs ? `  (time budget: ${listApi.runs}/${statsApi.runs}/${statsRaw.runs} runs)` : ''),
    );
  }
  if (misses.length) {
    console.log('\nmissed targets — slowest statements with EXPLAIN QUERY PLAN:');
    for (const m of misses) {
      console.log(`  ${m.what} [${m.name}]`);
      explainSlowest(sqlite, m.statements);
    }
  }
}

function exportInChild(format: ExportFormat, db: string, rows: number, env: Record<string, string> = {}): ExportFigures {
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ['--import', 'tsx', self, '--export-only', format, '--db', db, '--count', String(rows)], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_PATH: db, ...env },
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`export child failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as ExportFigures;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const db = args.db ?? path.resolve('.bench', `synthetic-${args.count}.db`);
  process.env.DATABASE_PATH = db;

  if (args.exportOnly) {
    console.log(JSON.stringify(await runExport(args.exportOnly, args.count)));
    return;
  }

  await ensureDatabase(db, args.count, args.seed);
  console.log(`database: ${db} (${incidentCount(db).toLocaleString('en')} incidents)`);
  await latencyTable(args);

  if (!args.skipExport) {
    console.log(`\nexport of all incidents through the route stream to /dev/null (child process); targets ≥ ${TARGETS.exportRowsPerSecond.toLocaleString('en')} rows/s, peak RSS < ${TARGETS.exportPeakRssMb} MB`);
    const floor = exportInChild('rows-only', db, incidentCount(db));
    console.log(`  the export query alone on one connection (rows read, nothing encoded): ${describeExport(floor)} — what one thread can read`);
    const runs: [string, ExportFormat, Record<string, string>][] = [
      ['csv', 'csv', {}],
      ['geojson', 'geojson', {}],
      // The same route with the worker threads turned off, for comparison.
      ['csv, EXPORT_THREADS=0', 'csv', { EXPORT_THREADS: '0' }],
    ];
    for (const [label, format, env] of runs) {
      const f = exportInChild(format, db, incidentCount(db), env);
      const ok = f.rowsPerSecond >= TARGETS.exportRowsPerSecond && f.peakRssMb < TARGETS.exportPeakRssMb;
      console.log(`  ${label}: ${describeExport(f)}  ${mark(ok)}`);
    }
  }
  const { closeDatabase } = await import('@/db/client');
  closeDatabase();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
