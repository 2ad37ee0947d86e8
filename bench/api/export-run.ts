/**
 * One export measured in isolation (the benchmark runs this in a child process so the
 * peak RSS belongs to the export alone): the route's streamed body is piped to
 * /dev/null and the wall time and memory high-water mark are reported as JSON.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

export interface ExportFigures {
  format: 'csv' | 'geojson';
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  baselineRssMb: number;
}

export async function runExport(format: 'csv' | 'geojson', rows: number): Promise<ExportFigures> {
  const route =
    format === 'csv' ? await import('@/app/api/incidents/export.csv/route') : await import('@/app/api/incidents/export.geojson/route');
  // Open the shared connection first so its cost is not counted as export memory.
  const { getDatabase } = await import('@/db/client');
  getDatabase();
  const baselineRss = process.memoryUsage.rss();
  let peakRss = baselineRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);

  const started = performance.now();
  const res = route.GET(new Request(`http://localhost/api/incidents/export.${format}`));
  if (!res.body) throw new Error('export has no body');
  let bytes = 0;
  const counted = Readable.fromWeb(res.body as unknown as NodeReadableStream<Uint8Array>);
  counted.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  });
  await pipeline(counted, createWriteStream('/dev/null'));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  const mb = (b: number) => Math.round(b / (1024 * 1024));
  return { format, rows, bytes, seconds, rowsPerSecond: Math.round(rows / seconds), peakRssMb: mb(peakRss), baselineRssMb: mb(baselineRss) };
}
