/**
 * One export measured in isolation (the benchmark runs this in a child process so the
 * peak RSS belongs to the export alone): the route's streamed body is piped to
 * /dev/null and the wall time and memory high-water mark are reported as JSON.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

export type ExportFormat = 'csv' | 'geojson' | 'rows-only';

export interface ExportFigures {
  format: ExportFormat;
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  baselineRssMb: number;
}

/** The export query alone (rows read, nothing encoded): the floor for the routes. */
async function iterateOnly(): Promise<{ rows: number; bytes: number }> {
  const { exportIncidents, EMPTY_FILTER } = await import('@/db/queries');
  let rows = 0;
  for (const _ of exportIncidents(EMPTY_FILTER)) rows++;
  return { rows, bytes: 0 };
}

async function throughRoute(format: 'csv' | 'geojson', onChunk: () => void): Promise<number> {
  const route =
    format === 'csv' ? await import('@/app/api/incidents/export.csv/route') : await import('@/app/api/incidents/export.geojson/route');
  const res = route.GET(new Request(`http://localhost/api/incidents/export.${format}`));
  if (!res.body) throw new Error('export has no body');
  let bytes = 0;
  const counted = Readable.fromWeb(res.body as unknown as NodeReadableStream<Uint8Array>);
  counted.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    onChunk();
  });
  await pipeline(counted, createWriteStream('/dev/null'));
  return bytes;
}

export async function runExport(format: ExportFormat, rows: number): Promise<ExportFigures> {
  // Open the shared connection first so its cost is not counted as export memory.
  const { getDatabase } = await import('@/db/client');
  getDatabase();
  const baselineRss = process.memoryUsage.rss();
  let peakRss = baselineRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);

  const started = performance.now();
  const bytes =
    format === 'rows-only'
      ? (await iterateOnly()).bytes
      : await throughRoute(format, () => {
          peakRss = Math.max(peakRss, process.memoryUsage.rss());
        });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  const mb = (b: number) => Math.round(b / (1024 * 1024));
  return { format, rows, bytes, seconds, rowsPerSecond: Math.round(rows / seconds), peakRssMb: mb(peakRss), baselineRssMb: mb(baselineRss) };
}
