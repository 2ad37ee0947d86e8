/**
 * The free-text index behind the `q` filter (FTS5 table `incident_search`, trigram
 * tokenizer, created in migration 0001). Each incident's document is its place plus the
 * evidence and title of every source, folded with normaliseArabic and lower-cased, so
 * `q` is folded the same way before it is matched.
 */
import type Database from 'better-sqlite3';
import { normaliseArabic } from '@/lib/text/arabic';
import { cachedStatement } from './statement-cache';

export function foldForSearch(s: string): string {
  return normaliseArabic(s).toLowerCase();
}

/** Rewrites the search document of one incident from its current place and sources. */
export function refreshSearchDocument(sqlite: Database.Database, incidentId: number): void {
  const row = cachedStatement(
    sqlite,
      `SELECT i.place AS place,
              (SELECT group_concat(s.evidence || char(10) || a.title, char(10))
                 FROM incident_sources s JOIN articles a ON a.id = s.article_id
                WHERE s.incident_id = i.id) AS sources
         FROM incidents i WHERE i.id = ?`,
  ).get(incidentId) as { place: string | null; sources: string | null } | undefined;
  cachedStatement(sqlite, 'DELETE FROM incident_search WHERE rowid = ?').run(incidentId);
  if (!row) return;
  const body = foldForSearch([row.place ?? '', row.sources ?? ''].join('\n'));
  cachedStatement(sqlite, 'INSERT INTO incident_search (rowid, body) VALUES (?, ?)').run(incidentId, body);
}

/** Rebuilds every document (after a manual edit of the tables, or a restore). */
export function rebuildSearchIndex(sqlite: Database.Database): number {
  const ids = sqlite.prepare('SELECT id FROM incidents').pluck().all() as number[];
  sqlite.transaction(() => {
    sqlite.prepare('DELETE FROM incident_search').run();
    for (const id of ids) refreshSearchDocument(sqlite, id);
  })();
  return ids.length;
}
