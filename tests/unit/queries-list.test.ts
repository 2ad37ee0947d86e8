import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_IDS, GOVERNORATE_CODES, INCIDENT_TYPES, governorateName } from '@/lib/codebook';
import { REVIEW_STATUSES, SORT_KEYS, parseIncidentFilter, parsePageRequest, type IncidentFilter, type PageRequest } from '@/lib/filter';
import { EMPTY_FILTER, getIncident, listIncidents, setIncidentStatus } from '@/db/queries';
import { storeArticle } from '@/db/store-article';
import { createTempDatabase, fixtureArticles, type TempDatabase } from '@/db/testing/fixture';
import { matchesFilter, type StoredIncident } from '@/db/testing/reference-filter';

let t: TempDatabase;
let stored: StoredIncident[];

beforeAll(() => {
  t = createTempDatabase();
  const fixture = fixtureArticles(160);
  for (const f of fixture) storeArticle(t, f.article, f.incidents);
  const idByPlace = new Map(
    (t.sqlite.prepare('SELECT id, place FROM incidents').all() as { id: number; place: string }[]).map((r) => [r.place, r.id]),
  );
  stored = fixture.flatMap((f) =>
    f.incidents.map((incident) => ({ id: idByPlace.get(incident.place!)!, incident, article: f.article, status: 'unreviewed' as const })),
  );
  // Some review decisions so the status filter has something to separate.
  for (const e of stored) {
    if (e.id % 5 === 0) e.status = 'confirmed';
    else if (e.id % 7 === 0) e.status = 'rejected';
    if (e.status !== 'unreviewed') setIncidentStatus(e.id, e.status, t);
  }
});
afterAll(() => t.cleanup());

const filter = (p: Partial<IncidentFilter>): IncidentFilter => ({ ...EMPTY_FILTER, ...p });
const page = (p: Partial<PageRequest> = {}): PageRequest => ({ page: 1, pageSize: 500, sort: 'date', dir: 'desc', ...p });
const expectedIds = (f: IncidentFilter) => stored.filter((e) => matchesFilter(e, f)).map((e) => e.id).sort((a, b) => a - b);
const allIds = (f: IncidentFilter) => {
  const ids: number[] = [];
  for (let p = 1; ; p++) {
    const r = listIncidents(f, page({ page: p }), t);
    ids.push(...r.items.map((i) => i.id));
    if (r.items.length < 500) return ids.sort((a, b) => a - b);
  }
};

describe('listIncidents filters', () => {
  it('stored the whole fixture', () => {
    expect(stored.length).toBeGreaterThan(250);
    expect(listIncidents(EMPTY_FILTER, page({ pageSize: 1 }), t).total).toBe(stored.length);
  });

  it.each([
    ['governorate', filter({ governorate: ['IQ-BG', 'IQ-AN'] })],
    ['type', filter({ type: ['drone_attack'] })],
    ['status', filter({ status: ['confirmed', 'rejected'] })],
    ['actor any role', filter({ actor: ['isis', 'us_forces'] })],
    ['actor as perpetrator', filter({ actor: ['isis', 'us_forces'], actorRole: 'perpetrator' })],
    ['from/to inclusive', filter({ from: '2024-02-01', to: '2024-02-29' })],
    ['minKilled', filter({ minKilled: 5 })],
    ['q in place (Arabic, hamza folded)', filter({ q: 'ابو غريب' })],
    ['q in evidence', filter({ q: 'مسيرة' })],
    ['q in title, other case', filter({ q: 'DRONE strike' })],
    ['q shorter than a trigram', filter({ q: '#7' })],
    ['combination', filter({ type: ['armed_attack', 'bombing', 'killing'], governorate: ['IQ-BG', 'IQ-DI', 'IQ-NI', 'IQ-SD'], from: '2023-06-01', minKilled: 1 })],
  ])('%s', (_name, f) => {
    const want = expectedIds(f);
    expect(want.length).toBeGreaterThan(0); // the fixture must exercise the filter
    expect(want.length).toBeLessThan(stored.length);
    expect(listIncidents(f, page(), t).total).toBe(want.length);
    expect(allIds(f)).toEqual(want);
  });

  it('an exact date bound includes that day', () => {
    const day = stored.find((e) => e.incident.date)!.incident.date!;
    const want = expectedIds(filter({ from: day, to: day }));
    expect(want.length).toBeGreaterThan(0);
    expect(allIds(filter({ from: day, to: day }))).toEqual(want);
  });

  it('agrees with the reference for random filter combinations', () => {
    const arb = fc.record({
      governorate: fc.subarray([...GOVERNORATE_CODES], { maxLength: 4 }),
      type: fc.subarray([...INCIDENT_TYPES], { maxLength: 3 }),
      actor: fc.subarray([...ACTOR_IDS], { maxLength: 3 }),
      actorRole: fc.constantFrom('any' as const, 'perpetrator' as const),
      status: fc.subarray([...REVIEW_STATUSES], { maxLength: 2 }),
      from: fc.option(fc.constantFrom('2023-01-01', '2023-09-15', '2024-05-01'), { nil: undefined }),
      to: fc.option(fc.constantFrom('2024-06-30', '2025-01-31', '2025-12-31'), { nil: undefined }),
      minKilled: fc.option(fc.integer({ min: 0, max: 11 }), { nil: undefined }),
      q: fc.option(fc.constantFrom('erbil', 'قضاء', 'gunmen', 'report 1', '#1'), { nil: undefined }),
    });
    fc.assert(
      fc.property(arb, (f) => {
        expect(allIds(f)).toEqual(expectedIds(f));
      }),
      { numRuns: 120, seed: 42 },
    );
  });

  it('parses URL parameters into a filter the query accepts', () => {
    const parsed = parseIncidentFilter(new URLSearchParams('type=bombing,killing&governorate=IQ-BG&from=2023-03-01'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const pr = parsePageRequest(new URLSearchParams('page=1&pageSize=20'));
    if (!pr.ok) throw new Error(pr.message);
    expect(listIncidents(parsed.value, pr.value, t).total).toBe(expectedIds(parsed.value).length);
  });
});

describe('listIncidents paging and sort', () => {
  const sortValue = (e: StoredIncident, key: (typeof SORT_KEYS)[number]) => (key === 'date' ? e.incident.date : e.incident[key]);

  it.each(SORT_KEYS.flatMap((sort) => (['asc', 'desc'] as const).map((dir) => [sort, dir] as const)))(
    'sort by %s %s: pages join into the full ordered list, nulls last, ties by (date,) id',
    (sort, dir) => {
      const f = filter({ type: ['bombing', 'armed_attack', 'rocket_attack'] });
      const want = stored
        .filter((e) => matchesFilter(e, f))
        .sort((a, b) => {
          const va = sortValue(a, sort);
          const vb = sortValue(b, sort);
          if (va === null && vb !== null) return 1;
          if (vb === null && va !== null) return -1;
          const c = va === vb || va === null ? 0 : va < vb! ? -1 : 1;
          const byValue = dir === 'asc' ? c : -c;
          // Within a type or governorate, by date (SQLite order: unknown dates are smallest).
          let byDate = 0;
          if (sort === 'type' || sort === 'governorate') {
            const da = a.incident.date ?? '';
            const db = b.incident.date ?? '';
            byDate = da === db ? 0 : (da < db ? -1 : 1) * (dir === 'asc' ? 1 : -1);
          }
          return byValue || byDate || (dir === 'asc' ? a.id - b.id : b.id - a.id);
        })
        .map((e) => e.id);
      const got: number[] = [];
      let total = 0;
      for (let p = 1; got.length < want.length + 1; p++) {
        const r = listIncidents(f, { page: p, pageSize: 17, sort, dir }, t);
        total = r.total;
        expect(r.page).toBe(p);
        expect(r.pageSize).toBe(17);
        if (!r.items.length) break;
        expect(r.items.length).toBeLessThanOrEqual(17);
        got.push(...r.items.map((i) => i.id));
      }
      expect(total).toBe(want.length);
      expect(got).toEqual(want);
    },
  );

  it('a page past the end is empty but reports the total', () => {
    const r = listIncidents(EMPTY_FILTER, page({ page: 1000, pageSize: 50 }), t);
    expect(r.items).toEqual([]);
    expect(r.total).toBe(stored.length);
  });

  it('records carry codebook fields, actors and sources', () => {
    const e = stored.find((x) => x.incident.actors.length === 2 && x.incident.killed !== null)!;
    const rec = listIncidents(filter({ q: e.incident.place! }), page(), t).items.find((i) => i.id === e.id)!;
    expect(rec).toMatchObject({
      type: e.incident.type,
      date: e.incident.date,
      date_precision: e.incident.date_precision,
      governorate: e.incident.governorate,
      place: e.incident.place,
      killed: e.incident.killed,
      injured: e.incident.injured,
      kidnapped: e.incident.kidnapped,
      evidence: e.incident.evidence,
      status: e.status,
    });
    expect([...rec.actors].sort((a, b) => a.role.localeCompare(b.role))).toEqual(
      [...e.incident.actors].sort((a, b) => a.role.localeCompare(b.role)),
    );
    expect(rec.sources).toHaveLength(1);
    expect(rec.sources[0]).toMatchObject({ url: e.article.url, title: e.article.title, evidence: e.incident.evidence, published: e.article.published });
  });
});

describe('getIncident / setIncidentStatus', () => {
  it('returns every field and the full source text', () => {
    const e = stored[3]!;
    const d = getIncident(e.id, t)!;
    expect(d.id).toBe(e.id);
    expect(d.sources[0]!.text).toBe(e.article.text);
    expect(d.sources[0]!.lang).toBe(e.article.lang);
    expect(d.governorateName).toEqual(e.incident.governorate ? governorateName(e.incident.governorate) : null);
    expect(d.evidence).toBe(e.incident.evidence);
    expect(d.sources[0]!.evidence).toBe(e.incident.evidence);
  });

  it('is null for an unknown id', () => {
    expect(getIncident(999_999, t)).toBeNull();
    expect(setIncidentStatus(999_999, 'confirmed', t)).toBeNull();
  });

  it('changes the status and the update time', () => {
    const e = stored.find((x) => x.status === 'unreviewed')!;
    const before = getIncident(e.id, t)!;
    const after = setIncidentStatus(e.id, 'rejected', t)!;
    expect(after.status).toBe('rejected');
    expect(after.updatedAt >= before.updatedAt).toBe(true);
    expect(getIncident(e.id, t)!.status).toBe('rejected');
    setIncidentStatus(e.id, 'unreviewed', t);
  });

  it('the database refuses a status outside the codebook', () => {
    expect(() => setIncidentStatus(stored[0]!.id, 'maybe' as never, t)).toThrow(/CHECK constraint/);
  });
});
