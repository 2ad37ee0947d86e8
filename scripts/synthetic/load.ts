/**
 * Bulk loading of synthetic incidents on both cores. This thread writes the rows into
 * the real database (schema from the normal migrations, secondary indexes and rollup
 * triggers dropped, one transaction, journal off) and then builds the indexes once —
 * one sorted pass per B-tree is far cheaper than a million updates. Meanwhile a worker
 * thread builds the text index and the rollups in a side database (worker-build.ts),
 * copied in at the end.
 */
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { openDatabase } from '@/db/client';
import { suspendWriteTriggers } from '@/db/rollups';
import type { SyntheticPlace } from './places';
import { syntheticDataset, SYNTHETIC_URL_PREFIX } from './generate';
import { insertSyntheticRows } from './rows';
import { stopwatch, type Elapsed } from './thread-cpu';
import { buildSideDatabase, copyFromSideDatabase, startWorkerBuild, type WorkerBuild, type WorkerJob, type WorkerTimings } from './worker-build';

export type DbKind = 'absent' | 'empty' | 'synthetic' | 'real';

/** What is at `file` now: only empty or synthetic databases may be replaced without --force. */
export function inspectDatabase(file: string): DbKind {
  if (!existsSync(file)) return 'absent';
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const has = (t: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?").get(t) !== undefined;
    if (!has('incidents') || !has('articles')) {
      const any = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type='table'").get() as { n: number };
      return any.n === 0 ? 'empty' : 'real';
    }
    const incidents = db.prepare('SELECT EXISTS(SELECT 1 FROM incidents) AS x').get() as { x: number };
    const articles = db.prepare('SELECT EXISTS(SELECT 1 FROM articles) AS x').get() as { x: number };
    if (!incidents.x && !articles.x) return 'empty';
    const foreign = db
      .prepare('SELECT EXISTS(SELECT 1 FROM articles WHERE url IS NULL OR substr(url, 1, ?) <> ?) AS x')
      .get(SYNTHETIC_URL_PREFIX.length, SYNTHETIC_URL_PREFIX) as { x: number };
    return foreign.x || !articles.x ? 'real' : 'synthetic';
  } finally {
    db.close();
  }
}

export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

export interface LoadOptions {
  file: string;
  count: number;
  seed: number;
  places: readonly SyntheticPlace[];
  /** Incidents generated, then inserted, per step (default 10,000). */
  batchSize?: number;
  /** false: build the text index and rollups on this thread, after the rows (default: a worker thread). */
  useWorker?: boolean;
  onProgress?: (done: number) => void;
  /** Called as each stage ends with its wall-clock and CPU seconds, for the timing breakdown. */
  onPhase?: (phase: string, time: Elapsed) => void;
}

export interface LoadResult {
  incidents: number;
  articles: number;
  actorLinks: number;
  sourceLinks: number;
  /** 'fallback' when the rollup schema was not the one db/bulk-load.ts knows. */
  rollups: 'fast' | 'fallback';
}

const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates a fresh database at `file` (which must not exist) holding `count` synthetic incidents. */
export async function loadSynthetic(opts: LoadOptions): Promise<LoadResult> {
  if (existsSync(opts.file)) throw new Error(`${opts.file} already exists`);
  const sideFile = `${opts.file}.side-build`;
  let worker: WorkerBuild | undefined;
  let db: Database.Database | undefined;
  try {
    // Schema and reference tables exactly as the app creates them.
    openDatabase(opts.file).sqlite.close();
    db = new Database(opts.file);
    const job: WorkerJob = { file: sideFile, seed: opts.seed, count: opts.count, places: [...opts.places], batchSize: opts.batchSize ?? 10_000 };
    if (opts.useWorker !== false) worker = startWorkerBuild(job);
    const result = await fill(db, opts, job, worker);
    db.close();
    return result;
  } catch (err) {
    // Nothing half-built stays behind.
    db?.close();
    await worker?.cancel();
    removeDatabaseFiles(opts.file);
    throw err;
  } finally {
    removeDatabaseFiles(sideFile);
  }
}

async function fill(db: Database.Database, opts: LoadOptions, job: WorkerJob, worker: WorkerBuild | undefined): Promise<LoadResult> {
  let elapsed = stopwatch();
  const phase = (name: string) => {
    opts.onPhase?.(name, elapsed());
    elapsed = stopwatch();
  };

  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -262144'); // 256 MiB page cache for the index builds
  db.pragma('temp_store = MEMORY');
  const indexes = db.prepare("SELECT name, tbl_name AS tbl, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all() as {
    name: string;
    tbl: string;
    sql: string;
  }[];
  for (const ix of indexes) db.exec(`DROP INDEX ${quoteId(ix.name)}`);
  // The rollups come whole from the side database; per-row upserts would only be overwritten.
  const restoreWriteTriggers = suspendWriteTriggers(db);
  phase('prepare schema');

  const rows = insertSyntheticRows(db, syntheticDataset(opts.seed, opts.count, opts.places), {
    seed: opts.seed,
    count: opts.count,
    batchSize: job.batchSize,
    sources: true,
    onProgress: opts.onProgress,
  });
  phase('rows');
  opts.onPhase?.('  generate', rows.time.generate);
  opts.onPhase?.('  insert incidents', rows.time.incidents);
  opts.onPhase?.('  insert actor links', rows.time.actors);
  opts.onPhase?.('  insert sources', rows.time.sources);
  opts.onPhase?.('  commit', rows.time.commit);
  restoreWriteTriggers();

  // Rollup tables get their indexes once their rows are copied in.
  const isRollup = (t: string) => t.includes('rollup');
  const rowIndexes = indexes.filter((ix) => !isRollup(ix.tbl));
  for (const ix of rowIndexes) db.exec(ix.sql);
  phase(`indexes on row tables (${rowIndexes.length})`);
  // Full statistics (with sampled ones, analysis_limit, the planner was seen to pick a
  // non-covering index scan for the minKilled stats), but only for the queried tables:
  // the FTS shadow tables are large and the planner does not use their statistics.
  const analyse = (tables: Iterable<string>) => {
    for (const t of new Set(tables)) db.exec(`ANALYZE ${quoteId(t)}`);
  };
  analyse(['incidents', 'incident_actors', 'incident_sources', 'articles', ...rowIndexes.map((ix) => ix.tbl)]);
  phase('analyze row tables');

  let side: WorkerTimings;
  if (worker) {
    side = await worker.done;
    phase('wait for the worker');
  } else {
    side = buildSideDatabase(job);
    phase('side database (built on this thread)');
  }
  const copied = copyFromSideDatabase(db, job.file);
  phase(`copy search index + rollups (${copied.length} tables)`);
  const rollupIndexes = indexes.filter((ix) => isRollup(ix.tbl));
  for (const ix of rollupIndexes) db.exec(ix.sql);
  analyse(copied.filter(isRollup));
  phase(`rollup indexes (${rollupIndexes.length}) + analyze`);
  db.pragma('journal_mode = WAL');
  phase('switch to WAL');

  const sum = (...xs: Elapsed[]) => xs.reduce((a, b) => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu }));
  opts.onPhase?.(
    worker ? 'worker thread (in parallel with the above)' : 'side database (its parts)',
    sum(side.prepare, side.documents, side.commit, side.optimize, side.generate, side.rows, side.rollups),
  );
  opts.onPhase?.('  migrate side database', side.prepare);
  opts.onPhase?.('  search documents: generate + FTS5 insert', side.documents);
  opts.onPhase?.('  FTS5 commit (segment write)', side.commit);
  opts.onPhase?.('  FTS5 optimize', side.optimize);
  opts.onPhase?.('  generate rows again (for the rollups)', side.generate);
  opts.onPhase?.('  insert incidents + actor links', side.rows);
  opts.onPhase?.(`  rollups (${side.rollups.kind} rebuild)`, side.rollups);
  return { incidents: opts.count, articles: rows.articles, actorLinks: rows.actorLinks, sourceLinks: rows.sourceLinks, rollups: side.rollups.kind };
}
