/**
 * incidentStats answered from the rollups (see rollup-scope.ts): whole months from
 * incident_rollup / incident_actor_rollup, partly covered months at the ends of the date
 * range from the incidents. The figures are the same as the incidents-only path gives;
 * tests/unit/queries-rollup.test.ts compares the two on random filters.
 */
import { and, sql, type SQL } from 'drizzle-orm';
import type { ActorId, ActorRole, GovernorateCode, IncidentType } from '@/lib/codebook';
import type { IncidentFilter } from '@/lib/filter';
import type { DatabaseHandle } from '../client';
import { incidentActorPairRollup, incidentActorRollup, incidentRollup, incidents } from '../schema';
import { filterCondition } from './filter-sql';
import { edgeFilter, type RollupScope } from './rollup-scope';

/** One group of incidents: counts and toll sums per (type, governorate). */
export interface TypeGovernorateRow {
  type: IncidentType;
  governorate: string; // '' = none
  n: number;
  killed: number;
  injured: number;
  kidnapped: number;
}

function edgeConditions(filter: IncidentFilter, scope: RollupScope): SQL[] {
  return scope.edges.map((e) => filterCondition(edgeFilter(filter, e))!);
}

/** Count and toll sums per (type, governorate) for the filtered incidents. */
export function typeGovernorateRows(h: DatabaseHandle, filter: IncidentFilter, scope: RollupScope): TypeGovernorateRow[] {
  const out: TypeGovernorateRow[] = [];
  if (scope.months) {
    const t = scope.actor ? incidentActorRollup : incidentRollup;
    const where = scope.actor ? scope.actorMonths : scope.months;
    out.push(
      ...h.db.all<TypeGovernorateRow>(
        sql`SELECT ${t.type} AS type, ${t.governorate} AS governorate, sum(${t.n}) AS n, sum(${t.killed}) AS killed,
                   sum(${t.injured}) AS injured, sum(${t.kidnapped}) AS kidnapped
              FROM ${t} WHERE ${where} GROUP BY ${t.type}, ${t.governorate}`,
      ),
    );
  }
  for (const c of edgeConditions(filter, scope)) {
    out.push(
      ...h.db.all<TypeGovernorateRow>(
        sql`SELECT ${incidents.type} AS type, coalesce(${incidents.governorate}, '') AS governorate, count(*) AS n,
                   coalesce(sum(${incidents.killed}), 0) AS killed, coalesce(sum(${incidents.injured}), 0) AS injured,
                   coalesce(sum(${incidents.kidnapped}), 0) AS kidnapped
              FROM ${incidents} WHERE ${c} GROUP BY 1, 2`,
      ),
    );
  }
  return out;
}

/** The number of filtered incidents. */
export function rollupCount(h: DatabaseHandle, filter: IncidentFilter, scope: RollupScope): number {
  let n = 0;
  if (scope.months) {
    const t = scope.actor ? incidentActorRollup : incidentRollup;
    n += h.db.get<{ n: number | null }>(sql`SELECT sum(${t.n}) AS n FROM ${t} WHERE ${scope.actor ? scope.actorMonths : scope.months}`)?.n ?? 0;
  }
  for (const c of edgeConditions(filter, scope)) n += h.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${incidents} WHERE ${c}`)?.n ?? 0;
  return n;
}

/** Incidents per (actor, role); only for filters without an actor (co-occurrence is not rolled up). */
export function actorRows(h: DatabaseHandle, filter: IncidentFilter, scope: RollupScope): { id: ActorId; role: ActorRole; count: number }[] {
  const counts = new Map<string, { id: ActorId; role: ActorRole; count: number }>();
  const add = (rows: { id: ActorId; role: ActorRole; count: number }[]) => {
    for (const r of rows) {
      const key = `${r.id}|${r.role}`;
      const had = counts.get(key);
      if (had) had.count += r.count;
      else counts.set(key, { ...r });
    }
  };
  const t = incidentActorRollup;
  if (!filterHasDimensions(filter)) {
    // Everything: the co-occurrence rollup's diagonal (an actor-role link with itself)
    // is the number of incidents with that link — a few hundred rows instead of all.
    const p = incidentActorPairRollup;
    return h.db.all<{ id: ActorId; role: ActorRole; count: number }>(
      sql`SELECT ${p.actor} AS id, ${p.role} AS role, ${p.n} AS count FROM ${p}
           WHERE ${p.otherActor} = ${p.actor} AND ${p.otherRole} = ${p.role} AND ${p.n} > 0`,
    );
  }
  if (scope.actorMonths) {
    add(
      h.db.all(
        sql`SELECT ${t.actor} AS id, ${t.role} AS role, sum(${t.n}) AS count FROM ${t}
             WHERE ${and(scope.actorMonths, sql`${t.role} <> 'any'`)} GROUP BY ${t.actor}, ${t.role}`,
      ),
    );
  }
  for (const c of edgeConditions(filter, scope)) {
    add(
      h.db.all(
        sql`SELECT actor AS id, role, count(*) AS count FROM incident_actors
             WHERE incident_id IN (SELECT ${incidents.id} FROM ${incidents} WHERE ${c}) GROUP BY actor, role`,
      ),
    );
  }
  return [...counts.values()].filter((r) => r.count > 0);
}

function filterHasDimensions(f: IncidentFilter): boolean {
  return !!(f.governorate.length || f.type.length || f.status.length || f.actor.length || f.from || f.to || f.q || (f.minKilled && f.minKilled > 0));
}

/** Incidents per (month, type) for a month timeline. */
export function monthTypeRows(h: DatabaseHandle, filter: IncidentFilter, scope: RollupScope): { type: IncidentType; date: string; count: number }[] {
  const out: { type: IncidentType; date: string; count: number }[] = [];
  if (scope.months) {
    const t = scope.actor ? incidentActorRollup : incidentRollup;
    const where = and(scope.actor ? scope.actorMonths : scope.months, sql`${t.month} <> ''`);
    // `date` is the first of the month: periodOf(…, 'month') only reads YYYY-MM.
    out.push(...h.db.all<{ type: IncidentType; date: string; count: number }>(
      sql`SELECT ${t.type} AS type, ${t.month} || '-01' AS date, sum(${t.n}) AS count FROM ${t} WHERE ${where} GROUP BY ${t.month}, ${t.type}`,
    ));
  }
  for (const c of edgeConditions(filter, scope)) {
    out.push(...h.db.all<{ type: IncidentType; date: string; count: number }>(
      sql`SELECT ${incidents.type} AS type, ${incidents.date} AS date, count(*) AS count FROM ${incidents}
           WHERE ${incidents.date} IS NOT NULL AND ${c} GROUP BY ${incidents.type}, ${incidents.date}`,
    ));
  }
  return out;
}

/** Rows → sorted {code|type|…, count} lists the way SQL's ORDER BY count DESC, key would give. */
export function countsBy<K extends string>(rows: TypeGovernorateRow[], key: (r: TypeGovernorateRow) => K | null): Map<K, number> {
  const m = new Map<K, number>();
  for (const r of rows) {
    const k = key(r);
    if (k === null || r.n === 0) continue;
    m.set(k, (m.get(k) ?? 0) + r.n);
  }
  return m;
}

export type { GovernorateCode };
