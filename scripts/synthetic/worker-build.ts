/**
 * The half of a synthetic load that runs on the second core: the full-text index and the
 * rollups. Neither needs the loader's database — the FTS5 documents come from the
 * generated rows, and the rollups from incidents and actor links — so a worker thread
 * builds them in a side database (migrated like any other, filled from the same seed,
 * hence the same rows) while the loader writes the real rows and their indexes. The
 * loader then copies the finished FTS5 shadow tables and rollup tables across.
 */
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { openDatabase } from '@/db/client';
import { rebuildRollupsForBulkLoad } from '@/db/bulk-load';
import { foldForSearch } from '@/db/search-index';
import { suspendWriteTriggers } from '@/db/rollups';
import type { SyntheticPlace } from './places';
import { syntheticDataset } from './generate';
import { insertSyntheticRows } from './rows';
import { stopwatch, type Elapsed } from './thread-cpu';

export const SEARCH_TABLE = 'incident_search';
/** Tables the rollup rebuild fills (db/rollups.ts suspends triggers by the same pattern). */
export const ROLLUP_TABLE_PATTERN = '%rollup%';

export interface WorkerJob {
  /** Side database to build in (replaced, and left for the loader to copy and delete). */
  file: string;
  seed: number;
  count: number;
  places: SyntheticPlace[];
  batchSize: number;
}

/** Time spent in each part of the build, on the worker thread. */
export interface WorkerTimings {
  prepare: Elapsed;
  generate: Elapsed;
  rows: Elapsed;
  documents: Elapsed;
  commit: Elapsed;
  rollups: Elapsed & { kind: 'fast' | 'fallback' };
  optimize: Elapsed;
}

const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * foldForSearch with a cache. Folding works character by character, so folding the
 * parts of a document and joining them equals folding the joined document; the
 * synthetic texts repeat a lot, so most parts are cache hits.
 */
function memoisedFold(): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let f = cache.get(s);
    if (f === undefined) {
      f = foldForSearch(s);
      if (cache.size < 200_000) cache.set(s, f);
    }
    return f;
  };
}

export function buildSideDatabase(job: WorkerJob): WorkerTimings {
  let elapsed = stopwatch();
  for (const suffix of ['', '-wal', '-shm']) rmSync(job.file + suffix, { force: true });
  openDatabase(job.file).sqlite.close();
  const db = new Database(job.file);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF');
    db.pragma('cache_size = -131072');
    db.pragma('temp_store = MEMORY');
    // The rollup GROUP BYs end the critical path, while the loader thread is waiting for
    // them: let their sorts borrow its core.
    db.pragma('threads = 2');
    // Only the primary keys are needed here: the rollup GROUP BYs join on them.
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").pluck().all() as string[];
    for (const ix of indexes) db.exec(`DROP INDEX ${quoteId(ix)}`);
    suspendWriteTriggers(db);
    // Literal values: FTS5 wants integers, and better-sqlite3 binds JS numbers as reals.
    const configure = (key: string, value: number) =>
      db.exec(`INSERT INTO ${SEARCH_TABLE} (${SEARCH_TABLE}, rank) VALUES ('${key}', ${Math.trunc(value)})`);
    // A term buffer larger than the whole index: one segment is written at commit instead
    // of hundreds that would then be merged. These settings stay in this side file: the
    // real database keeps its own _config, hence SQLite's defaults for later writes.
    configure('hashsize', 1 << 30);
    configure('automerge', 0);
    const prepare = elapsed();

    // The text index first, in a transaction of its own: FTS5 writes its term buffer out as
    // a new segment at every statement savepoint of the transaction, and the multi-row
    // INSERTs of the rows below open one per statement.
    elapsed = stopwatch();
    const fold = memoisedFold();
    const insertDoc = db.prepare(`INSERT INTO ${SEARCH_TABLE} (rowid, body) VALUES (?, ?)`);
    const docs = syntheticDataset(job.seed, job.count, job.places);
    const titles = docs.articles.map((a) => fold(a.title));
    db.exec('BEGIN');
    for (let id = 1; id <= job.count; id++) {
      const x = docs.incidents.next();
      // The document db/search-index.ts writes: place, then evidence and title per source.
      let doc = fold(x.place);
      for (const ai of x.articles) doc += `\n${fold(x.evidence)}\n${titles[ai]!}`;
      insertDoc.run(id, doc);
    }
    const documents = elapsed();
    elapsed = stopwatch();
    db.exec('COMMIT');
    const commit = elapsed();
    elapsed = stopwatch();
    db.exec(`INSERT INTO ${SEARCH_TABLE} (${SEARCH_TABLE}) VALUES ('optimize')`);
    const optimize = elapsed();

    // The same rows again, for the rollups.
    const rows = insertSyntheticRows(db, syntheticDataset(job.seed, job.count, job.places), {
      seed: job.seed,
      count: job.count,
      batchSize: job.batchSize,
      sources: false,
    });
    elapsed = stopwatch();
    const kind = rebuildRollupsForBulkLoad(db);
    const rollups = { ...elapsed(), kind };
    const t = rows.time;
    const rowTime = { wall: t.incidents.wall + t.actors.wall + t.commit.wall, cpu: t.incidents.cpu + t.actors.cpu + t.commit.cpu };
    return { prepare, documents, commit, optimize, generate: t.generate, rows: rowTime, rollups };
  } finally {
    db.close();
  }
}

export interface WorkerBuild {
  done: Promise<WorkerTimings>;
  cancel: () => Promise<void>;
}

/** Runs buildSideDatabase on a worker thread. */
export function startWorkerBuild(job: WorkerJob): WorkerBuild {
  const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: job });
  const done = new Promise<WorkerTimings>((resolve, reject) => {
    worker.once('message', (t: WorkerTimings) => resolve(t));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`synthetic-load worker stopped with code ${code}`));
    });
  });
  // Marked handled: when the loader fails first it cancels the worker and never awaits this.
  done.catch(() => undefined);
  return { done, cancel: async () => void (await worker.terminate()) };
}

/**
 * Replaces the target's text index and rollups with the side database's: every FTS5
 * shadow table but _config (the target keeps its settings), and every rollup table.
 * FTS5 shadow tables are read-only to SQL unless the connection is in unsafe mode,
 * which is on just for the copy. Same-schema INSERT … SELECT * copies records as they are.
 */
export function copyFromSideDatabase(db: Database.Database, sideFile: string): string[] {
  db.prepare('ATTACH DATABASE ? AS side').run(sideFile);
  db.unsafeMode(true);
  try {
    const tables = db
      .prepare(
        `SELECT name FROM side.sqlite_master WHERE type = 'table'
            AND ((substr(name, 1, ?) = ? AND name <> ?) OR name LIKE ?)`,
      )
      .pluck()
      .all(SEARCH_TABLE.length + 1, `${SEARCH_TABLE}_`, `${SEARCH_TABLE}_config`, ROLLUP_TABLE_PATTERN) as string[];
    db.transaction(() => {
      for (const name of tables) {
        db.exec(`DELETE FROM main.${quoteId(name)}`);
        db.exec(`INSERT INTO main.${quoteId(name)} SELECT * FROM side.${quoteId(name)}`);
      }
    })();
    return tables;
  } finally {
    db.unsafeMode(false);
    db.exec('DETACH DATABASE side');
  }
}
