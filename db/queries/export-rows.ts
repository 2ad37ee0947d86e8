/**
 * One run of the export (db/queries/export-incidents.ts) as SQL, and its raw rows as
 * export rows: the columns, the actor and source lookups, the order.
 */
import type Database from 'better-sqlite3';
import { sql, type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { incidents } from '../schema';
import type { ExportRow } from '../types';

const SEP = ' | ';
/**
 * Splits a lookup's two lists: perpetrators from targets (actor ids are codebook ASCII),
 * article ids (digits and commas) from the evidence cell (free text: only the first
 * occurrence counts).
 */
const ROLE_SPLIT = '\n';
const dialect = new SQLiteSyncDialect();

/**
 * One row per incident, read as an array (`.raw()`): the incident columns, then one
 * correlated lookup for the actors and one for the sources (article ids, and the evidence
 * cell already joined). Both walk their primary key (incident_id, …), so actors come in
 * actor id order (the BINARY order the cell is sorted by) and sources in article id order.
 *
 * `scope` picks one run's incidents (an id range, or an id list); the run is sorted into
 * export order. NOT INDEXED: the run reads the table by rowid, in table order (an index
 * that leads with id would look cheaper to the planner and cost a table lookup a row).
 * SQLite's sorter spills to temporary files past its memory budget (the connection's
 * cache size), so a run costs a few MB of memory at most.
 */
export function runQuery(scope: SQL) {
  return dialect.sqlToQuery(sql`
    SELECT ${incidents.id}, ${incidents.date}, ${incidents.datePrecision}, ${incidents.type}, ${incidents.governorate},
           ${incidents.place}, ${incidents.lat}, ${incidents.lon},
           (SELECT coalesce(group_concat(actor, ${SEP}) FILTER (WHERE role = 'perpetrator'), '') || ${ROLE_SPLIT} ||
                   coalesce(group_concat(actor, ${SEP}) FILTER (WHERE role <> 'perpetrator'), '')
              FROM incident_actors WHERE incident_id = ${incidents.id}),
           ${incidents.killed}, ${incidents.injured}, ${incidents.kidnapped}, ${incidents.status},
           (SELECT group_concat(article_id) || ${ROLE_SPLIT} || group_concat(evidence, ${SEP})
              FROM incident_sources WHERE incident_id = ${incidents.id})
      FROM ${incidents} NOT INDEXED WHERE ${scope}
     ORDER BY ${incidents.date} IS NULL, +${incidents.date}, ${incidents.id}`);
}

/** The same order as the runs' ORDER BY (dates are ISO text: code-unit order = byte order). */
export function exportsBefore(a: RawRow, b: RawRow): boolean {
  const da = a[1];
  const db = b[1];
  if (da !== db) {
    if (da === null) return false;
    if (db === null) return true;
    return da < db;
  }
  return a[0] < b[0];
}

/** The columns of `runQuery`, in its order. */
export type RawRow = [
  incidentId: number,
  date: string | null,
  datePrecision: ExportRow['date_precision'],
  type: ExportRow['type'],
  governorate: ExportRow['governorate_code'],
  place: string | null,
  lat: number | null,
  lon: number | null,
  actors: string | null,
  killed: number | null,
  injured: number | null,
  kidnapped: number | null,
  status: ExportRow['status'],
  sources: string | null,
];

export interface ArticleRef {
  url: string;
  title: string;
}

/**
 * Article url and title by id, read once per article: far fewer articles than incidents,
 * so a join per exported row would repeat the same lookups.
 */
export function articleLookup(conn: Database.Database): (id: number) => ArticleRef {
  const stmt = conn.prepare("SELECT coalesce(url, '') AS url, title FROM articles WHERE id = ?");
  const cache = new Map<number, ArticleRef>();
  return (id) => {
    let a = cache.get(id);
    if (!a) {
      a = (stmt.get(id) as ArticleRef | undefined) ?? { url: '', title: '' };
      // Bounded: an export of a huge store must not hold every title.
      if (cache.size >= 50_000) cache.clear();
      cache.set(id, a);
    }
    return a;
  };
}

export function toExportRow(r: RawRow, governorateNames: Map<string, string>, article: (id: number) => ArticleRef): ExportRow {
  const actors = r[8];
  const cut = actors ? actors.indexOf(ROLE_SPLIT) : -1;
  let urls = '';
  let titles = '';
  let evidence = '';
  const sources = r[13];
  if (sources) {
    const cut = sources.indexOf(ROLE_SPLIT);
    const ids = sources.slice(0, cut).split(',');
    evidence = sources.slice(cut + 1);
    for (let i = 0; i < ids.length; i++) {
      const a = article(Number(ids[i]));
      if (i > 0) {
        urls += SEP;
        titles += SEP;
      }
      urls += a.url;
      titles += a.title;
    }
  }
  const governorate = r[4];
  return {
    incident_id: r[0],
    event_date: r[1],
    date_precision: r[2],
    type: r[3],
    governorate_code: governorate,
    governorate_name: governorate ? (governorateNames.get(governorate) ?? null) : null,
    place: r[5],
    latitude: r[6],
    longitude: r[7],
    perpetrators: cut < 0 ? '' : actors!.slice(0, cut),
    targets: cut < 0 ? '' : actors!.slice(cut + 1),
    killed: r[9],
    injured: r[10],
    kidnapped: r[11],
    status: r[12],
    source_urls: urls,
    source_titles: titles,
    evidence,
  };
}

