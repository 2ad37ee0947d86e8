/**
 * The download body (CSV or GeoJSON) of a filtered export, read by several threads at
 * once on a large store.
 *
 * Why threads: on a million incidents the export is CPU-bound, in SQLite (scanning and
 * sorting, ~7 s) and in encoding (~2 s), all on the server's one JavaScript thread. Here
 * each worker thread (export-worker.ts) takes a share of the incidents, sorts and encodes
 * it (export-part.ts), and this thread merges the parts' encoded rows by their keys (date,
 * then id), copying bytes only. The export runs on as many cores as there are parts, and
 * the server's thread stays free for other requests.
 *
 * One snapshot: each part reads in its own read transaction. Before any row is read, the
 * parts compare their snapshot marks and the ones behind take a newer snapshot, until all
 * agree; under writes that never settle, one part takes everything.
 *
 * A small store, an in-memory database, one core, or threads that cannot be started (the
 * reason is logged) use the one-thread stream (lib/export/text-stream.ts): the same bytes.
 */
import { availableParallelism } from 'node:os';
import type { IncidentFilter } from '@/lib/filter';
import { ChunkWriter } from '@/lib/export/chunk-writer';
import { EXPORT_FORMATS, type ExportFormat, type ExportFormatName } from '@/lib/export/formats';
import { textStreamFromRows } from '@/lib/export/text-stream';
import { getDatabase, type DatabaseHandle } from '../client';
import { cachedStatement } from '../statement-cache';
import type { ExportBatch, PartStart } from './export-part';
import { openIncidentExport } from './export-incidents';
import { exportThreadsRunning, PartThread } from './export-thread';
import { countIncidents } from './list-incidents';

export interface ExportStreamOptions {
  /** Threads to read with (default: EXPORT_THREADS, else up to 2 cores); below 2, none. */
  threads?: number;
  /** Below this many rows one thread reads everything (default: EXPORT_MIN_ROWS, else 50,000). */
  minRows?: number;
  /** Rows per sorted run (tests use tiny runs). */
  runRows?: number;
  /**
   * Export threads the process may run at once (default: one per core, and at least this
   * export's): more exports at a time than the cores can serve gain nothing from threads
   * but their memory, so the ones past it read in the server's thread, in short slices,
   * as without threads.
   */
  maxRunning?: number;
}

export interface ExportBody {
  body: ReadableStream<Uint8Array>;
  /** Threads that read the rows: 1 when this thread did. */
  threads: number;
}

/**
 * Starting threads costs tens of milliseconds and tens of MB: worth it only for long
 * exports. The rows are counted where that is cheap (rollups, the text index, columns
 * already in memory); elsewhere the store's id span stands in for them.
 */
const MIN_ROWS = 50_000;
/** Blocks per part: more spread a clustered filter's matches evenly over the parts. */
const BLOCKS_PER_PART = 16;
/** Output chunk size, as in the one-thread stream. */
const CHUNK_BYTES = 1 << 20;
/** Attempts at one snapshot for all parts before one part takes everything. */
const SYNC_ROUNDS = 20;

function fromEnv(name: string): number | undefined {
  const v = Number(process.env[name]);
  return process.env[name] && Number.isInteger(v) && v >= 0 ? v : undefined;
}

/** The export of `filter` in `name`'s format, and how many threads read it. */
export async function openExportStream(
  filter: IncidentFilter,
  name: ExportFormatName,
  h: DatabaseHandle = getDatabase(),
  opts: ExportStreamOptions = {},
): Promise<ExportBody> {
  const format = EXPORT_FORMATS[name];
  const inThread = (): ExportBody => ({
    body: textStreamFromRows(openIncidentExport(filter, h, { runRows: opts.runRows }), format),
    threads: 1,
  });
  const threads = opts.threads ?? fromEnv('EXPORT_THREADS') ?? Math.min(2, availableParallelism());
  if (threads < 2 || h.sqlite.memory) return inThread();
  if (exportThreadsRunning() + threads > (opts.maxRunning ?? Math.max(threads, availableParallelism()))) return inThread();
  // Two subqueries: each is one index probe (max(id) - min(id) in one query scans the table).
  const span = cachedStatement(h.sqlite, 'SELECT coalesce((SELECT max(id) FROM incidents) - (SELECT min(id) FROM incidents) + 1, 0)')
    .pluck()
    .get() as number;
  const rows = countIncidents(h, filter, { loadColumns: false }) ?? span;
  if (rows < (opts.minRows ?? fromEnv('EXPORT_MIN_ROWS') ?? MIN_ROWS)) return inThread();
  const block = Math.max(1, Math.ceil(span / (threads * BLOCKS_PER_PART)));
  let parts: PartThread[];
  try {
    parts = await startParts(h.sqlite.name, threads, (n, part) => ({
      filter,
      format: name,
      runRows: opts.runRows,
      share: { part, parts: n, block },
    }));
  } catch (err) {
    console.warn(`export: reading in one thread (${err instanceof Error ? err.message : String(err)})`);
    return inThread();
  }
  return { body: mergedStream(format, parts), threads: parts.length };
}

/** "seq:article" marks: a later snapshot has neither number smaller. */
function newerMark(a: string, b: string): boolean {
  const [sa, aa] = a.split(':').map(Number);
  const [sb, ab] = b.split(':').map(Number);
  return sa! > sb! || (sa === sb && aa! > ab!);
}

/**
 * Brings the parts to one snapshot: whoever is behind the newest mark begins again.
 * `begin(i)` (re)starts part i's read transaction and gives its mark. True when all agree.
 */
export async function agreeOnSnapshot(marks: string[], begin: (i: number) => Promise<string>, rounds = SYNC_ROUNDS): Promise<boolean> {
  for (let round = 0; round < rounds && marks.some((m) => m !== marks[0]); round++) {
    const newest = marks.reduce((a, b) => (newerMark(b, a) ? b : a));
    await Promise.all(marks.map(async (m, i) => (m === newest ? undefined : (marks[i] = await begin(i)))));
  }
  return marks.every((m) => m === marks[0]);
}

/** Starts the threads on one snapshot and their parts; returns the parts that will read. */
async function startParts(file: string, threads: number, startOf: (parts: number, part: number) => PartStart): Promise<PartThread[]> {
  const parts: PartThread[] = [];
  try {
    for (let i = 0; i < threads; i++) parts.push(new PartThread());
    const marks = await Promise.all(parts.map((p) => p.open(file)));
    const agreed = await agreeOnSnapshot(marks, (i) => parts[i]!.begin());
    const reading = agreed ? parts : parts.slice(0, 1);
    for (const p of parts.slice(reading.length)) p.stop();
    reading.forEach((p, i) => p.start(startOf(reading.length, i)));
    return reading;
  } catch (err) {
    for (const p of parts) p.stop();
    throw err;
  }
}

/** Row `i` of batch `a` comes before row `j` of batch `b` (the runs' ORDER BY). */
function before(a: ExportBatch, i: number, b: ExportBatch, j: number): boolean {
  const da = a.dates[i]!;
  const db = b.dates[j]!;
  if (da !== db) {
    if (da === null) return false;
    if (db === null) return true;
    return da < db;
  }
  return a.ids[i]! < b.ids[j]!;
}

/** The parts' rows merged into one body: head, rows (separators between), tail. */
function mergedStream(format: ExportFormat, parts: PartThread[]): ReadableStream<Uint8Array> {
  const out = new ChunkWriter();
  // Every encoded row starts with the separator; the file's first row must not.
  const skipFirst = Buffer.byteLength(format.separator);
  let active: PartThread[] | null = null;
  let wroteRow = false;
  let closed = false;

  const stopAll = () => {
    closed = true;
    for (const p of parts) p.stop();
  };

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        out.append(format.head);
        controller.enqueue(out.take());
      },
      async pull(controller) {
        try {
          if (!active) {
            const live: PartThread[] = [];
            for (const p of parts) if (await p.advance()) live.push(p);
            active = live;
          }
          while (out.size < CHUNK_BYTES && !closed) {
            if (active.length === 0) {
              out.append(format.tail);
              controller.enqueue(out.take());
              stopAll();
              controller.close();
              return;
            }
            // The part whose next row comes first, and how many of its rows come before every other part's next row.
            let first: PartThread = active[0]!;
            for (const p of active) if (p !== first && before(p.batch!, p.at, first.batch!, first.at)) first = p;
            const b = first.batch!;
            const from = first.at;
            let to = from + 1;
            while (to < b.ends.length && active.every((p) => p === first || before(b, to, p.batch!, p.at))) to++;
            let start = from === 0 ? 0 : b.ends[from - 1]!;
            if (!wroteRow) {
              start += skipFirst;
              wroteRow = true;
            }
            out.appendBytes(b.bytes, start, b.ends[to - 1]!);
            first.at = to;
            if (to === b.ends.length && !(await first.advance())) active = active.filter((p) => p !== first);
          }
          if (!closed) controller.enqueue(out.take());
        } catch (err) {
          stopAll();
          controller.error(err);
        }
      },
      cancel() {
        stopAll();
      },
    },
    { highWaterMark: 1 },
  );
}
