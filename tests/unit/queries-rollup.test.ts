/**
 * The rollup tables (db/rollups.ts, migration 0004) against the incidents they summarise:
 * the triggers must leave them equal to a fresh GROUP BY after any kind of write, and every
 * query that reads them must answer exactly what the incidents-only path answers.
 */
import { count } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_IDS, GOVERNORATE_CODES, INCIDENT_TYPES } from '@/lib/codebook';
import { REVIEW_STATUSES, SORT_KEYS, type IncidentFilter, type PageRequest } from '@/lib/filter';
import { EMPTY_FILTER, incidentStats, listIncidents, mapClusters, setIncidentStatus } from '@/db/queries';
import { incidentStatsFromIncidents } from '@/db/queries/incident-stats';
import { listWithShape } from '@/db/queries/list-incidents';
import { filterCondition } from '@/db/queries/filter-sql';
import { actorIncidentEstimate, chooseActorShape, otherDimensionsEstimate } from '@/db/queries/filter-plan';
import { statsFromMatches } from '@/db/queries/matched-stats';
import { mapClustersFromIncidents } from '@/db/queries/map-clusters';
import { rebuildRollups } from '@/db/rollups';
import { incidents } from '@/db/schema';
import { storeArticle } from '@/db/store-article';
import { createTempDatabase, fixtureArticles, seededRandom, type TempDatabase } from '@/db/testing/fixture';
import { expectSameRollups, rollupSnapshot } from './rollup-snapshot';
import { bboxArb, filterArb, incidentsOnlyFilterArb, mapFilterArb, rollupFilterArb } from './filter-arbitraries';
import { expectSameMarkers } from './map-markers';

let t: TempDatabase;

beforeAll(() => {
  t = createTempDatabase();
  for (const f of fixtureArticles(150, 23)) storeArticle(t, f.article, f.incidents);
});
afterAll(() => t.cleanup());

/** Trigger-maintained rollups equal a rebuild from scratch (float sums to rounding). */
function expectRollupsCurrent(): void {
  const kept = rollupSnapshot(t.sqlite);
  rebuildRollups(t.sqlite);
  expectSameRollups(kept, rollupSnapshot(t.sqlite));
}

describe('rollup maintenance', () => {
  it('holds every stored incident after ingestion', () => {
    const n = t.sqlite.prepare('SELECT sum(n) FROM incident_rollup').pluck().get();
    expect(n).toBe(t.sqlite.prepare('SELECT count(*) FROM incidents').pluck().get());
    expect(n).toBeGreaterThan(200);
    expectRollupsCurrent();
  });

  it('stays equal to a rebuild through status changes, edits, link changes and deletes', () => {
    const rnd = seededRandom(5);
    const ids = t.sqlite.prepare('SELECT id FROM incidents ORDER BY id').pluck().all() as number[];
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    for (let i = 0; i < 30; i++) setIncidentStatus(pick(ids), pick(REVIEW_STATUSES), t);
    const edit = t.sqlite.prepare(
      'UPDATE incidents SET date = ?, governorate = ?, type = ?, killed = ?, lat = ?, lon = ? WHERE id = ?',
    );
    for (let i = 0; i < 20; i++) {
      const located = rnd() < 0.7;
      edit.run(
        rnd() < 0.1 ? null : `2024-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
        rnd() < 0.1 ? null : pick(GOVERNORATE_CODES),
        pick(INCIDENT_TYPES),
        rnd() < 0.3 ? null : Math.floor(rnd() * 9),
        located ? 33 + rnd() : null,
        located ? 44 + rnd() : null,
        pick(ids),
      );
    }
    // The same actor in both roles: the 'any' rows must count the incident once.
    const link = t.sqlite.prepare('INSERT OR IGNORE INTO incident_actors (incident_id, actor, role) VALUES (?, ?, ?)');
    for (let i = 0; i < 15; i++) {
      const id = pick(ids);
      const actor = pick(ACTOR_IDS);
      link.run(id, actor, 'perpetrator');
      link.run(id, actor, 'target');
    }
    expectRollupsCurrent();
    // Links are replaced, never updated in place: an UPDATE is refused (the pair rollup could not follow it).
    expect(() => t.sqlite.prepare("UPDATE incident_actors SET role = 'target' WHERE role = 'perpetrator'").run()).toThrow(/not updated in place/);
    t.sqlite.prepare('DELETE FROM incident_actors WHERE rowid IN (SELECT rowid FROM incident_actors ORDER BY random() LIMIT 20)').run();
    expectRollupsCurrent();
    // Deleting an article cascades to its sources; deleting incidents cascades to their actors.
    t.sqlite.prepare('DELETE FROM incidents WHERE id IN (SELECT id FROM incidents ORDER BY random() LIMIT 10)').run();
    expectRollupsCurrent();
  });
});

describe('rollup readers give the incidents-only answers', () => {
  it('incidentStats, on random filters', () => {
    fc.assert(
      fc.property(fc.oneof(rollupFilterArb, filterArb), (f) => {
        expect(incidentStats(f, t)).toEqual(incidentStatsFromIncidents(f, t));
      }),
      { numRuns: 150 },
    );
  });

  it('the one-pass stats (matched-stats.ts) on any filter, text / minKilled / several actors / perpetrator / status included', () => {
    fc.assert(
      fc.property(fc.oneof(incidentsOnlyFilterArb, filterArb, rollupFilterArb), (f) => {
        expect(statsFromMatches(t, f)).toEqual(incidentStatsFromIncidents(f, t));
      }),
      { numRuns: 200 },
    );
  });

  it('the actor condition as a driving list and as a per-incident test select the same incidents', () => {
    const count = (f: IncidentFilter, actorShape: 'in' | 'exists') =>
      t.db.select({ id: incidents.id }).from(incidents).where(filterCondition(f, { actorShape })).all().map((r) => r.id).sort((a, b) => a - b);
    fc.assert(
      fc.property(fc.oneof(incidentsOnlyFilterArb, filterArb), (f) => {
        expect(count(f, 'exists')).toEqual(count(f, 'in'));
      }),
      { numRuns: 150 },
    );
  });

  it('the plan estimates are upper bounds of what they estimate, and pick the narrower side', () => {
    const countWhere = (f: IncidentFilter) => t.db.select({ n: count() }).from(incidents).where(filterCondition(f)).get()!.n;
    fc.assert(
      fc.property(filterArb, (f) => {
        const withActors = { ...f, actor: f.actor.length ? f.actor : ['isis' as const] };
        const onlyActor = { ...EMPTY_FILTER, actor: withActors.actor, actorRole: withActors.actorRole };
        const actorCount = countWhere(onlyActor);
        expect(actorIncidentEstimate(t, withActors)).toBeGreaterThanOrEqual(actorCount);
        const others = otherDimensionsEstimate(t, f);
        const othersOnly = { ...f, actor: [] };
        if (others !== Infinity) expect(others).toBeGreaterThanOrEqual(countWhere(othersOnly));
        else expect(filterCondition(othersOnly)).toBeUndefined();
      }),
      { numRuns: 100 },
    );
    // A narrow governorate + day against an actor named everywhere, and the actor alone.
    const busiest = t.sqlite.prepare('SELECT actor FROM incident_actors GROUP BY actor ORDER BY count(*) DESC LIMIT 1').pluck().get() as IncidentFilter['actor'][number];
    const day = t.sqlite.prepare('SELECT governorate, date FROM incidents WHERE governorate IS NOT NULL AND date IS NOT NULL LIMIT 1').get() as { governorate: IncidentFilter['governorate'][number]; date: string };
    expect(countWhere(EMPTY_FILTER)).toBeGreaterThan(50);
    expect(chooseActorShape(t, { ...EMPTY_FILTER, actor: [busiest], governorate: [day.governorate], from: day.date, to: day.date })).toBe('exists');
    expect(chooseActorShape(t, { ...EMPTY_FILTER, actor: [busiest] })).toBe('in');
  });

  it('incidentStats for every actor alone, in either role mode (the co-occurrence rollup)', () => {
    for (const actor of ACTOR_IDS)
      for (const actorRole of ['any', 'perpetrator'] as const) {
        const f = { ...EMPTY_FILTER, actor: [actor], actorRole };
        expect(incidentStats(f, t), `${actor}/${actorRole}`).toEqual(incidentStatsFromIncidents(f, t));
      }
  });

  it('mapClusters at every zoom without a viewport, on random filters', () => {
    fc.assert(
      fc.property(fc.oneof(mapFilterArb, rollupFilterArb), fc.integer({ min: 0, max: 12 }), (f, zoom) => {
        expectSameMarkers(mapClusters(f, zoom, t), mapClustersFromIncidents(f, zoom, t));
      }),
      { numRuns: 100 },
    );
  });

  it('mapClusters with a viewport, without in-memory columns (rollup inside, incidents in the margins), on random filters and boxes', () => {
    const sqlOnly = { sqlite: t.sqlite, db: t.db };
    fc.assert(
      fc.property(fc.oneof(mapFilterArb, rollupFilterArb), fc.integer({ min: 3, max: 10 }), bboxArb, (f, zoom, bbox) => {
        expectSameMarkers(mapClusters(f, { zoom, bbox }, sqlOnly), mapClustersFromIncidents(f, { zoom, bbox }, t));
      }),
      { numRuns: 150 },
    );
  });

  it('listIncidents: the total is the count, and both query shapes give the same page', () => {
    const pageArb = fc.record({
      page: fc.integer({ min: 1, max: 4 }),
      pageSize: fc.constantFrom(5, 20, 50),
      sort: fc.constantFrom(...SORT_KEYS),
      dir: fc.constantFrom('asc' as const, 'desc' as const),
    });
    fc.assert(
      fc.property(fc.oneof(rollupFilterArb, filterArb), pageArb, (f, p: PageRequest) => {
        const listed = listIncidents(f, p, t);
        const all = listWithShape(f, { ...p, page: 1, pageSize: 500 }, 'drive', 0, t).items;
        expect(listed.total).toBe(all.length);
        const ids = (shape: 'drive' | 'probe') => listWithShape(f, p, shape, listed.total, t).items.map((r) => r.id);
        expect(ids('probe')).toEqual(ids('drive'));
        expect(listed.items.map((r) => r.id)).toEqual(ids('drive'));
      }),
      { numRuns: 150 },
    );
  });
});
