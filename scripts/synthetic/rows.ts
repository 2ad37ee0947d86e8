/**
 * Writing the synthetic dataset's rows with prepared statements, in id order (every
 * B-tree is appended to, never split in the middle). Used by the loader for the real
 * database and by the worker for its side database, which needs the incidents and
 * actor links to rebuild the rollups but not the sources.
 */
import type Database from 'better-sqlite3';
import type { SyntheticArticle, SyntheticDataset, SyntheticIncident } from './generate';
import { BatchedInsert } from './batched-insert';
import { addElapsed, NO_TIME, stopwatch, type Elapsed } from './thread-cpu';

export interface RowOptions {
  seed: number;
  count: number;
  batchSize: number;
  /** Whether to write incident_sources (the worker's side database does not need them). */
  sources: boolean;
  /** Called after each batch with its incidents; the first has id `firstId`. */
  onBatch?: (rows: readonly SyntheticIncident[], firstId: number, articles: readonly SyntheticArticle[]) => void;
  onProgress?: (done: number) => void;
}

export interface RowCounts {
  articles: number;
  actorLinks: number;
  sourceLinks: number;
}

export interface RowTimings {
  generate: Elapsed;
  incidents: Elapsed;
  actors: Elapsed;
  sources: Elapsed;
  onBatch: Elapsed;
  commit: Elapsed;
}

/** Writes articles, incidents, actor links and (optionally) sources in one transaction. */
export function insertSyntheticRows(db: Database.Database, data: SyntheticDataset, opts: RowOptions): RowCounts & { time: RowTimings } {
  const now = new Date().toISOString();
  const insArticle = db.prepare(
    'INSERT INTO articles (id, url, title, lang, published, text, content_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insIncident = new BatchedInsert(db, 'incidents', [
    'id', 'type', 'date', 'date_precision', 'governorate', 'place', 'lat', 'lon', 'killed', 'injured', 'kidnapped', 'status', 'created_at', 'updated_at',
  ]);
  const insActor = new BatchedInsert(db, 'incident_actors', ['incident_id', 'actor', 'role']);
  const insSource = new BatchedInsert(db, 'incident_sources', ['incident_id', 'article_id', 'evidence']);

  const time: RowTimings = { generate: NO_TIME, incidents: NO_TIME, actors: NO_TIME, sources: NO_TIME, onBatch: NO_TIME, commit: NO_TIME };
  let actorLinks = 0;
  let sourceLinks = 0;
  const rows: SyntheticIncident[] = [];
  db.exec('BEGIN');
  try {
    data.articles.forEach((a, i) => insArticle.run(i + 1, a.url, a.title, a.lang, a.published, a.text, `synthetic-${opts.seed}-${i + 1}`, now));
    // Table by table within each batch, so that each table's time can be reported.
    for (let from = 1; from <= opts.count; from += opts.batchSize) {
      const to = Math.min(opts.count + 1, from + opts.batchSize);
      let part = stopwatch();
      rows.length = 0;
      for (let id = from; id < to; id++) rows.push(data.incidents.next());
      time.generate = addElapsed(time.generate, part());
      part = stopwatch();
      for (let i = 0; i < rows.length; i++) {
        const x = rows[i]!;
        insIncident.add(from + i, x.type, x.date, x.datePrecision, x.governorate, x.place, x.lat, x.lon, x.killed, x.injured, x.kidnapped, x.status, now, now);
      }
      insIncident.flush();
      time.incidents = addElapsed(time.incidents, part());
      part = stopwatch();
      for (let i = 0; i < rows.length; i++) {
        for (const a of rows[i]!.actors) insActor.add(from + i, a.id, a.role);
        actorLinks += rows[i]!.actors.length;
      }
      insActor.flush();
      time.actors = addElapsed(time.actors, part());
      if (opts.sources) {
        part = stopwatch();
        for (let i = 0; i < rows.length; i++) {
          const x = rows[i]!;
          for (const ai of x.articles) insSource.add(from + i, ai + 1, x.evidence);
          sourceLinks += x.articles.length;
        }
        insSource.flush();
        time.sources = addElapsed(time.sources, part());
      }
      if (opts.onBatch) {
        part = stopwatch();
        opts.onBatch(rows, from, data.articles);
        time.onBatch = addElapsed(time.onBatch, part());
      }
      opts.onProgress?.(to - 1);
    }
    const part = stopwatch();
    db.exec('COMMIT');
    time.commit = part();
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
  return { articles: data.articles.length, actorLinks, sourceLinks, time };
}
