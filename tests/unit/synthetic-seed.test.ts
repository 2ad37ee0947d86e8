import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { EMPTY_FILTER, incidentStats, listIncidents } from '@/db/queries';
import { ACTOR_IDS, GOVERNORATE_CODES, INCIDENT_TYPES } from '@/lib/codebook';
import { refreshSearchDocument } from '@/db/search-index';
import { storeArticle } from '@/db/store-article';
import { fixtureArticles } from '@/db/testing/fixture';
import { incidentGenerator } from '@/scripts/synthetic/generate';
import { inspectDatabase, loadSynthetic } from '@/scripts/synthetic/load';
import { capitalPlaces, loadPlacePool } from '@/scripts/synthetic/places';
import { seededRandom } from '@/scripts/synthetic/random';

const dir = mkdtempSync(path.join(os.tmpdir(), 'synthetic-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pool = loadPlacePool();
const sample = (seed: number, n: number) => {
  const gen = incidentGenerator(seededRandom(seed), pool.places, 50);
  return Array.from({ length: n }, () => gen.next());
};

describe('synthetic incident generator', () => {
  it('places incidents at gazetteer places, named in the language of the report', () => {
    expect(pool.source).toBe('gazetteer');
    const names = new Set(pool.places.flatMap((p) => [p.name, p.nameAr]));
    const xs = sample(3, 2000);
    expect(xs.every((x) => names.has(x.place))).toBe(true);
    expect(xs.some((x) => /[\u0600-\u06ff]/.test(x.place))).toBe(true);
    expect(new Set(xs.map((x) => x.place)).size).toBeGreaterThan(100);
    const fallback = capitalPlaces();
    expect(fallback).toHaveLength(GOVERNORATE_CODES.length);
  });

  it('is deterministic for a seed and varies across seeds', () => {
    expect(sample(42, 200)).toEqual(sample(42, 200));
    expect(sample(43, 200)).not.toEqual(sample(42, 200));
  });

  const xs = sample(5, 20_000);

  it('only produces codebook values', () => {
    const bad = xs.filter(
      (x) =>
        !INCIDENT_TYPES.includes(x.type) ||
        !GOVERNORATE_CODES.includes(x.governorate) ||
        x.actors.some((a) => !ACTOR_IDS.includes(a.id)) ||
        !(x.date === null || /^20(1[4-9]|2[0-5])-\d{2}-\d{2}$/.test(x.date)) ||
        (x.lat === null) !== (x.lon === null) ||
        [x.killed, x.injured, x.kidnapped].some((n) => !(n === null || (Number.isInteger(n) && n >= 0))) ||
        x.articles.length === 0,
    );
    expect(bad).toEqual([]);
  });

  it('is weighted like real reporting', () => {
    const share = (pred: (x: (typeof xs)[number]) => boolean) => xs.filter(pred).length / xs.length;
    const heavy = new Set(['IQ-BG', 'IQ-NI', 'IQ-AN', 'IQ-DI', 'IQ-SD', 'IQ-KI']);
    expect(share((x) => heavy.has(x.governorate))).toBeGreaterThan(0.7);
    expect(share((x) => x.governorate === 'IQ-BG')).toBeGreaterThan(share((x) => x.governorate === 'IQ-BA') * 4);
    const war = share((x) => x.date !== null && x.date < '2018');
    expect(war).toBeGreaterThan(0.45);
    expect(new Set(xs.map((x) => x.type)).size).toBe(INCIDENT_TYPES.length);
    expect(new Set(xs.map((x) => x.governorate)).size).toBe(GOVERNORATE_CODES.length);
    // Casualties skewed: the median is small, the tail long.
    const killed = xs.map((x) => x.killed).filter((k): k is number => k !== null).sort((a, b) => a - b);
    expect(killed[Math.floor(killed.length / 2)]!).toBeLessThanOrEqual(3);
    expect(killed[killed.length - 1]!).toBeGreaterThan(40);
    // Perpetrators are plausible for the type.
    expect(xs.some((x) => x.type === 'airstrike' && x.actors.some((a) => a.id === 'civilians' && a.role === 'perpetrator'))).toBe(false);
  });
});

describe('bulk loader', () => {
  it('creates a database the app queries like any other, with shared sources and a working text index', async () => {
    const file = path.join(dir, 'seeded.db');
    const result = await loadSynthetic({ file, count: 3000, seed: 9, places: capitalPlaces(), batchSize: 700 });
    expect(result.incidents).toBe(3000);
    const h = openDatabase(file);
    try {
      const page = listIncidents(EMPTY_FILTER, { page: 1, pageSize: 5, sort: 'date', dir: 'desc' }, h);
      expect(page.total).toBe(3000);
      expect(page.items[0]!.sources.length).toBeGreaterThan(0);
      const articles = h.sqlite.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
      expect(articles.n).toBe(result.articles);
      expect(articles.n).toBeLessThan(20); // few articles, each shared by many incidents
      expect(h.sqlite.prepare('SELECT count(*) AS n FROM incident_actors').get()).toEqual({ n: result.actorLinks });
      const mosul = listIncidents({ ...EMPTY_FILTER, q: 'Mosul' }, { page: 1, pageSize: 1, sort: 'date', dir: 'desc' }, h);
      const direct = h.sqlite.prepare("SELECT count(*) AS n FROM incidents WHERE place = 'Mosul'").get() as { n: number };
      expect(mosul.total).toBe(direct.n);
      expect(incidentStats(EMPTY_FILTER, h).total).toBe(3000);
      // Each search document is exactly what the app itself would write for that incident.
      const body = (rowid: number) => (h.sqlite.prepare('SELECT body FROM incident_search WHERE rowid = ?').get(rowid) as { body: string }).body;
      const twoSources = h.sqlite.prepare('SELECT incident_id AS id FROM incident_sources GROUP BY incident_id HAVING count(*) = 2 LIMIT 1').get() as { id: number };
      for (const incident of [1, 1234, 3000, twoSources.id]) {
        const seeded = body(incident);
        refreshSearchDocument(h.sqlite, incident);
        expect(body(incident)).toBe(seeded);
      }
      // The secondary indexes were rebuilt after the load.
      const idx = h.sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND name = 'incidents_governorate_date_idx'").get();
      expect(idx).toEqual({ n: 1 });
      expect(h.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      // Rollups were rebuilt to match the rows, and their triggers are back for normal writes.
      const rollupTotal = h.sqlite.prepare('SELECT sum(n) AS n FROM incident_rollup').get() as { n: number };
      expect(rollupTotal.n).toBe(3000);
      const byActor = h.sqlite.prepare("SELECT sum(n) AS n FROM incident_actor_rollup WHERE role <> 'any'").get() as { n: number };
      expect(byActor.n).toBe(result.actorLinks);
      const triggers = h.sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%rollup%'").get() as { n: number };
      expect(triggers.n).toBeGreaterThan(0);
    } finally {
      h.sqlite.close();
    }
    expect(inspectDatabase(file)).toBe('synthetic');
    expect(existsSync(`${file}.side-build`)).toBe(false);
  });

  it('builds the same database with or without the worker thread', async () => {
    const dump = async (useWorker: boolean) => {
      const file = path.join(dir, `same-${useWorker}.db`);
      await loadSynthetic({ file, count: 600, seed: 4, places: pool.places, useWorker });
      const h = openDatabase(file);
      try {
        const q = (sql: string) => h.sqlite.prepare(sql).raw().all();
        return {
          search: q('SELECT rowid, body FROM incident_search ORDER BY rowid'),
          match: q("SELECT rowid FROM incident_search WHERE incident_search MATCH '\"killed\"' ORDER BY rowid"),
          incidents: q('SELECT id, type, date, governorate, place, lat, lon, killed, injured, kidnapped, status FROM incidents ORDER BY id'),
          rollup: q('SELECT * FROM incident_rollup ORDER BY 1, 2, 3, 4'),
          actorRollup: q('SELECT * FROM incident_actor_rollup ORDER BY 1, 2, 3, 4, 5, 6'),
          pairRollup: q('SELECT * FROM incident_actor_pair_rollup ORDER BY 1, 2, 3, 4'),
          integrity: q('PRAGMA integrity_check'),
        };
      } finally {
        h.sqlite.close();
      }
    };
    const inWorker = await dump(true);
    const here = await dump(false);
    expect(inWorker.search).toHaveLength(600);
    expect(inWorker.match.length).toBeGreaterThan(100);
    expect(inWorker.integrity).toEqual([['ok']]);
    expect(inWorker).toEqual(here);
  });

  it('leaves nothing behind when the load fails', async () => {
    const file = path.join(dir, 'failed.db');
    await expect(loadSynthetic({ file, count: 100, seed: 1, places: [] })).rejects.toThrow(/no entries/);
    expect(readdirSync(dir).filter((f) => f.startsWith('failed.db'))).toEqual([]);
  });

  it('tells real data from synthetic data', () => {
    expect(inspectDatabase(path.join(dir, 'absent.db'))).toBe('absent');
    const file = path.join(dir, 'real.db');
    const h = openDatabase(file);
    expect(inspectDatabase(file)).toBe('empty');
    const { article, incidents } = fixtureArticles(1)[0]!;
    storeArticle(h, article, incidents);
    h.sqlite.close();
    expect(inspectDatabase(file)).toBe('real');
  });

  it('the CLI refuses to replace a real database', () => {
    const file = path.join(dir, 'real.db');
    const before = statSync(file).mtimeMs;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed-synthetic.ts', '--count', '10', '--db', file], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/refusing/);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(inspectDatabase(file)).toBe('real');
  });
});
