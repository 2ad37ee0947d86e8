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
 * Order: date, then id; undated incidents last, by id. The rows are read in the order of
 * the table (or of the filter's index) and then sorted, instead of walking the date index:
 * a date-ordered walk makes every incident, actor and source lookup a random page read,
 * while the table order keeps them sequential (3–4× faster on a 1M-row store). `+date`
 * keeps the planner from choosing the date index for the order. SQLite's sorter spills
 * to temporary files past its memory budget, so memory stays flat; the price is that the
 * first row comes only once the sort is done.
 */
function exportQuery(filter: IncidentFilter) {
  const condition = filterCondition(filter);
  return dialect.sqlToQuery(sql`
    SELECT ${incidents.id}, ${incidents.date}, ${incidents.datePrecision}, ${incidents.type}, ${incidents.governorate},
           ${incidents.place}, ${incidents.lat}, ${incidents.lon},
           (SELECT coalesce(group_concat(actor, ${SEP}) FILTER (WHERE role = 'perpetrator'), '') || ${ROLE_SPLIT} ||
                   coalesce(group_concat(actor, ${SEP}) FILTER (WHERE role <> 'perpetrator'), '')
              FROM incident_actors WHERE incident_id = ${incidents.id}),
           ${incidents.killed}, ${incidents.injured}, ${incidents.kidnapped}, ${incidents.status},
           (SELECT group_concat(article_id) || ${ROLE_SPLIT} || group_concat(evidence, ${SEP})
              FROM incident_sources WHERE incident_id = ${incidents.id})
      FROM ${incidents}${condition ? sql` WHERE ${condition}` : sql``}
     ORDER BY ${incidents.date} IS NULL, +${incidents.date}, ${incidents.id}`);
}

/** The columns of `exportQuery`, in its order. */
type RawRow = [
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

function* iterateRows(h: DatabaseHandle, filter: IncidentFilter): Generator<ExportRow> {
  const ownConnection = !h.sqlite.memory;
  const conn = ownConnection ? new Database(h.sqlite.name, { readonly: true, fileMustExist: true }) : h.sqlite;
  try {
    if (ownConnection) {
      conn.pragma('busy_timeout = 5000');
      // Also the sorter's memory budget before it spills to temporary files (no mmap:
      // mapped pages would count against the export's RSS).
      conn.pragma('cache_size = -32768');
      conn.pragma('temp_store = FILE');
      // One helper thread sorts part of the rows while this one reads the rest.
      conn.pragma('threads = 1');
    }
    const article = articleLookup(conn);
    const names = new Map(
      (conn.prepare('SELECT code, name_en FROM governorates').all() as { code: string; name_en: string }[]).map((g) => [g.code, g.name_en]),
    );
    // One read transaction: the article lookups see the same snapshot as the rows even if
    // an ingest commits meanwhile.
    if (ownConnection) conn.exec('BEGIN');
    try {
      const q = exportQuery(filter);
      for (const r of conn.prepare(q.sql).raw(true).iterate(...q.params) as IterableIterator<RawRow>) yield toExportRow(r, names, article);
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
