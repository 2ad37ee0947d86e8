/**
 * Bulk loading of synthetic incidents with raw prepared statements: the schema comes
 * from the normal migrations (openDatabase), then secondary indexes are dropped, rows
 * go in through big transactions with the journal off, and the indexes are rebuilt
 * once at the end — building a B-tree in one sorted pass is far cheaper than
 * updating it a million times.
 */
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { openDatabase } from '@/db/client';
import { rebuildRollups, suspendRollupTriggers } from '@/db/rollups';
import { foldForSearch } from '@/db/search-index';
import type { SyntheticPlace } from './places';
import { seededRandom } from './random';
import { incidentGenerator, syntheticArticle, SYNTHETIC_URL_PREFIX, type SyntheticArticle } from './generate';

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
  batchSize?: number;
  onProgress?: (done: number) => void;
  /** Called as each stage ends, for timing output. */
  onPhase?: (phase: 'rows' | 'search' | 'indexes' | 'rollups' | 'analyze') => void;
}

export interface LoadResult {
  incidents: number;
  articles: number;
  actorLinks: number;
  sourceLinks: number;
}

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

const SECONDARY_INDEX_TABLES = ['incidents', 'incident_actors', 'incident_sources'];

/** Creates a fresh database at `file` (which must not exist) holding `count` synthetic incidents. */
export function loadSynthetic(opts: LoadOptions): LoadResult {
  // Schema and reference tables exactly as the app creates them.
  openDatabase(opts.file).sqlite.close();

  const db = new Database(opts.file);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF');
    db.pragma('cache_size = -262144'); // 256 MiB page cache for the index rebuilds
    db.pragma('temp_store = MEMORY');

    const indexes = db
      .prepare(
        `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${SECONDARY_INDEX_TABLES.map(() => '?').join(',')})`,
      )
      .all(...SECONDARY_INDEX_TABLES) as { name: string; sql: string }[];
    for (const ix of indexes) db.exec(`DROP INDEX "${ix.name.replace(/"/g, '""')}"`);
    // Per-row rollup upserts would dominate the load; the rollups are rebuilt once at the end.
    const restoreRollupTriggers = suspendRollupTriggers(db);

    const rnd = seededRandom(opts.seed);
    const articleCount = Math.max(3, Math.ceil(opts.count / 5000));
    const now = new Date().toISOString();

    const insArticle = db.prepare(
      'INSERT INTO articles (id, url, title, lang, published, text, content_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const articles: SyntheticArticle[] = [];
    db.transaction(() => {
      for (let i = 0; i < articleCount; i++) {
        const a = syntheticArticle(i, rnd);
        articles.push(a);
        insArticle.run(i + 1, a.url, a.title, a.lang, a.published, a.text, `synthetic-${opts.seed}-${i + 1}`, now);
      }
    })();

    const insIncident = db.prepare(
      `INSERT INTO incidents (id, type, date, date_precision, governorate, place, lat, lon, killed, injured, kidnapped, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insActor = db.prepare('INSERT INTO incident_actors (incident_id, actor, role) VALUES (?, ?, ?)');
    const insSource = db.prepare('INSERT INTO incident_sources (incident_id, article_id, evidence) VALUES (?, ?, ?)');
    const insSearch = db.prepare('INSERT INTO incident_search (rowid, body) VALUES (?, ?)');

    // Merging FTS segments while loading rewrites them again and again; merge once at the end.
    db.exec("INSERT INTO incident_search (incident_search, rank) VALUES ('automerge', 0)");
    db.exec("INSERT INTO incident_search (incident_search, rank) VALUES ('crisismerge', 2000)");

    const gen = incidentGenerator(rnd, opts.places, articleCount);
    const fold = memoisedFold();
    const batch = opts.batchSize ?? 50_000;
    let actorLinks = 0;
    let sourceLinks = 0;
    const loadBatch = db.transaction((from: number, to: number) => {
      for (let id = from; id < to; id++) {
        const x = gen.next();
        insIncident.run(id, x.type, x.date, x.datePrecision, x.governorate, x.place, x.lat, x.lon, x.killed, x.injured, x.kidnapped, x.status, now, now);
        for (const a of x.actors) insActor.run(id, a.id, a.role);
        actorLinks += x.actors.length;
        // The same document db/search-index.ts builds: place, then evidence + title per source.
        const doc: string[] = [fold(x.place)];
        for (const ai of x.articles) {
          insSource.run(id, ai + 1, x.evidence);
          doc.push(fold(x.evidence), fold(articles[ai]!.title));
        }
        sourceLinks += x.articles.length;
        insSearch.run(id, doc.join('\n'));
      }
    });
    for (let from = 1; from <= opts.count; from += batch) {
      const to = Math.min(opts.count + 1, from + batch);
      loadBatch(from, to);
      opts.onProgress?.(to - 1);
    }

    opts.onPhase?.('rows');
    db.exec("INSERT INTO incident_search (incident_search) VALUES ('optimize')");
    // Back to SQLite's defaults (these settings persist in the index) for normal ingests.
    db.exec("INSERT INTO incident_search (incident_search, rank) VALUES ('automerge', 4)");
    db.exec("INSERT INTO incident_search (incident_search, rank) VALUES ('crisismerge', 16)");
    opts.onPhase?.('search');
    for (const ix of indexes) db.exec(ix.sql);
    opts.onPhase?.('indexes');
    restoreRollupTriggers();
    rebuildRollups(db);
    opts.onPhase?.('rollups');
    // Full statistics (with sampled ones, analysis_limit, the planner was seen to pick a
    // non-covering index scan for the minKilled stats), but only for the queried tables:
    // the FTS shadow tables are large and the planner does not use their statistics.
    for (const t of ['incidents', 'incident_actors', 'incident_sources', 'articles']) db.exec(`ANALYZE "${t}"`);
    opts.onPhase?.('analyze');
    db.pragma('journal_mode = WAL');
    return { incidents: opts.count, articles: articleCount, actorLinks, sourceLinks };
  } finally {
    db.close();
  }
}
