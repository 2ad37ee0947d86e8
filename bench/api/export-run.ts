/**
 * One export measured in isolation (the benchmark runs this in a child process so the
 * peak RSS belongs to the export alone): the route's streamed body is piped to
 * /dev/null and the wall time, memory high-water mark, time to first byte / first row
 * and the longest event-loop stall are reported as JSON.
 *
 * The stall is what every other request of the server would wait at worst while the
 * export runs: the longest time the event loop was held by one synchronous slice.
 */
import { createWriteStream } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

export type ExportFormat = 'csv' | 'geojson' | 'rows-only';

export interface ExportFigures {
  format: ExportFormat;
  /** Threads that read the rows (the route's x-export-threads; 1 for the query alone). */
  threads: number;
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  baselineRssMb: number;
  /** From the request to the first body bytes (the header/BOM). */
  firstByteMs: number;
  /** From the request to the first bytes of a row (what waits for the up-front sort). */
  firstRowMs: number;
  /** Longest event-loop stall during the export (wall time: grows with the machine's load). */
  maxStallMs: number;
  /**
   * CPU time the process spent between two ticks of a 1 ms timer, at most: the longest
   * slice of work that held the event loop, measured in CPU time (steadier than the
   * stall's wall time when other processes share the cores).
   */
  maxSliceCpuMs: number;
  /** CPU time of the process during the export (user + system, all threads): less noisy than wall time on a shared machine. */
  cpuSeconds: number;
}

/** Told of every chunk of output (for first-byte / first-row times and RSS samples). */
interface Progress {
  chunk(): void;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The export query alone on one connection (rows read, nothing encoded): what one
 * thread can read, the ceiling of the one-thread route. Read
 * with the routes' scheduling (a turn of the event loop between steps and between
 * batches of 1000 rows) so its stall figure compares.
 */
async function iterateOnly(progress: Progress): Promise<{ bytes: number; threads: number }> {
  const { openIncidentExport } = await import('@/db/queries/export-incidents');
  const { EMPTY_FILTER } = await import('@/db/queries');
  const source = openIncidentExport(EMPTY_FILTER);
  try {
    while (!source.prepare()) await nextTurn();
    for (;;) {
      let i = 0;
      while (i < 1000 && source.next() !== undefined) i++;
      if (i > 0) progress.chunk();
      if (i < 1000) break;
      await nextTurn();
    }
  } finally {
    source.close();
  }
  return { bytes: 0, threads: 1 };
}

async function throughRoute(format: 'csv' | 'geojson', progress: Progress): Promise<{ bytes: number; threads: number }> {
  const route =
    format === 'csv' ? await import('@/app/api/incidents/export.csv/route') : await import('@/app/api/incidents/export.geojson/route');
  const res = await route.GET(new Request(`http://localhost/api/incidents/export.${format}`));
  if (!res.body) throw new Error('export has no body');
  let bytes = 0;
  const counted = Readable.fromWeb(res.body as unknown as NodeReadableStream<Uint8Array>);
  counted.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    progress.chunk();
  });
  await pipeline(counted, createWriteStream('/dev/null'));
  return { bytes, threads: Number(res.headers.get('x-export-threads')) };
}

export async function runExport(format: ExportFormat, rows: number): Promise<ExportFigures> {
  // Open the shared connection first so its cost is not counted as export memory.
  const { getDatabase } = await import('@/db/client');
  getDatabase();
  // Route modules are imported before the clock starts too: loading them is not the export.
  if (format === 'csv') await import('@/app/api/incidents/export.csv/route');
  if (format === 'geojson') await import('@/app/api/incidents/export.geojson/route');
  await import('@/db/queries/export-incidents');
  const baselineRss = process.memoryUsage.rss();
  let peakRss = baselineRss;
  const sampleRss = () => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  };
  const sampler = setInterval(sampleRss, 20);
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  stalls.enable();
  let lastCpu = process.cpuUsage();
  let maxSliceCpuUs = 0;
  const slicer = setInterval(() => {
    const now = process.cpuUsage();
    maxSliceCpuUs = Math.max(maxSliceCpuUs, now.user - lastCpu.user + now.system - lastCpu.system);
    lastCpu = now;
  }, 1);
  // The delay monitor measures from its first tick on (a stall before it would go unseen),
  // and reset() starts that over: so it runs a few ticks before the export starts.
  await new Promise((resolve) => setTimeout(resolve, 30));
  maxSliceCpuUs = 0;

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let chunks = 0;
  let firstByteMs = NaN;
  let firstRowMs = NaN;
  let lastSample = started;
  // The route's first chunk is the header (BOM + column names, or the GeoJSON head).
  const rowChunk = format === 'rows-only' ? 0 : 1;
  const progress: Progress = {
    chunk() {
      const now = performance.now();
      if (chunks === 0) firstByteMs = now - started;
      if (chunks === rowChunk) firstRowMs = now - started;
      chunks++;
      // Also sampled here, not only by the timer: a timer cannot fire while a step runs.
      if (now - lastSample >= 5) {
        lastSample = now;
        sampleRss();
      }
    },
  };
  const { bytes, threads } = format === 'rows-only' ? await iterateOnly(progress) : await throughRoute(format, progress);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  stalls.disable();
  clearInterval(sampler);
  clearInterval(slicer);
  sampleRss();
  const mb = (b: number) => Math.round(b / (1024 * 1024));
  return {
    format,
    threads,
    rows,
    bytes,
    seconds,
    rowsPerSecond: Math.round(rows / seconds),
    peakRssMb: mb(peakRss),
    baselineRssMb: mb(baselineRss),
    firstByteMs: Math.round(firstByteMs),
    firstRowMs: Math.round(firstRowMs),
    maxStallMs: Math.round(stalls.max / 1e6),
    maxSliceCpuMs: Math.round(maxSliceCpuUs / 1000),
    cpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100,
  };
}

/** The figures as one line of the benchmark's report. */
export function describeExport(f: ExportFigures): string {
  return (
    `${f.rows.toLocaleString('en')} rows, ${(f.bytes / 1e6).toFixed(0)} MB, ${f.threads} thread${f.threads === 1 ? '' : 's'} in ${f.seconds.toFixed(1)} s → ${f.rowsPerSecond.toLocaleString('en')} rows/s, ` +
    `peak RSS ${f.peakRssMb} MB (before export ${f.baselineRssMb} MB), first byte ${f.firstByteMs} ms, first row ${f.firstRowMs} ms, ` +
    `longest event-loop stall ${f.maxStallMs} ms (${f.maxSliceCpuMs} ms CPU), CPU ${f.cpuSeconds.toFixed(1)} s (${Math.round(f.rows / f.cpuSeconds).toLocaleString('en')} rows per CPU-second)`
  );
}
