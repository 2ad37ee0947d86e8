/** Tables for the dashboard benchmark, and the server-side timing of the page's queries. */
import { incidentStats, listIncidents, mapClusters } from '@/db/queries';
import { parseIncidentFilter, parsePageRequest } from '@/lib/filter';
import { INITIAL_ZOOM } from '@/components/map/map-constants';
import { percentile } from '../api/timing';
import type { LoadFigures, Section } from './page-probe';

/** Issue 3: the dashboard usable within 2 s of the first request. */
export const TARGET_MS = 2000;

const DRAWN: Section[] = ['count', 'markers', 'timeline', 'table'];
const LABELS: Record<Section, string> = {
  count: '"N incidents" shown',
  markers: 'map markers drawn',
  timeline: 'timeline drawn',
  table: 'table first rows',
  interactive: 'filters interactive (hydrated)',
  timelineBrush: 'timeline date handles ready',
};

const allDrawn = (f: LoadFigures) => Math.max(...DRAWN.map((s) => f.marks[s]));
const ms = (v: number) => `${Math.round(v)}`.padStart(7);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function row(label: string, cold: number, warm: number[]): string {
  const sorted = [...warm].sort((a, b) => a - b);
  return `  ${label.padEnd(36)}${ms(cold)}${ms(percentile(sorted, 50))}${ms(sorted.at(-1) ?? NaN)}`;
}

export function printLoadReport(url: string, cold: LoadFigures, warm: LoadFigures[]): void {
  const pick = (fn: (f: LoadFigures) => number) => [fn(cold), warm.map(fn)] as const;
  console.log(`\n${url}   (ms from navigation start; cold = first load after the server started)`);
  console.log(`  ${''.padEnd(36)}${'cold'.padStart(7)}${'p50'.padStart(7)}${'max'.padStart(7)}   warm runs: ${warm.length}`);
  console.log(row('HTML first byte (server shell)', ...pick((f) => f.firstByteMs)));
  console.log(row('HTML complete (all sections streamed)', ...pick((f) => f.htmlDoneMs)));
  for (const s of [...DRAWN, 'interactive', 'timelineBrush'] as Section[]) console.log(row(LABELS[s], ...pick((f) => f.marks[s])));
  console.log(row('all four sections drawn', ...pick(allDrawn)));
  console.log(row('browser main thread: script', ...pick((f) => f.mainThread.scriptMs)));
  console.log(row('browser main thread: layout', ...pick((f) => f.mainThread.layoutMs)));

  const p50 = percentile(warm.map(allDrawn).sort((a, b) => a - b), 50);
  const max = Math.max(...warm.map(allDrawn));
  const verdict = (v: number) => (v <= TARGET_MS ? 'meets' : 'MISSES');
  console.log(
    `  target ≤ ${TARGET_MS} ms to all sections drawn: warm p50 ${Math.round(p50)} ms ${verdict(p50)}, ` +
      `warm max ${Math.round(max)} ms ${verdict(max)}, cold ${Math.round(allDrawn(cold))} ms ${verdict(allDrawn(cold))}`,
  );

  const b = warm.at(-1)?.bytes ?? cold.bytes;
  console.log(`  transferred (gzip) / decoded, last warm run:`);
  console.log(`    document (HTML + streamed RSC data)  ${kb(b.document.transferred)} / ${kb(b.document.decoded)}`);
  console.log(`    JavaScript (${b.js.files} files)             ${kb(b.js.transferred)} / ${kb(b.js.decoded)}; largest: ${b.js.largest.map((l) => `${l.name} ${kb(l.bytes)}`).join(', ')}`);
  console.log(`    CSS                                  ${kb(b.css.transferred)} / ${kb(b.css.decoded)}`);
  console.log(`    data fetches (${b.data.requests.length})                     ${kb(b.data.transferred)} / ${kb(b.data.decoded)}${b.data.requests.length ? `: ${b.data.requests.join(' ')}` : ''}`);
  const total = b.document.transferred + b.js.transferred + b.css.transferred + b.data.transferred;
  console.log(`    total                                ${kb(total)}`);
}

/** This checkout against the baseline: warm p50 per section and the ratio (< 1 = faster now). */
export function printComparison(urls: string[], now: Map<string, LoadFigures[]>, base: Map<string, LoadFigures[]>): void {
  const p50 = (fs: LoadFigures[], fn: (f: LoadFigures) => number) => percentile(fs.map(fn).sort((a, b) => a - b), 50);
  const metrics: [string, (f: LoadFigures) => number][] = [
    ['HTML first byte', (f) => f.firstByteMs],
    ...([...DRAWN, 'interactive', 'timelineBrush'] as Section[]).map((s) => [LABELS[s], (f: LoadFigures) => f.marks[s]] as [string, (f: LoadFigures) => number]),
    ['all four sections drawn', allDrawn],
    ['main thread: script', (f) => f.mainThread.scriptMs],
  ];
  console.log('\nThis checkout vs baseline (warm p50, ms; interleaved runs)');
  for (const url of urls) {
    console.log(`  ${url}`);
    console.log(`    ${''.padEnd(32)}${'now'.padStart(7)}${'base'.padStart(7)}  ratio`);
    for (const [label, fn] of metrics) {
      const a = p50(now.get(url)!, fn);
      const b = p50(base.get(url)!, fn);
      console.log(`    ${label.padEnd(32)}${ms(a)}${ms(b)}  ${(a / b).toFixed(2)}`);
    }
  }
}

export interface QueryTiming {
  url: string;
  name: string;
  firstMs: number;
  p50: number;
  max: number;
  size: string;
}

/** The named queries the page's server components call for `url`, timed in this process. */
export async function timeQueries(urls: string[], runs: number): Promise<QueryTiming[]> {
  const out: QueryTiming[] = [];
  for (const url of urls) {
    const params = new URL(url, 'http://x').searchParams;
    const filter = parseIncidentFilter(params);
    const page = parsePageRequest(params);
    if (!filter.ok || !page.ok) throw new Error(`${url}: invalid parameters`);
    const queries: [string, () => unknown, (r: never) => string][] = [
      ['incidentStats (count, stats, timeline, choropleth)', () => incidentStats(filter.value), (r: ReturnType<typeof incidentStats>) => `${r.timeline.rows.length} timeline rows`],
      [`mapClusters (zoom ${INITIAL_ZOOM})`, () => mapClusters(filter.value, INITIAL_ZOOM), (r: unknown[]) => `${r.length} markers`],
      ['listIncidents (table page)', () => listIncidents(filter.value, page.value), (r: ReturnType<typeof listIncidents>) => `${r.items.length} rows of ${r.total}`],
    ];
    for (const [name, run, describe] of queries) {
      let t = performance.now();
      const result = run();
      const firstMs = performance.now() - t;
      const samples: number[] = [];
      for (let i = 0; i < Math.max(runs, 5); i++) {
        t = performance.now();
        run();
        samples.push(performance.now() - t);
      }
      samples.sort((a, b) => a - b);
      out.push({ url, name, firstMs, p50: percentile(samples, 50), max: samples.at(-1)!, size: describe(result as never) });
    }
  }
  return out;
}

export function printQueryReport(rows: QueryTiming[]): void {
  console.log('\nServer-side queries of the page (named query functions, same database, this process; ms)');
  console.log(`  ${'query'.padEnd(52)}${'first'.padStart(7)}${'p50'.padStart(7)}${'max'.padStart(7)}`);
  let url = '';
  for (const r of rows) {
    if (r.url !== url) console.log(`  ${(url = r.url)}`);
    console.log(`  ${`  ${r.name}`.padEnd(52)}${ms(r.firstMs)}${ms(r.p50)}${ms(r.max)}   ${r.size}`);
  }
}
