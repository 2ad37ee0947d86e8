import { count, desc } from 'drizzle-orm';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTORS, GOVERNORATES } from '@/lib/codebook';
import type { IncidentFilter } from '@/lib/filter';
import { closeDatabase, getDatabase, openDatabase } from '@/db/client';
import { EMPTY_FILTER } from '@/db/queries';
import { filterCondition } from '@/db/queries/filter-sql';
import { incidents } from '@/db/schema';
import { storeArticle } from '@/db/store-article';
import { createTempDatabase, fixtureArticles, type TempDatabase } from '@/db/testing/fixture';

const temps: TempDatabase[] = [];
const temp = () => {
  const t = createTempDatabase();
  temps.push(t);
  return t;
};
afterEach(() => {
  for (const t of temps.splice(0)) t.cleanup();
});

const names = (t: TempDatabase, type: string) =>
  (t.sqlite.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').pluck().all(type) as string[]);

describe('opening a fresh database file', () => {
  it('creates the folders, applies every migration and sets the connection up', () => {
    const t = temp();
    expect(existsSync(t.file)).toBe(true);
    expect(names(t, 'table')).toEqual(expect.arrayContaining(['articles', 'incidents', 'incident_actors', 'incident_sources', 'actors', 'governorates', 'incident_search']));
    const journal = JSON.parse(readFileSync(path.resolve('db/migrations/meta/_journal.json'), 'utf8')) as { entries: unknown[] };
    const sqlFiles = readdirSync(path.resolve('db/migrations')).filter((f) => f.endsWith('.sql'));
    expect(journal.entries.length).toBe(sqlFiles.length);
    expect(t.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(journal.entries.length);
    expect(t.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(t.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(t.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(names(t, 'index')).toEqual(
      expect.arrayContaining(['incidents_date_idx', 'incidents_governorate_date_idx', 'incidents_type_date_idx', 'incidents_killed_idx', 'incidents_status_date_idx', 'incident_actors_actor_role_idx']),
    );
  });

  it('fills the reference tables from the codebook', () => {
    const t = temp();
    expect(t.sqlite.prepare('SELECT code, name_en AS en, name_ar AS ar FROM governorates ORDER BY code').all()).toEqual(
      [...GOVERNORATES].map((g) => ({ code: g.code, en: g.en, ar: g.ar })).sort((a, b) => a.code.localeCompare(b.code)),
    );
    expect(t.sqlite.prepare('SELECT count(*) FROM actors').pluck().get()).toBe(ACTORS.length);
  });

  it('reopening changes nothing and keeps the data', () => {
    const t = temp();
    const f = fixtureArticles(3)[0]!;
    storeArticle(t, f.article, f.incidents);
    t.sqlite.close();
    const again = openDatabase(t.file);
    expect(again.sqlite.prepare('SELECT count(*) FROM incidents').pluck().get()).toBe(f.incidents.length);
    expect(again.sqlite.prepare('SELECT count(*) FROM governorates').pluck().get()).toBe(GOVERNORATES.length);
    again.sqlite.close();
  });
});

describe('constraints', () => {
  const insert = (t: TempDatabase, cols: Record<string, unknown>) => {
    const row = { type: 'bombing', status: 'unreviewed', created_at: 'x', updated_at: 'x', ...cols };
    const keys = Object.keys(row);
    return t.sqlite.prepare(`INSERT INTO incidents (${keys.join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`).run(...Object.values(row));
  };
  it('refuses values outside the codebook', () => {
    const t = temp();
    expect(() => insert(t, { type: 'riot' })).toThrow(/CHECK constraint failed: incidents_type_check/);
    expect(() => insert(t, { status: 'maybe' })).toThrow(/incidents_status_check/);
    expect(() => insert(t, { date_precision: 'year' })).toThrow(/incidents_date_precision_check/);
    expect(() => insert(t, { killed: -1 })).toThrow(/incidents_counts_check/);
    expect(() => insert(t, { lat: 33.3 })).toThrow(/incidents_coords_check/);
    expect(() => insert(t, { governorate: 'IQ-XX' })).toThrow(/FOREIGN KEY/);
    expect(insert(t, { governorate: 'IQ-BG', date_precision: null }).changes).toBe(1);
  });
  it('deleting an incident removes its actors, sources and search document', () => {
    const t = temp();
    const f = fixtureArticles(1)[0]!;
    storeArticle(t, f.article, f.incidents);
    t.sqlite.prepare('DELETE FROM incidents').run();
    for (const table of ['incident_actors', 'incident_sources', 'incident_search']) {
      expect(t.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
  });
});

describe('getDatabase', () => {
  it('opens DATABASE_PATH once per process', () => {
    const t = temp();
    const file = path.join(t.dir, 'app', 'app.db');
    const prev = process.env.DATABASE_PATH;
    process.env.DATABASE_PATH = file;
    try {
      closeDatabase();
      const a = getDatabase();
      expect(getDatabase()).toBe(a);
      expect(a.sqlite.name).toBe(file);
      expect(existsSync(file)).toBe(true);
    } finally {
      closeDatabase();
      if (prev === undefined) delete process.env.DATABASE_PATH;
      else process.env.DATABASE_PATH = prev;
    }
  });
});

describe('query plans use an index for the main filters', () => {
  const plan = (t: TempDatabase, f: IncidentFilter, withOrder = false) => {
    const q = withOrder
      ? t.db.select().from(incidents).where(filterCondition(f)).orderBy(desc(incidents.date), desc(incidents.id)).limit(50).toSQL()
      : t.db.select({ n: count() }).from(incidents).where(filterCondition(f)).toSQL();
    const rows = t.sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.params as unknown[])) as { detail: string }[];
    return rows.map((r) => r.detail).join('\n');
  };
  const f = (p: Partial<IncidentFilter>): IncidentFilter => ({ ...EMPTY_FILTER, ...p });
  // "SCAN incidents" without "USING … INDEX" would read every row of the table.
  const FULL_SCAN = /SCAN incidents(?! USING)/;

  it.each([
    ['date range', f({ from: '2024-01-01', to: '2024-03-31' }), /incidents_date_idx/],
    // With ANALYZE statistics SQLite may skip-scan the merge-key index instead; both narrow.
    ['governorate', f({ governorate: ['IQ-BG'] }), /incidents_(governorate_date|merge_key)_idx/],
    ['governorate + date', f({ governorate: ['IQ-BG', 'IQ-NI'], from: '2024-01-01' }), /incidents_governorate_date_idx/],
    ['type', f({ type: ['drone_attack'] }), /incidents_type_date_idx/],
    ['type + date', f({ type: ['drone_attack', 'airstrike'], from: '2024-01-01', to: '2024-06-30' }), /incidents_type_date_idx/],
    ['status', f({ status: ['unreviewed'] }), /incidents_status_date_idx/],
    ['minKilled', f({ minKilled: 10 }), /incidents_killed_idx/],
    ['actor', f({ actor: ['isis'] }), /incident_actors_actor_role_idx/],
    ['actor as perpetrator', f({ actor: ['isis', 'pkk'], actorRole: 'perpetrator' }), /incident_actors_actor_role_idx/],
    ['free text', f({ q: 'Erbil' }), /VIRTUAL TABLE INDEX/],
  ])('%s', (_n, filter, index) => {
    const t = temp();
    for (const x of fixtureArticles(20)) storeArticle(t, x.article, x.incidents);
    // Counting (and stats) must narrow through the filter's own index.
    const counting = plan(t, filter);
    expect(counting).toMatch(index);
    expect(counting).not.toMatch(FULL_SCAN);
    // A sorted page may instead walk the sort index and stop after LIMIT rows.
    expect(plan(t, filter, true)).not.toMatch(FULL_SCAN);
  });

  it('the default table page (newest first, no filter) walks the date index', () => {
    const t = temp();
    expect(plan(t, EMPTY_FILTER, true)).toMatch(/SCAN incidents USING INDEX incidents_date_idx/);
  });
});
