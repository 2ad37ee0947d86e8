import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governorateName } from '@/lib/codebook';
import type { IncidentFilter } from '@/lib/filter';
import { EMPTY_FILTER, MAX_CELLS, exportIncidents, incidentStats, mapClusters, setIncidentStatus, timelineBucketFor } from '@/db/queries';
import { storeArticle } from '@/db/store-article';
import { createTempDatabase, fixtureArticles, type TempDatabase } from '@/db/testing/fixture';
import { matchesFilter, type StoredIncident } from '@/db/testing/reference-filter';
import { EXPORT_COLUMNS } from '@/db/types';

let t: TempDatabase;
let stored: StoredIncident[];

beforeAll(() => {
  t = createTempDatabase();
  const fixture = fixtureArticles(120, 11);
  for (const f of fixture) storeArticle(t, f.article, f.incidents);
  const idByPlace = new Map((t.sqlite.prepare('SELECT id, place FROM incidents').all() as { id: number; place: string }[]).map((r) => [r.place, r.id]));
  stored = fixture.flatMap((f) => f.incidents.map((incident) => ({ id: idByPlace.get(incident.place!)!, incident, article: f.article, status: 'unreviewed' as const })));
});
afterAll(() => t.cleanup());

const filter = (p: Partial<IncidentFilter>): IncidentFilter => ({ ...EMPTY_FILTER, ...p });
const matching = (f: IncidentFilter) => stored.filter((e) => matchesFilter(e, f));
const countBy = <K extends string>(xs: StoredIncident[], key: (e: StoredIncident) => K | null) => {
  const m = new Map<K, number>();
  for (const e of xs) {
    const k = key(e);
    if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
};

describe('incidentStats', () => {
  it.each([
    ['everything', filter({})],
    ['a governorate and a type', filter({ governorate: ['IQ-BG', 'IQ-NI', 'IQ-AN'], type: ['bombing', 'killing', 'armed_attack'] })],
    ['an actor', filter({ actor: ['isis'] })],
  ])('totals and breakdowns match the incidents (%s)', (_n, f) => {
    const xs = matching(f);
    const s = incidentStats(f, t);
    expect(s.total).toBe(xs.length);
    expect(s.killed).toBe(xs.reduce((a, e) => a + (e.incident.killed ?? 0), 0));
    expect(s.injured).toBe(xs.reduce((a, e) => a + (e.incident.injured ?? 0), 0));
    expect(s.kidnapped).toBe(xs.reduce((a, e) => a + (e.incident.kidnapped ?? 0), 0));
    expect(new Map(s.byType.map((r) => [r.type, r.count]))).toEqual(countBy(xs, (e) => e.incident.type));
    expect(new Map(s.byGovernorate.map((r) => [r.code, r.count]))).toEqual(countBy(xs, (e) => e.incident.governorate));
    const actorCounts = new Map<string, number>();
    for (const e of xs) for (const a of e.incident.actors) actorCounts.set(`${a.id}/${a.role}`, (actorCounts.get(`${a.id}/${a.role}`) ?? 0) + 1);
    expect(new Map(s.byActor.map((r) => [`${r.id}/${r.role}`, r.count]))).toEqual(actorCounts);
    // Sorted biggest first.
    expect(s.byType.map((r) => r.count)).toEqual([...s.byType.map((r) => r.count)].sort((a, b) => b - a));
    expect(s.timeline.rows.reduce((a, r) => a + r.count, 0)).toBe(xs.filter((e) => e.incident.date).length);
  });

  it('chooses the bucket from the filtered range', () => {
    expect(timelineBucketFor('2024-01-01', '2024-04-01')).toBe('day'); // 92 days
    expect(timelineBucketFor('2024-01-01', '2024-04-02')).toBe('week');
    expect(timelineBucketFor('2023-01-01', '2024-12-31')).toBe('week'); // 731 days
    expect(timelineBucketFor('2023-01-01', '2025-01-01')).toBe('month');
    expect(incidentStats(filter({ from: '2024-03-01', to: '2024-03-31' }), t).timeline.bucket).toBe('day');
    expect(incidentStats(filter({ from: '2024-01-01', to: '2024-12-31' }), t).timeline.bucket).toBe('week');
    // No bounds: the data spans 2023-01 … 2025-06, so months.
    expect(incidentStats(EMPTY_FILTER, t).timeline.bucket).toBe('month');
  });

  it('labels periods by day, Monday of the week, or month', () => {
    const day = incidentStats(filter({ from: '2024-03-01', to: '2024-03-31' }), t).timeline.rows;
    expect(day.length).toBeGreaterThan(0);
    for (const r of day) expect(r.period).toMatch(/^2024-03-\d{2}$/);

    const f = filter({ from: '2024-01-01', to: '2024-12-31' });
    const week = incidentStats(f, t).timeline.rows;
    for (const r of week) expect(new Date(`${r.period}T00:00:00Z`).getUTCDay()).toBe(1);
    // Each incident lands in the week starting on the Monday on or before its date.
    const mondayOf = (d: string) => {
      const x = new Date(`${d}T00:00:00Z`);
      x.setUTCDate(x.getUTCDate() - ((x.getUTCDay() + 6) % 7));
      return x.toISOString().slice(0, 10);
    };
    const want = new Map<string, number>();
    for (const e of matching(f)) {
      const k = `${mondayOf(e.incident.date!)}/${e.incident.type}`;
      want.set(k, (want.get(k) ?? 0) + 1);
    }
    expect(new Map(week.map((r) => [`${r.period}/${r.type}`, r.count]))).toEqual(want);
    const periods = week.map((r) => r.period);
    expect(periods).toEqual([...periods].sort());

    const month = incidentStats(EMPTY_FILTER, t).timeline.rows;
    for (const r of month) expect(r.period).toMatch(/^\d{4}-\d{2}$/);
  });

  it('is all zeros for a filter that matches nothing', () => {
    const s = incidentStats(filter({ from: '2030-01-01' }), t);
    expect(s).toMatchObject({ total: 0, killed: 0, injured: 0, kidnapped: 0, byType: [], byGovernorate: [], byActor: [] });
    expect(s.timeline.rows).toEqual([]);
  });
});

describe('mapClusters', () => {
  const located = (f: IncidentFilter) => matching(f).filter((e) => e.incident.lat !== null);

  it.each([0, 4, 6, 8, 12, 18])('counts add up to the located incidents at zoom %i', (zoom) => {
    const f = filter({});
    const clusters = mapClusters(f, zoom, t);
    expect(clusters.reduce((a, c) => a + c.count, 0)).toBe(located(f).length);
    expect(clusters.length).toBeLessThanOrEqual(MAX_CELLS);
    for (const c of clusters) {
      expect(Object.values(c.types).reduce((a, n) => a + n, 0)).toBe(c.count);
      const top = Math.max(...Object.values(c.types));
      expect(c.types[c.type!]).toBe(top);
      if (c.count === 1) expect(c.id).toBeDefined();
      else expect(c.id).toBeUndefined();
    }
  });

  it('zooming in splits clusters; single incidents come back as points with their id and position', () => {
    const coarse = mapClusters(EMPTY_FILTER, 3, t);
    const fine = mapClusters(EMPTY_FILTER, 18, t);
    expect(fine.length).toBeGreaterThan(coarse.length);
    const byId = new Map(stored.map((e) => [e.id, e]));
    const points = fine.filter((c) => c.id !== undefined);
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) {
      const e = byId.get(p.id!)!;
      expect(p.lat).toBeCloseTo(e.incident.lat!, 9);
      expect(p.lon).toBeCloseTo(e.incident.lon!, 9);
      expect(p.type).toBe(e.incident.type);
    }
  });

  it('with a viewport, only incidents inside it count, on a grid fine enough to separate them', () => {
    const bbox = { west: 43, south: 33, east: 45.5, north: 35 };
    const inside = located(EMPTY_FILTER).filter(
      (e) => e.incident.lat! >= bbox.south && e.incident.lat! <= bbox.north && e.incident.lon! >= bbox.west && e.incident.lon! <= bbox.east,
    );
    expect(inside.length).toBeGreaterThan(3);
    const deep = mapClusters(EMPTY_FILTER, { zoom: 18, bbox }, t);
    expect(deep.reduce((a, c) => a + c.count, 0)).toBe(inside.length);
    expect(deep.every((c) => c.count === 1 && c.id !== undefined)).toBe(true);
    expect(new Set(deep.map((c) => c.id))).toEqual(new Set(inside.map((e) => e.id)));
    const wide = mapClusters(EMPTY_FILTER, { zoom: 2, bbox }, t);
    expect(wide.reduce((a, c) => a + c.count, 0)).toBe(inside.length);
    expect(wide.length).toBeLessThan(deep.length);
  });

  it('a coarser grid is the finer one merged: every cluster centre stays the mean of its incidents', () => {
    for (const zoom of [2, 5, 7]) {
      const clusters = mapClusters(EMPTY_FILTER, zoom, t);
      const sumLat = clusters.reduce((a, c) => a + c.lat * c.count, 0);
      const want = located(EMPTY_FILTER).reduce((a, e) => a + e.incident.lat!, 0);
      expect(sumLat).toBeCloseTo(want, 6);
    }
  });

  it('honours the filter', () => {
    const f = filter({ type: ['kidnapping'] });
    const clusters = mapClusters(f, 5, t);
    expect(clusters.reduce((a, c) => a + c.count, 0)).toBe(located(f).length);
    for (const c of clusters) expect(Object.keys(c.types)).toEqual(['kidnapping']);
  });
});

describe('exportIncidents', () => {
  it('yields one flat row per filtered incident, in date order', () => {
    const f = filter({ governorate: ['IQ-BG', 'IQ-BA', 'IQ-NI', 'IQ-DI'] });
    const rows = [...exportIncidents(f, t)];
    const xs = matching(f);
    expect(rows.length).toBe(xs.length);
    for (const r of rows) expect(Object.keys(r).sort()).toEqual([...EXPORT_COLUMNS].sort());
    const dates = rows.map((r) => r.event_date ?? '9999');
    expect(dates).toEqual([...dates].sort());
    const e = xs.find((x) => x.incident.actors.some((a) => a.role === 'perpetrator'))!;
    const row = rows.find((r) => r.incident_id === e.id)!;
    expect(row).toMatchObject({
      event_date: e.incident.date,
      type: e.incident.type,
      governorate_code: e.incident.governorate,
      governorate_name: governorateName(e.incident.governorate!).en,
      place: e.incident.place,
      latitude: e.incident.lat,
      killed: e.incident.killed,
      status: 'unreviewed',
      source_urls: e.article.url,
      source_titles: e.article.title,
      evidence: e.incident.evidence,
    });
    expect(row.perpetrators).toBe(e.incident.actors.filter((a) => a.role === 'perpetrator').map((a) => a.id).sort().join(' | '));
    expect(row.targets).toBe(e.incident.actors.filter((a) => a.role === 'target').map((a) => a.id).sort().join(' | '));
  });

  it('is lazy and lets the app keep writing while an export is being read', () => {
    const it = exportIncidents(EMPTY_FILTER, t)[Symbol.iterator]();
    const first = it.next();
    expect(first.done).toBe(false);
    // The export reads through its own connection, so a review decision can be saved meanwhile.
    expect(setIncidentStatus(stored[0]!.id, 'confirmed', t)?.status).toBe('confirmed');
    let n = 1;
    while (!it.next().done) n++;
    expect(n).toBe(stored.length);
    setIncidentStatus(stored[0]!.id, 'unreviewed', t);
  });

  it('stopping early closes the reading connection', () => {
    for (const row of exportIncidents(EMPTY_FILTER, t)) {
      expect(row.incident_id).toBeGreaterThan(0);
      break;
    }
    // A second export runs fine afterwards (nothing left busy or open).
    expect([...exportIncidents(filter({ type: ['airstrike'] }), t)].length).toBe(matching(filter({ type: ['airstrike'] })).length);
  });
});
