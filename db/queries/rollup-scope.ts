/**
 * Which part of a filter the rollup tables can answer. The rollups keep incidents
 * grouped by month, type, governorate and review status (and actor + role, and map cell),
 * so a filter that only uses those dimensions is answered from them: whole months inside
 * the from–to range from the rollup, and the partly covered months at either end ("edges")
 * from the incidents themselves, through the ordinary filter on a short date range.
 * Anything else (free text, minimum killed, several actors) goes to the incidents.
 */
import { and, eq, gte, inArray, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { ActorId } from '@/lib/codebook';
import type { IncidentFilter } from '@/lib/filter';
import { incidentActorRollup, incidentRollup } from '../schema';

export interface RollupScope {
  /** Condition on incident_rollup for the whole months (undefined: no whole month). */
  months: SQL | undefined;
  /** The same on incident_actor_rollup. */
  actorMonths: SQL | undefined;
  /** Date ranges (inclusive) in partly covered months, to read from the incidents. */
  edges: { from: string; to: string }[];
  /** The one actor the filter names, if any (counts then come from incident_actor_rollup). */
  actor?: { id: ActorId; role: 'perpetrator' | 'any' };
}

const month = (d: string) => d.slice(0, 7);
const firstOfMonth = (d: string) => `${month(d)}-01`;
function lastOfMonth(d: string): string {
  const [y, m] = d.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
function nextMonth(m: string): string {
  const [y, mm] = m.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, mm, 1)).toISOString().slice(0, 7);
}
function previousMonth(m: string): string {
  const [y, mm] = m.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, mm - 2, 1)).toISOString().slice(0, 7);
}

/** Whole months [lo, hi] (open ends allowed) and the edge ranges, or null when only edges. */
function splitRange(from: string | undefined, to: string | undefined): { lo?: string; hi?: string; empty: boolean; edges: { from: string; to: string }[] } {
  const edges: { from: string; to: string }[] = [];
  let lo: string | undefined;
  let hi: string | undefined;
  if (from && to && month(from) === month(to)) {
    if (from === firstOfMonth(from) && to === lastOfMonth(to)) return { lo: month(from), hi: month(to), empty: false, edges };
    return { empty: true, edges: [{ from, to }] };
  }
  if (from) {
    if (from === firstOfMonth(from)) lo = month(from);
    else {
      lo = nextMonth(month(from));
      edges.push({ from, to: lastOfMonth(from) });
    }
  }
  if (to) {
    if (to === lastOfMonth(to)) hi = month(to);
    else {
      hi = previousMonth(month(to));
      edges.push({ from: firstOfMonth(to), to });
    }
  }
  return { lo, hi, empty: lo !== undefined && hi !== undefined && lo > hi, edges };
}

type DimTable = typeof incidentRollup | typeof incidentActorRollup;

function dimensions(t: DimTable, f: IncidentFilter, lo: string | undefined, hi: string | undefined, dated: boolean): SQL | undefined {
  return and(
    dated ? ne(t.month, '') : undefined,
    lo !== undefined ? gte(t.month, lo) : undefined,
    hi !== undefined ? lte(t.month, hi) : undefined,
    f.governorate.length ? inArray(t.governorate, f.governorate) : undefined,
    f.type.length ? inArray(t.type, f.type) : undefined,
    f.status.length ? inArray(t.status, f.status) : undefined,
  ) ?? sql`1`;
}

/** How the rollups answer `f`, or null when they cannot. */
export function rollupScope(f: IncidentFilter): RollupScope | null {
  if (f.q || (f.minKilled !== undefined && f.minKilled > 0) || f.actor.length > 1) return null;
  const { lo, hi, empty, edges } = splitRange(f.from, f.to);
  const dated = f.from !== undefined || f.to !== undefined;
  const actorId = f.actor[0];
  const actor = actorId ? { id: actorId, role: f.actorRole === 'perpetrator' ? ('perpetrator' as const) : ('any' as const) } : undefined;
  const actorMonths = empty
    ? undefined
    : and(dimensions(incidentActorRollup, f, lo, hi, dated), actor ? and(eq(incidentActorRollup.actor, actor.id), eq(incidentActorRollup.role, actor.role)) : undefined);
  return {
    months: empty ? undefined : dimensions(incidentRollup, f, lo, hi, dated),
    actorMonths,
    edges,
    actor,
  };
}

/** The filter restricted to one edge range (for the incidents-table part of a rollup answer). */
export function edgeFilter(f: IncidentFilter, edge: { from: string; to: string }): IncidentFilter {
  return { ...f, from: edge.from, to: edge.to };
}
