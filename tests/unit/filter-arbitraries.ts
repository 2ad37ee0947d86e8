/** Random dashboard filters over the fixture's span (tests/unit: db/testing/fixture.ts), shared by the query property tests. */
import fc from 'fast-check';
import { ACTOR_IDS, GOVERNORATE_CODES, INCIDENT_TYPES } from '@/lib/codebook';
import { REVIEW_STATUSES, type IncidentFilter } from '@/lib/filter';
import { EMPTY_FILTER } from '@/db/queries';

const iso = (dayOffset: number) => new Date(Date.UTC(2023, 0, 1) + dayOffset * 86_400_000).toISOString().slice(0, 10);
/** Dates in the fixture's span, often on a month's first or last day (whole-month cases). */
const dateArb = fc.oneof(
  fc.integer({ min: -40, max: 960 }).map(iso),
  fc.integer({ min: 0, max: 31 }).map((m) => new Date(Date.UTC(2023, m, 1)).toISOString().slice(0, 10)),
  fc.integer({ min: 1, max: 32 }).map((m) => new Date(Date.UTC(2023, m, 0)).toISOString().slice(0, 10)),
);
const some = <T>(xs: readonly T[], max: number) => fc.subarray([...xs], { maxLength: max });
export const filterArb: fc.Arbitrary<IncidentFilter> = fc
  .record({
    governorate: some(GOVERNORATE_CODES, 3),
    type: some(INCIDENT_TYPES, 3),
    status: some(REVIEW_STATUSES, 2),
    actor: some(ACTOR_IDS, 2),
    actorRole: fc.constantFrom('any' as const, 'perpetrator' as const),
    from: fc.option(dateArb, { nil: undefined }),
    to: fc.option(dateArb, { nil: undefined }),
    minKilled: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    q: fc.option(fc.constantFrom('gunmen', 'مسيرة', 'drone', 'Baghdad', 'ev'), { nil: undefined }),
  })
  .map((f) => (f.from && f.to && f.from > f.to ? { ...f, from: f.to, to: f.from } : f));
/** Mostly filters the rollups can answer (one actor at most, no text, no minKilled). */
export const rollupFilterArb = filterArb.map((f) => ({ ...EMPTY_FILTER, ...f, actor: f.actor.slice(0, 1), q: undefined, minKilled: undefined }));

/** Filters only the incidents answer: free text, a minimum killed or several actors. */
export const incidentsOnlyFilterArb = fc
  .tuple(filterArb, fc.constantFrom('q', 'minKilled', 'actors', 'all'))
  .map(([f, force]) => ({
    ...f,
    q: force === 'q' || force === 'all' ? (f.q ?? 'gunmen') : f.q,
    minKilled: force === 'minKilled' || force === 'all' ? Math.max(1, f.minKilled ?? 1) : f.minKilled,
    actor: force === 'actors' || force === 'all' ? [...new Set([...f.actor, 'isis' as const, 'pmf' as const])] : f.actor,
  }));

/** Filters the map rollup answers: no dates or actors either. */
export const mapFilterArb = rollupFilterArb.map((f) => ({ ...f, from: undefined, to: undefined, actor: [] }));


const coord = (lo: number, hi: number) => fc.integer({ min: 0, max: 10_000 }).map((k) => lo + ((hi - lo) * k) / 10_000);
/** Map viewports around and inside Iraq. */
export const bboxArb = fc
  .tuple(coord(27, 40), coord(27, 40), coord(36, 51), coord(36, 51))
  .map(([a, b, c, d]) => ({ south: Math.min(a, b), north: Math.max(a, b), west: Math.min(c, d), east: Math.max(c, d) }));
