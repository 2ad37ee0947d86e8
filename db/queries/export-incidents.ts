/**
 * The filtered incidents as flat export rows, in export order: by date, then id; undated
 * incidents last, by id.
 *
 * Why the rows are sorted in runs. Reading the incidents in date order straight off the
 * date index makes every incident, actor and source lookup a random page read (2.5× the
 * CPU on a 1M-row store), so the rows are read in table order and sorted. One sort of
 * everything is a single SQLite step of seconds, during which the server's only thread
 * serves nobody. So the matching incidents are cut into runs of consecutive ids, each
 * run is sorted by its own statement (one bounded step each), and the sorted runs are
 * merged here (lib/export/sorted-merge.ts). Between two steps the caller can give the
 * event loop back: `openIncidentExport` hands out the steps (`prepare()`), the export
 * stream yields between them.
 *
 * better-sqlite3 refuses every write on a connection while one of its statements is being
 * iterated, and an HTTP export is consumed over many event-loop turns. So the export reads
 * through its own read-only connection (WAL lets it run beside the app's connection), in
 * one read transaction (one snapshot for ids, runs and article lookups), and closes it at
 * the end or on `close()`.
 */
import Database from 'better-sqlite3';
import { sql, type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { IncidentFilter } from '@/lib/filter';
import type { RowSource } from '@/lib/export/row-source';
import { SortedMerge } from '@/lib/export/sorted-merge';
import { getDatabase, type DatabaseHandle } from '../client';
import { incidents } from '../schema';
import type { ExportRow } from '../types';
import { articleLookup, exportsBefore, runQuery, toExportRow, type ArticleRef, type RawRow } from './export-rows';
import { IdCollector, ownedBy, rangePlans, scopeOf, type IdShare, type RunPlan } from './export-plans';
import { filterCondition } from './filter-sql';

const dialect = new SQLiteSyncDialect();

/** Rows per sorted run: the longest step is sorting one run (tens of ms). */
const RUN_ROWS = 25_000;
/** Matching ids read per step when a filter applies. */
const ID_BATCH = 100_000;

/**
 * The export as a row source: each `prepare()` opens the connection, reads a batch of
 * matching ids or sorts one run; then `next()` merges the runs. The connection is opened
 * on the first `prepare()`, so a response that is never read holds nothing.
 */
class IncidentExport implements RowSource<ExportRow> {
  private conn: Database.Database | null = null;
  private ownConnection = false;
  private closed = false;
  private collector: IdCollector | null = null;
  private plans: RunPlan[] | null = null;
  private readonly iterators: IterableIterator<RawRow>[] = [];
  private readonly merge = new SortedMerge<RawRow>(exportsBefore);
  private names = new Map<string, string>();
  private article: (id: number) => ArticleRef = () => ({ url: '', title: '' });

  constructor(
    private readonly h: DatabaseHandle | null,
    private readonly filter: IncidentFilter,
    private readonly runRows: number,
    private readonly share: IdShare | null,
    private readonly reader: Database.Database | null,
  ) {}

  prepare(): boolean {
    if (this.closed) return true;
    try {
      if (!this.conn) {
        this.open();
        return false;
      }
      if (this.collector) {
        if (this.collector.read(ID_BATCH)) {
          this.plans = this.collector.runs(this.runRows);
          this.collector = null;
        }
        return false;
      }
      const plan = this.plans!.shift();
      if (!plan) return true;
      this.openRun(plan);
      return this.plans!.length === 0;
    } catch (err) {
      this.close();
      throw err;
    }
  }

  next(): ExportRow | undefined {
    if (this.closed) return undefined;
    try {
      const r = this.merge.next();
      if (r === undefined) {
        this.close();
        return undefined;
      }
      return toExportRow(r, this.names, this.article);
    } catch (err) {
      this.close();
      throw err;
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    const conn = this.conn;
    try {
      this.collector?.stop();
      for (const it of this.iterators) it.return?.();
    } finally {
      this.iterators.length = 0;
      if (conn && this.ownConnection) {
        try {
          if (conn.inTransaction) conn.exec('COMMIT');
        } finally {
          conn.close();
        }
      }
    }
  }

  private open(): void {
    const shared = this.h?.sqlite;
    this.ownConnection = !this.reader && !shared!.memory;
    const conn = this.reader ?? (this.ownConnection ? openExportReader(shared!.name) : shared!);
    this.conn = conn; // before BEGIN: close() must find it if BEGIN fails
    if (this.ownConnection) conn.exec('BEGIN');
    this.article = articleLookup(conn);
    this.names = new Map(
      (conn.prepare('SELECT code, name_en FROM governorates').all() as { code: string; name_en: string }[]).map((g) => [g.code, g.name_en]),
    );
    const share = this.share;
    const condition = filterCondition(this.filter);
    if (condition) {
      const where = share ? sql`${condition} AND ${ownedBy(share)}` : condition;
      const q = dialect.sqlToQuery(sql`SELECT ${incidents.id} FROM ${incidents} WHERE ${where}`);
      this.collector = new IdCollector(conn.prepare(q.sql).pluck().iterate(...q.params) as IterableIterator<number>);
      return;
    }
    // Two subqueries, each one probe of the rowid tree (min and max in one query scan the table).
    const span = conn.prepare(`SELECT (SELECT min(id) FROM incidents) AS lo, (SELECT max(id) FROM incidents) AS hi`).get() as {
      lo: number | null;
      hi: number | null;
    };
    this.plans = span.lo === null || span.hi === null ? [] : rangePlans(span.lo, span.hi, this.runRows, share);
  }

  /** Sorting happens on the run's first step, here. */
  private openRun(plan: RunPlan): void {
    const q = runQuery(scopeOf(plan));
    const it = this.conn!.prepare(q.sql).raw(true).iterate(...q.params) as IterableIterator<RawRow>;
    this.iterators.push(it);
    this.merge.add(() => {
      const r = it.next();
      return r.done ? undefined : r.value;
    });
  }
}

/**
 * A read-only connection of its own for one export, set up for it (the caller begins the
 * read transaction and closes it).
 */
export function openExportReader(file: string): Database.Database {
  const conn = new Database(file, { readonly: true, fileMustExist: true });
  conn.pragma('busy_timeout = 5000');
  // Page cache, and each run's sorter budget before it spills to a temporary file: all
  // runs are open at once during the merge, so this bounds their memory (no mmap:
  // mapped pages would count against the export's RSS).
  conn.pragma('cache_size = -2048');
  conn.pragma('temp_store = FILE');
  // No sorter helper threads: each would hold its own buffer in every open run.
  conn.pragma('threads = 0');
  return conn;
}

export interface ExportOptions {
  /** Rows per sorted run (tests use tiny runs). */
  runRows?: number;
  /** Export only this part of the incidents (the rest go to other threads). */
  share?: IdShare;
  /** Read through this connection, already in a read transaction, which the caller owns. */
  reader?: Database.Database;
}

/**
 * The export as a row source for a stream that yields between steps. Nothing is read
 * before the first `prepare()`; `close()` whenever the reader stops early.
 */
export function openIncidentExport(filter: IncidentFilter, h: DatabaseHandle | null = null, opts: ExportOptions = {}): RowSource<ExportRow> {
  if (!h && !opts.reader) h = getDatabase();
  return new IncidentExport(h, filter, Math.max(1, opts.runRows ?? RUN_ROWS), opts.share ?? null, opts.reader ?? null);
}

/**
 * The same rows as a plain lazy iterable (the steps run back to back on the first
 * `next()`): for scripts and tests. Consume it to the end or `break`/`return()`.
 */
export function exportIncidents(filter: IncidentFilter, h: DatabaseHandle = getDatabase()): Iterable<ExportRow> {
  return {
    *[Symbol.iterator]() {
      const source = openIncidentExport(filter, h);
      try {
        while (!source.prepare());
        for (let row = source.next(); row !== undefined; row = source.next()) yield row;
      } finally {
        source.close();
      }
    },
  };
}
