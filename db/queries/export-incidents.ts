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
import { whereSql } from './filter-sql';

const SEP = ' | ';
const dialect = new SQLiteSyncDialect();

function exportQuery(filter: IncidentFilter) {
  const joined = (expr: string, from: string) => sql.raw(`(SELECT group_concat(${expr}, '${SEP}') FROM (${from}))`);
  return dialect.sqlToQuery(sql`
    SELECT ${incidents.id} AS incident_id, ${incidents.date} AS event_date, ${incidents.datePrecision} AS date_precision,
           ${incidents.type} AS type, ${incidents.governorate} AS governorate_code,
           (SELECT g.name_en FROM governorates g WHERE g.code = ${incidents.governorate}) AS governorate_name,
           ${incidents.place} AS place, ${incidents.lat} AS latitude, ${incidents.lon} AS longitude,
           ${joined('actor', `SELECT actor FROM incident_actors WHERE incident_id = "incidents"."id" AND role = 'perpetrator' ORDER BY actor`)} AS perpetrators,
           ${joined('actor', `SELECT actor FROM incident_actors WHERE incident_id = "incidents"."id" AND role = 'target' ORDER BY actor`)} AS targets,
           ${incidents.killed} AS killed, ${incidents.injured} AS injured, ${incidents.kidnapped} AS kidnapped,
           ${incidents.status} AS status,
           ${joined("coalesce(url, '')", `SELECT a.url FROM incident_sources s JOIN articles a ON a.id = s.article_id WHERE s.incident_id = "incidents"."id" ORDER BY a.id`)} AS source_urls,
           ${joined('title', `SELECT a.title FROM incident_sources s JOIN articles a ON a.id = s.article_id WHERE s.incident_id = "incidents"."id" ORDER BY a.id`)} AS source_titles,
           ${joined('evidence', `SELECT s.evidence FROM incident_sources s WHERE s.incident_id = "incidents"."id" ORDER BY s.article_id`)} AS evidence
      FROM ${incidents} ${whereSql(filter)}
     ORDER BY ${incidents.date} IS NULL, ${incidents.date}, ${incidents.id}`);
}

type RawRow = Omit<ExportRow, 'perpetrators' | 'targets' | 'source_urls' | 'source_titles' | 'evidence'> & {
  perpetrators: string | null;
  targets: string | null;
  source_urls: string | null;
  source_titles: string | null;
  evidence: string | null;
};

function* iterateRows(h: DatabaseHandle, filter: IncidentFilter): Generator<ExportRow> {
  const ownConnection = !h.sqlite.memory;
  const conn = ownConnection ? new Database(h.sqlite.name, { readonly: true, fileMustExist: true }) : h.sqlite;
  try {
    if (ownConnection) conn.pragma('busy_timeout = 5000');
    const q = exportQuery(filter);
    for (const r of conn.prepare(q.sql).iterate(...q.params) as IterableIterator<RawRow>) {
      yield {
        ...r,
        perpetrators: r.perpetrators ?? '',
        targets: r.targets ?? '',
        source_urls: r.source_urls ?? '',
        source_titles: r.source_titles ?? '',
        evidence: r.evidence ?? '',
      };
    }
  } finally {
    if (ownConnection) conn.close();
  }
}

/** A lazy iterator: nothing is read until the first `next()`, memory stays flat. */
export function exportIncidents(filter: IncidentFilter, h: DatabaseHandle = getDatabase()): Iterable<ExportRow> {
  return { [Symbol.iterator]: () => iterateRows(h, filter) };
}
