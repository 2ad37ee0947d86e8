/**
 * npm run bench:db -- [--articles N] [--db FILE]
 *
 * Fills a temp database through the real store (storeArticle, one transaction per
 * article) with N fixture articles (1–3 incidents each), then times each named query
 * and compares the FTS5 free-text filter with a plain LIKE scan. Prints figures only;
 * nothing is asserted (targets are judged by reading them).
 */
import { mkdtempSync, rmSync } from 'node:fs';
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

function time<T>(label: string, fn: () => T, runs = 5): T {
  let result!: T;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(52)} median ${ms[Math.floor(runs / 2)]!.toFixed(1).padStart(8)} ms   max ${ms[runs - 1]!.toFixed(1).padStart(8)} ms`);
  return result;
}

const f = (p: Partial<IncidentFilter>): IncidentFilter => ({ ...EMPTY_FILTER, ...p });
const page = { page: 1, pageSize: 50, sort: 'date', dir: 'desc' } as const;

function main(): void {
  const n = Number(arg('--articles', '40000'));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'db-bench-'));
  const file = arg('--db', path.join(dir, 'bench.db'));
  const h = openDatabase(file);
  try {
    const fixture = fixtureArticles(n, 3);
    const t0 = performance.now();
    for (const a of fixture) storeArticle(h, a.article, a.incidents);
    const secs = (performance.now() - t0) / 1000;
    const incidents = h.sqlite.prepare('SELECT count(*) FROM incidents').pluck().get() as number;
    console.log(`stored ${n} articles / ${incidents} incidents in ${secs.toFixed(1)} s (${Math.round(n / secs)} articles/s, one transaction each)`);

    time('listIncidents: no filter, page 1', () => listIncidents(EMPTY_FILTER, page, h));
    time('listIncidents: page 200', () => listIncidents(EMPTY_FILTER, { ...page, page: 200 }, h));
    time('listIncidents: governorate + 3 months', () => listIncidents(f({ governorate: ['IQ-BG'], from: '2024-01-01', to: '2024-03-31' }), page, h));
    time('listIncidents: type, sort killed desc', () => listIncidents(f({ type: ['drone_attack'] }), { ...page, sort: 'killed' }, h));
    time('listIncidents: actor as perpetrator', () => listIncidents(f({ actor: ['isis'], actorRole: 'perpetrator' }), page, h));
    time('listIncidents: minKilled 10', () => listIncidents(f({ minKilled: 10 }), page, h));
    time('incidentStats: no filter', () => incidentStats(EMPTY_FILTER, h));
    time('incidentStats: one governorate, one year', () => incidentStats(f({ governorate: ['IQ-NI'], from: '2024-01-01', to: '2024-12-31' }), h));
    const clusters = time('mapClusters: no filter, zoom 6', () => mapClusters(EMPTY_FILTER, 6, h));
    console.log(`  → ${clusters.length} markers`);
    const deep = time('mapClusters: no filter, zoom 16', () => mapClusters(EMPTY_FILTER, 16, h), 3);
    console.log(`  → ${deep.length} markers`);

    // Free text: FTS5 trigram (what the filter uses) against a LIKE scan over the same text.
    for (const q of ['Erbil airport', 'العظيم', 'gunmen opened']) {
      const hits = time(`q=${q}: FTS5 trigram (count + page)`, () => listIncidents(f({ q }), page, h).total);
      const like = time(`q=${q}: LIKE scan over place/evidence/title`, () =>
        h.sqlite
          .prepare(
            `SELECT count(*) FROM incidents i WHERE i.place LIKE '%' || ? || '%' OR EXISTS (
               SELECT 1 FROM incident_sources s JOIN articles a ON a.id = s.article_id
                WHERE s.incident_id = i.id AND (s.evidence LIKE '%' || ? || '%' OR a.title LIKE '%' || ? || '%'))`,
          )
          .pluck()
          .get(q, q, q) as number,
      );
      console.log(`  → ${hits} hits with FTS, ${like} with LIKE (LIKE does not fold Arabic spelling variants)`);
    }

    // Heap sampled every 10,000 rows: flat samples mean memory does not grow with rows.
    const samples: number[] = [];
    let rows = 0;
    const e0 = performance.now();
    for (const _row of exportIncidents(EMPTY_FILTER, h)) {
      if (++rows % 10_000 === 0) samples.push(process.memoryUsage().heapUsed / 1e6);
    }
    const es = (performance.now() - e0) / 1000;
    console.log(`exportIncidents: ${rows} rows in ${es.toFixed(2)} s (${Math.round(rows / es)} rows/s)`);
    console.log(`  heap used every 10k rows (MB): ${samples.map((m) => m.toFixed(0)).join(' ')}`);
  } finally {
    h.sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
