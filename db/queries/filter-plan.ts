/**
 * Which table a filtered read should start from when the filter names actors. An actor
 * condition phrased `id IN (links of the actor)` makes SQLite walk every link of the actor
 * (hundreds of thousands for a common one) even when governorate, type and dates narrow
 * the incidents to a few thousand; phrased EXISTS it is tested on what those indexes
 * yield instead. Both sides are estimated from the rollups (a few hundred rows read), the
 * killed index and the free-text index, so the choice costs far less than a wrong plan.
 */
import { and, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { IncidentFilter } from '@/lib/filter';
import type { DatabaseHandle } from '../client';
import { incidentActorPairRollup, incidentRollup, incidents } from '../schema';
import { textMatchCount, type ActorShape } from './filter-sql';

/**
 * Incidents naming one of the filter's actors (in the filter's role), an upper bound: the
 * co-occurrence rollup's diagonal holds, per actor link, the incidents with that link.
 */
export function actorIncidentEstimate(h: DatabaseHandle, f: IncidentFilter): number {
  const p = incidentActorPairRollup;
  const role = f.actorRole === 'perpetrator' ? sql`${p.role} = 'perpetrator' AND ${p.otherRole} = 'perpetrator'` : sql`${p.role} = 'any'`;
  return (
    h.db.get<{ n: number | null }>(
      sql`SELECT sum(${p.n}) AS n FROM ${p} WHERE ${inArray(p.actor, f.actor)} AND ${p.otherActor} = ${p.actor} AND ${role}`,
    )?.n ?? 0
  );
}

/**
 * Incidents matching the filter's indexed dimensions other than the actor (governorate,
 * type, status, dates widened to whole months, minimum killed, free text), an upper
 * bound; Infinity when none of them narrows anything. The killed count stops past `cap`
 * (any figure above the actor's side decides the same way): the answer is then only known
 * to exceed cap.
 */
export function otherDimensionsEstimate(h: DatabaseHandle, f: IncidentFilter, cap = Infinity): number {
  let best = Infinity;
  if (f.governorate.length || f.type.length || f.status.length || f.from || f.to) {
    const t = incidentRollup;
    const where = and(
      f.from ? gte(t.month, f.from.slice(0, 7)) : undefined,
      f.to ? lte(t.month, f.to.slice(0, 7)) : undefined,
      f.from || f.to ? sql`${t.month} <> ''` : undefined,
      f.governorate.length ? inArray(t.governorate, f.governorate) : undefined,
      f.type.length ? inArray(t.type, f.type) : undefined,
      f.status.length ? inArray(t.status, f.status) : undefined,
    );
    best = h.db.get<{ n: number | null }>(sql`SELECT sum(${t.n}) AS n FROM ${t} WHERE ${where}`)?.n ?? 0;
  }
  if (f.q) best = Math.min(best, textMatchCount(h, f.q));
  if (f.minKilled !== undefined && f.minKilled > 0) {
    // A range of the killed index, counted in the index alone, and only as far as it
    // could still be the narrowest side.
    const bound = Math.min(cap, best);
    const limit = Number.isFinite(bound) ? Math.max(0, Math.floor(bound)) + 1 : -1;
    best = Math.min(
      best,
      h.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM (SELECT 1 FROM ${incidents} WHERE ${gte(incidents.killed, f.minKilled)} LIMIT ${limit})`)?.n ?? 0,
    );
  }
  return best;
}

/** 'exists' when the other conditions narrow more than the actor's links do. */
export function chooseActorShape(h: DatabaseHandle, f: IncidentFilter): ActorShape {
  if (!f.actor.length) return 'in';
  const actors = actorIncidentEstimate(h, f);
  const others = otherDimensionsEstimate(h, f, actors);
  return others < actors ? 'exists' : 'in';
}

/**
 * The narrow index (id first, then every column a figure or a filter reads; migration
 * 0010) that incidents found through the free-text index are read from: a seek there
 * touches far fewer pages than one in the table, and answers every other condition but
 * the actor's.
 */
export const STATS_INDEX = 'incidents_stats_idx';

/** `incidents`, read through STATS_INDEX when free text drives (its id list is the start). */
export function incidentsSource(f: IncidentFilter): SQL {
  return f.q ? sql.raw(`"incidents" INDEXED BY "${STATS_INDEX}"`) : sql`${incidents}`;
}
