/**
 * One thread's part of a parallel export (db/queries/export-stream.ts): a read-only
 * connection in its own read transaction, the incidents of its id share in export order,
 * encoded in the download format, handed out in batches of bytes with each row's sort key
 * so that the coordinating thread can merge the parts.
 *
 * Every encoded row carries the format's separator in front; the coordinator drops it
 * from the first row of the whole file.
 *
 * Plain class, no thread of its own: export-worker.ts drives it from messages, and the
 * tests drive it directly.
 */
import type Database from 'better-sqlite3';
import type { IncidentFilter } from '@/lib/filter';
import { ChunkWriter } from '@/lib/export/chunk-writer';
import { EXPORT_FORMATS, type ExportFormatName } from '@/lib/export/formats';
import type { RowSource } from '@/lib/export/row-source';
import type { ExportRow } from '../types';
import { openExportReader, openIncidentExport } from './export-incidents';
import type { IdShare } from './export-plans';

/** Encoded rows, in export order, with their keys (date, then id). */
export interface ExportBatch {
  bytes: Uint8Array;
  /** Where each row's bytes end; a row starts where the previous one ended. */
  ends: Uint32Array;
  ids: Float64Array;
  dates: (string | null)[];
  /** No rows follow this batch. */
  last: boolean;
}

export interface PartStart {
  filter: IncidentFilter;
  format: ExportFormatName;
  share: IdShare;
  runRows?: number;
}

/** Rows per sorted run of a part (see `start`). */
const PART_RUN_ROWS = 250_000;

/**
 * What changes with every write the export can see: incidents and their actor links log
 * into incident_changes (migration 0013), and every ingest adds an article (new sources
 * only come with one). Two read transactions with the same mark see the same rows.
 */
const MARK_SQL = `SELECT (SELECT coalesce(max(seq), 0) FROM incident_changes) || ':' || (SELECT coalesce(max(id), 0) FROM articles)`;

export class ExportPart {
  private readonly conn: Database.Database;
  private source: RowSource<ExportRow> | null = null;
  private encode: (row: ExportRow) => string | null = () => null;
  private separator = '';
  private readonly chunk = new ChunkWriter();
  private done = false;

  constructor(file: string) {
    this.conn = openExportReader(file);
  }

  /** Starts the read transaction (again, after a `mark()` that did not match the others'). */
  begin(): string {
    if (this.conn.inTransaction) this.conn.exec('COMMIT');
    this.conn.exec('BEGIN');
    // The first read fixes the transaction's snapshot: this one.
    return this.conn.prepare(MARK_SQL).pluck().get() as string;
  }

  /** Opens the part's rows and does the up-front sorting. */
  start(opts: PartStart): void {
    const format = EXPORT_FORMATS[opts.format];
    this.encode = format.encode;
    this.separator = format.separator;
    // Long runs: a worker has no other requests to let through between steps, and every
    // open run holds its sorter's memory. Bounded all the same: a run over a list of ids
    // passes the whole list as one JSON text.
    const runRows = opts.runRows ?? PART_RUN_ROWS;
    this.source = openIncidentExport(opts.filter, null, { reader: this.conn, share: opts.share, runRows });
    while (!this.source.prepare());
  }

  /** The next rows, up to `maxRows` or about `maxBytes`. */
  batch(maxRows: number, maxBytes: number): ExportBatch {
    const source = this.source;
    if (!source) throw new Error('export part not started');
    const ends = new Uint32Array(maxRows);
    const ids = new Float64Array(maxRows);
    const dates: (string | null)[] = [];
    let n = 0;
    while (!this.done && n < maxRows && this.chunk.size < maxBytes) {
      const row = source.next();
      if (row === undefined) {
        this.done = true;
        break;
      }
      const text = this.encode(row);
      if (text === null) continue;
      this.chunk.append(this.separator + text);
      ends[n] = this.chunk.size;
      ids[n] = row.incident_id;
      dates.push(row.event_date);
      n++;
    }
    return { bytes: this.chunk.take(), ends: ends.slice(0, n), ids: ids.slice(0, n), dates, last: this.done };
  }

  close(): void {
    try {
      this.source?.close();
    } finally {
      if (this.conn.inTransaction) this.conn.exec('COMMIT');
      this.conn.close();
    }
  }
}
