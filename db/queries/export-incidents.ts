/**
 * The filtered incidents as flat export rows, streamed one row at a time.
 *
 * better-sqlite3 refuses every write on a connection while one of its statements is being
 * iterated, and an HTTP export is consumed over many event-loop turns. So the export reads
 * through its own read-only connection (WAL lets it run beside the app's connection) and
 * closes it when the iteration ends — consume it to the end or `break`/`return()`.
 */
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { IncidentFilter } from '@/lib/filter';
import { getDatabase, type DatabaseHandle } from '../client';
import { incidents } from '../schema';
import type { ExportRow } from '../types';
import { filterCondition } from './filter-sql';

const SEP = ' | ';
/** Between role and actor id inside the actors cell (ids and roles are codebook ASCII). */
const UNIT = ':';
const RECORD = ',';
const dialect = new SQLiteSyncDialect();

/**
 * One correlated lookup for all actors and one for all sources per incident (instead of
 * one per output column): both walk their primary key (incident_id, …), so items come
 * in actor / article order without sorting.
 */
function exportQuery(filter: IncidentFilter, dated: boolean) {
  const condition = filterCondition(filter);
  const datePart = dated ? sql`${incidents.date} IS NOT NULL` : sql`${incidents.date} IS NULL`;
  // Dated rows walk the date index in order; undated ones follow by id. A single
  // ORDER BY date IS NULL, … would sort every exported row (with its lookups) first.
  const order = dated ? sql`${incidents.date}, ${incidents.id}` : sql`${incidents.id}`;
  return dialect.sqlToQuery(sql`
    SELECT ${incidents.id} AS incident_id, ${incidents.date} AS event_date, ${incidents.datePrecision} AS date_precision,
           ${incidents.type} AS type, ${incidents.governorate} AS governorate_code,
           ${incidents.place} AS place, ${incidents.lat} AS latitude, ${incidents.lon} AS longitude,
           (SELECT group_concat(role || ${UNIT} || actor, ${RECORD}) FROM incident_actors WHERE incident_id = ${incidents.id}) AS actors,
           ${incidents.killed} AS killed, ${incidents.injured} AS injured, ${incidents.kidnapped} AS kidnapped,
           ${incidents.status} AS status,
           (SELECT json_group_array(json_array(s.article_id, s.evidence))
              FROM incident_sources s WHERE s.incident_id = ${incidents.id}) AS sources
      FROM ${incidents} WHERE ${condition ? sql`${datePart} AND ${condition}` : datePart}
     ORDER BY ${order}`);
}

interface RawRow {
  incident_id: number;
  event_date: string | null;
  date_precision: ExportRow['date_precision'];
  type: ExportRow['type'];
  governorate_code: ExportRow['governorate_code'];
  place: string | null;
  latitude: number | null;
  longitude: number | null;
  actors: string | null;
  killed: number | null;
  injured: number | null;
  kidnapped: number | null;
  status: ExportRow['status'];
  sources: string | null;
}

interface ArticleRef {
  url: string;
  title: string;
}

/**
 * Article url and title by id, read once per article: far fewer articles than incidents,
 * so a join per exported row would repeat the same lookups.
 */
function articleLookup(conn: Database.Database): (id: number) => ArticleRef {
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

function toExportRow(r: RawRow, governorateNames: Map<string, string>, article: (id: number) => ArticleRef): ExportRow {
  const perpetrators: string[] = [];
  const targets: string[] = [];
  if (r.actors) {
    for (const item of r.actors.split(RECORD)) {
      const cut = item.indexOf(UNIT);
      (item.slice(0, cut) === 'perpetrator' ? perpetrators : targets).push(item.slice(cut + 1));
    }
    // Codebook ids are ASCII: this is the BINARY order SQL would give.
    perpetrators.sort();
    targets.sort();
  }
  const urls: string[] = [];
  const titles: string[] = [];
  const evidence: string[] = [];
  // Evidence is free text: JSON carries it whatever characters it holds. Sources come
  // in article id order (the primary key walk).
  if (r.sources) {
    for (const [articleId, ev] of JSON.parse(r.sources) as [number, string][]) {
      const a = article(articleId);
      urls.push(a.url);
      titles.push(a.title);
      evidence.push(ev);
    }
  }
  return {
    incident_id: r.incident_id,
    event_date: r.event_date,
    date_precision: r.date_precision,
    type: r.type,
    governorate_code: r.governorate_code,
    governorate_name: r.governorate_code ? (governorateNames.get(r.governorate_code) ?? null) : null,
    place: r.place,
    latitude: r.latitude,
    longitude: r.longitude,
    perpetrators: perpetrators.join(SEP),
    targets: targets.join(SEP),
    killed: r.killed,
    injured: r.injured,
    kidnapped: r.kidnapped,
    status: r.status,
    source_urls: urls.join(SEP),
    source_titles: titles.join(SEP),
    evidence: evidence.join(SEP),
  };
}

function* iterateRows(h: DatabaseHandle, filter: IncidentFilter): Generator<ExportRow> {
  const ownConnection = !h.sqlite.memory;
  const conn = ownConnection ? new Database(h.sqlite.name, { readonly: true, fileMustExist: true }) : h.sqlite;
  try {
    if (ownConnection) {
      conn.pragma('busy_timeout = 5000');
      // Rows come in date order, i.e. scattered over the table: a bigger page cache saves
      // re-reading pages (no mmap: mapped pages would count against the export's RSS).
      conn.pragma('cache_size = -32768');
    }
    const article = articleLookup(conn);
    const names = new Map(
      (conn.prepare('SELECT code, name_en FROM governorates').all() as { code: string; name_en: string }[]).map((g) => [g.code, g.name_en]),
    );
    // One read transaction: both halves see the same snapshot even if an ingest commits between them.
    if (ownConnection) conn.exec('BEGIN');
    try {
      for (const dated of [true, false]) {
        const q = exportQuery(filter, dated);
        for (const r of conn.prepare(q.sql).iterate(...q.params) as IterableIterator<RawRow>) yield toExportRow(r, names, article);
      }
    } finally {
      if (ownConnection && conn.inTransaction) conn.exec('COMMIT');
    }
  } finally {
    if (ownConnection) conn.close();
  }
}

/** A lazy iterator: nothing is read until the first `next()`, memory stays flat. */
export function exportIncidents(filter: IncidentFilter, h: DatabaseHandle = getDatabase()): Iterable<ExportRow> {
  return { [Symbol.iterator]: () => iterateRows(h, filter) };
}
