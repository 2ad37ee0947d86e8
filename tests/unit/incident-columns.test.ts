/**
 * The in-memory incident columns (db/columns/) against the database they copy: kept
 * current from the change log after every kind of write, by this connection or another
 * one; reloaded whole when the log cannot say what changed; never used inside a write
 * transaction; and the stats, counts and map cells read from them equal the SQL answers.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_IDS, GOVERNORATE_CODES, INCIDENT_TYPES } from '@/lib/codebook';
import { REVIEW_STATUSES } from '@/lib/filter';
import { openDatabase, type DatabaseHandle } from '@/db/client';
import { EMPTY_FILTER, incidentStats, listIncidents, mapClusters, setIncidentStatus } from '@/db/queries';
import { mapClustersFromIncidents } from '@/db/queries/map-clusters';
import { incidentStatsFromIncidents } from '@/db/queries/incident-stats';
import { statsFromMatches } from '@/db/queries/matched-stats';
import { COLUMN_NAMES, columnsOf, loadColumns, type IncidentColumns } from '@/db/columns/incident-columns';
import { rebuildRollups, suspendWriteTriggers } from '@/db/rollups';
import { storeArticle } from '@/db/store-article';
import { createTempDatabase, fixtureArticles, seededRandom, type TempDatabase } from '@/db/testing/fixture';
import { bboxArb, filterArb, incidentsOnlyFilterArb } from './filter-arbitraries';
import { expectSameMarkers } from './map-markers';

let t: TempDatabase;
/** A second connection to the same file: another process's writes, as the app sees them. */
let other: DatabaseHandle;

beforeAll(() => {
  t = createTempDatabase();
  for (const f of fixtureArticles(120, 31)) storeArticle(t, f.article, f.incidents);
  other = openDatabase(t.file);
});
afterAll(() => {
  other.sqlite.close();
  t.cleanup();
});

const ARRAYS = COLUMN_NAMES;

/** Held columns equal a fresh load from the file, slot for slot. */
function expectSameAsFreshLoad(held: IncidentColumns): void {
  const fresh = loadColumns(t.sqlite);
  expect(held.slots).toBeGreaterThanOrEqual(fresh.slots);
  for (const name of ARRAYS) expect(Array.from(held[name].subarray(0, held.slots)), name).toEqual(Array.from(fresh[name].subarray(0, held.slots)));
  expect(held.seq).toBe(fresh.seq);
}

const ids = () => t.sqlite.prepare('SELECT id FROM incidents ORDER BY id').pluck().all() as number[];

describe('incident columns', () => {
  it('copy every incident and link at first read', () => {
    const cols = columnsOf(t)!;
    expect(cols).not.toBeNull();
    expectSameAsFreshLoad(cols);
    const linked = t.sqlite.prepare('SELECT count(DISTINCT incident_id) FROM incident_actors').pluck().get() as number;
    let withMask = 0;
    for (let id = 0; id < cols.slots; id++) if (cols.perpetrators[id]! | cols.targets[id]!) withMask++;
    expect(withMask).toBe(linked);
  });

  it('follow status changes, edits, link changes, deletes and new incidents written by another connection, re-reading only those', () => {
    const before = columnsOf(t)!;
    const rnd = seededRandom(9);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    for (let i = 0; i < 20; i++) setIncidentStatus(pick(ids()), pick(REVIEW_STATUSES), other);
    const edit = other.sqlite.prepare('UPDATE incidents SET date = ?, governorate = ?, type = ?, killed = ?, injured = ? WHERE id = ?');
    for (let i = 0; i < 20; i++)
      edit.run(rnd() < 0.2 ? null : `2024-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`, rnd() < 0.2 ? null : pick(GOVERNORATE_CODES), pick(INCIDENT_TYPES), rnd() < 0.3 ? null : Math.floor(rnd() * 9), Math.floor(rnd() * 4), pick(ids()));
    const link = other.sqlite.prepare('INSERT OR IGNORE INTO incident_actors (incident_id, actor, role) VALUES (?, ?, ?)');
    for (let i = 0; i < 15; i++) link.run(pick(ids()), pick(ACTOR_IDS), pick(['perpetrator', 'target'] as const));
    other.sqlite.prepare('DELETE FROM incident_actors WHERE rowid IN (SELECT rowid FROM incident_actors ORDER BY random() LIMIT 10)').run();
    other.sqlite.prepare('DELETE FROM incidents WHERE id IN (SELECT id FROM incidents ORDER BY random() LIMIT 5)').run();
    // Far past the arrays' end: they grow.
    const far = before.cell.length * 3;
    other.sqlite
      .prepare("INSERT INTO incidents (id, type, date, governorate, killed, status, created_at, updated_at) VALUES (?, 'bombing', '2025-02-03', 'IQ-BG', 4, 'unreviewed', 'x', 'x')")
      .run(far);
    other.sqlite.prepare("INSERT INTO incident_actors (incident_id, actor, role) VALUES (?, 'isis', 'perpetrator')").run(far);

    const after = columnsOf(t)!;
    expectSameAsFreshLoad(after);
    expect(after.slots).toBe(far + 1);
    expect(after.killed[far]).toBe(4);
    // Applied in place from the log (a new object only where the arrays had to grow).
    expect(after.seq).toBeGreaterThan(before.seq);
    setIncidentStatus(pick(ids()), 'confirmed', other);
    expect(columnsOf(t)).toBe(after);
    expectSameAsFreshLoad(after);
  });

  it('reload whole after a bulk load (the NULL change) and when the log was pruned past them', () => {
    const held = columnsOf(t)!;
    const restore = suspendWriteTriggers(other.sqlite);
    other.sqlite.prepare("UPDATE incidents SET killed = 77 WHERE id = (SELECT min(id) FROM incidents)").run();
    restore();
    // The bulk loader's contract: rollups rebuilt before anyone reads (later tests compare against them).
    rebuildRollups(other.sqlite);
    const reloaded = columnsOf(t)!;
    expect(reloaded).not.toBe(held);
    expect(reloaded.killed[ids()[0]!]).toBe(77);
    expectSameAsFreshLoad(reloaded);

    // 120,000 log rows: the prune trigger drops the oldest, including the ones not yet seen.
    other.sqlite.prepare('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120000) INSERT INTO incident_changes (incident_id) SELECT ? FROM n').run(ids()[1]!);
    const left = other.sqlite.prepare('SELECT count(*) FROM incident_changes').pluck().get() as number;
    expect(left).toBeLessThan(102_000);
    expect(left).toBeGreaterThanOrEqual(100_000);
    other.sqlite.prepare('UPDATE incidents SET injured = 55 WHERE id = ?').run(ids()[2]!);
    const again = columnsOf(t)!;
    expect(again).not.toBe(reloaded);
    expect(again.injured[ids()[2]!]).toBe(55);
    expectSameAsFreshLoad(again);
  });

  it('are not used inside a write transaction, where the SQL path answers with the uncommitted rows', () => {
    const f = { ...EMPTY_FILTER, minKilled: 1 };
    const outside = incidentStats(f, t);
    expect(() =>
      t.sqlite.transaction(() => {
        t.sqlite.prepare('UPDATE incidents SET killed = 1000 WHERE id = ?').run(ids()[3]!);
        expect(columnsOf(t)).toBeNull();
        const inside = incidentStats(f, t);
        expect(inside).toEqual(incidentStatsFromIncidents(f, t));
        expect(inside.killed).toBeGreaterThan(outside.killed);
        expect(listIncidents(f, { page: 1, pageSize: 5, sort: 'killed', dir: 'desc' }, t).items[0]!.killed).toBe(1000);
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expect(incidentStats(f, t)).toEqual(outside);
    expectSameAsFreshLoad(columnsOf(t)!);
  });

  it('answer stats and counts as SQLite does, on any filter', () => {
    const sqlOnly: DatabaseHandle = { sqlite: t.sqlite, db: t.db };
    fc.assert(
      fc.property(fc.oneof(incidentsOnlyFilterArb, filterArb), (f) => {
        const stats = incidentStats(f, t);
        expect(stats).toEqual(incidentStatsFromIncidents(f, t));
        expect(stats).toEqual(statsFromMatches(sqlOnly, f));
        const page = { page: 1, pageSize: 5, sort: 'date', dir: 'desc' } as const;
        expect(listIncidents(f, page, t).total).toBe(stats.total);
        expect(listIncidents(f, page, sqlOnly).total).toBe(stats.total);
      }),
      { numRuns: 200 },
    );
  });

  it('give the map cells SQLite gives, with and without a viewport, on any filter', () => {
    fc.assert(
      fc.property(fc.oneof(incidentsOnlyFilterArb, filterArb), fc.integer({ min: 0, max: 12 }), fc.option(bboxArb, { nil: undefined }), (f, zoom, bbox) => {
        const view = bbox ? { zoom, bbox } : zoom;
        expectSameMarkers(mapClusters(f, view, t), mapClustersFromIncidents(f, view, t));
      }),
      { numRuns: 200 },
    );
  });
});
