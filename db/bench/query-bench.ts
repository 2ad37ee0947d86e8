/**
 * npm run bench:db -- [--articles N] [--db FILE] [--runs N]
 *
 * Without --db (or with a --db that holds no incidents) fills a temp database through the
 * real store (storeArticle, one transaction per article) with N fixture articles. With a
 * --db that already holds incidents (e.g. one made by `npm run seed:synthetic`) it times
 * that database as it is and leaves it in place. Prints p50/p95 per query; nothing is
 * asserted (targets are judged by reading the figures).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IncidentFilter } from '@/lib/filter';
import { openDatabase } from '../client';
import { EMPTY_FILTER, exportIncidents, incidentStats, listIncidents, mapClusters } from '../queries';
import { storeArticle } from '../store-article';
import { fixtureArticles } from '../testing/fixture';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const RUNS = Number(arg('--runs', '9'));

function time<T>(label: string, fn: () => T, runs = RUNS): T {
  let result!: T;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const p = (q: number) => ms[Math.min(runs - 1, Math.ceil(q * runs) - 1)]!;
  console.log(`${label.padEnd(52)} p50 ${p(0.5).toFixed(1).padStart(8)} ms   p95 ${p(0.95).toFixed(1).padStart(8)} ms`);
  return result;
}

const f = (p: Partial<IncidentFilter>): IncidentFilter => ({ ...EMPTY_FILTER, ...p });
const page = { page: 1, pageSize: 50, sort: 'date', dir: 'desc' } as const;

/** The typical filters. */
const TYPICAL: [string, IncidentFilter][] = [
  ['no filter', EMPTY_FILTER],
  ['one governorate', f({ governorate: ['IQ-BG'] })],
  ['type', f({ type: ['drone_attack'] })],
  ['actor as perpetrator (isis)', f({ actor: ['isis'], actorRole: 'perpetrator' })],
  ['actor as perpetrator (rare: israel)', f({ actor: ['israel'], actorRole: 'perpetrator' })],
  ['actor any role (pkk)', f({ actor: ['pkk'] })],
  ['date range 1 month', f({ from: '2024-03-01', to: '2024-03-31' })],
  ['1 year + governorate', f({ governorate: ['IQ-NI'], from: '2024-01-01', to: '2024-12-31' })],
  ['q=Erbil airport', f({ q: 'Erbil airport' })],
  ['q=Baghdad', f({ q: 'Baghdad' })],
  ['q=العظيم', f({ q: 'العظيم' })],
  ['minKilled 10', f({ minKilled: 10 })],
  ['combined', f({ governorate: ['IQ-NI', 'IQ-AN'], type: ['bombing', 'armed_attack'], actor: ['isis'], from: '2015-01-01', to: '2016-06-30', minKilled: 1 })],
];

function fill(file: string, n: number): void {
  const h = openDatabase(file);
  const fixture = fixtureArticles(n, 3);
  const t0 = performance.now();
  for (const a of fixture) storeArticle(h, a.article, a.incidents);
  const secs = (performance.now() - t0) / 1000;
  console.log(`stored ${n} articles in ${secs.toFixed(1)} s (${Math.round(n / secs)} articles/s, one transaction each)`);
  h.sqlite.close();
}

function main(): void {
  const given = arg('--db', '');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'db-bench-'));
  const file = given || path.join(dir, 'bench.db');
  let h = openDatabase(file);
  const existing = existsSync(file) && (h.sqlite.prepare('SELECT count(*) FROM incidents').pluck().get() as number) > 0;
  if (!existing) {
    h.sqlite.close();
    fill(file, Number(arg('--articles', '40000')));
    h = openDatabase(file);
  }
  try {
    const incidents = h.sqlite.prepare('SELECT count(*) FROM incidents').pluck().get() as number;
    console.log(`${incidents.toLocaleString('en')} incidents in ${file}`);

    for (const [label, filter] of TYPICAL) time(`listIncidents: ${label}`, () => listIncidents(filter, page, h));
    time('listIncidents: no filter, page 200', () => listIncidents(EMPTY_FILTER, { ...page, page: 200 }, h));
    time('listIncidents: type, sort killed desc', () => listIncidents(f({ type: ['drone_attack'] }), { ...page, sort: 'killed' }, h));
    for (const [label, filter] of TYPICAL) time(`incidentStats: ${label}`, () => incidentStats(filter, h));
    for (const [label, filter] of TYPICAL.slice(0, 8)) {
      const clusters = time(`mapClusters zoom 6: ${label}`, () => mapClusters(filter, 6, h));
      if (label === 'no filter') console.log(`  → ${clusters.length} markers`);
    }
    // What the dashboard asks for: the viewport (Iraq plus a margin) at the initial zoom.
    const viewport = { zoom: 6, bbox: { west: 36.2, south: 27.1, east: 51.3, north: 39.4 } };
    for (const [label, filter] of TYPICAL.slice(0, 3)) time(`mapClusters zoom 6 + viewport: ${label}`, () => mapClusters(filter, viewport, h));
    const deep = time('mapClusters: no filter, zoom 16', () => mapClusters(EMPTY_FILTER, 16, h), 3);
    console.log(`  → ${deep.length} markers`);

    // Heap sampled every 10,000 rows: flat samples mean memory does not grow with rows.
    const samples: number[] = [];
    let rows = 0;
    let maxRss = 0;
    const e0 = performance.now();
    for (const _row of exportIncidents(EMPTY_FILTER, h)) {
      if (++rows % 10_000 === 0) {
        samples.push(process.memoryUsage().heapUsed / 1e6);
        maxRss = Math.max(maxRss, process.memoryUsage().rss / 1e6);
      }
    }
    const es = (performance.now() - e0) / 1000;
    console.log(`exportIncidents: ${rows} rows in ${es.toFixed(2)} s (${Math.round(rows / es)} rows/s), peak RSS sampled ${maxRss.toFixed(0)} MB`);
    console.log(`  heap used every 100k rows (MB): ${samples.filter((_, i) => i % 10 === 9).map((m) => m.toFixed(0)).join(' ')}`);
  } finally {
    h.sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
