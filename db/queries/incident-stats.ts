/** Headline figures, breakdowns and the timeline for the filtered incidents. */
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { type ActorId, type ActorRole, type GovernorateCode, type IncidentType } from '@/lib/codebook';
import type { IncidentFilter } from '@/lib/filter';
import { getDatabase, type DatabaseHandle } from '../client';
import { incidentActorPairRollup, incidentActorRollup, incidentRollup, incidents } from '../schema';
import type { StatsResult } from '../types';
import { filterCondition, textMatchIds, whereSql } from './filter-sql';
import { actorRows, countsBy, monthTypeRows, typeGovernorateRows } from './rollup-stats';
import { rollupScope, type RollupScope } from './rollup-scope';
import { statsFromMatches } from './matched-stats';
import { statsFromColumns } from './column-stats';
import { columnsOf } from '../columns/incident-columns';
import { bucketForFilter, sortActors, sortedCounts, timelineRows } from './stats-timeline';

export { periodOf, timelineBucketFor } from './stats-timeline';

/**
 * The first or last incident date. One min() or max() per statement lets SQLite read it
 * off the end of the date index instead of scanning.
 */
function dataEdge(h: DatabaseHandle, condition: SQL | undefined, edge: 'min' | 'max'): string | null {
  const fn = edge === 'min' ? sql`min(${incidents.date})` : sql`max(${incidents.date})`;
  return h.db.get<{ d: string | null }>(sql`SELECT ${fn} AS d FROM ${incidents} WHERE ${incidents.date} IS NOT NULL ${condition ? sql`AND ${condition}` : sql``}`)?.d ?? null;
}

/**
 * dataEdge for a filter the rollups answer, when that end of the range is open: every
 * matching incident lies in a whole month of the rollup or in the edge at the other end,
 * so the first (last) such month holds the edge date; find it there with a bounded read.
 */
function rollupDataEdge(h: DatabaseHandle, filter: IncidentFilter, scope: RollupScope, condition: SQL | undefined, edge: 'min' | 'max'): string | null {
  const t = scope.actor ? incidentActorRollup : incidentRollup;
  const where = scope.actor ? scope.actorMonths : scope.months;
  if (!where) return dataEdge(h, condition, edge);
  const fn = edge === 'min' ? sql`min(${t.month})` : sql`max(${t.month})`;
  const month = h.db.get<{ m: string | null }>(sql`SELECT ${fn} AS m FROM ${t} WHERE ${where} AND ${t.month} <> ''`)?.m;
  if (!month) return dataEdge(h, condition, edge);
  const inMonth = sql`${incidents.date} >= ${`${month}-01`} AND ${incidents.date} <= ${`${month}-31`}`;
  // One month of the date index, each incident tested in place ('probe'), beats building
  // the list of every incident of a common actor first.
  const probe = filterCondition(filter, { shape: 'probe', sortColumn: incidents.date.name });
  return dataEdge(h, probe ? sql`${inMonth} AND ${probe}` : inMonth, edge) ?? dataEdge(h, condition, edge);
}

/**
 * A GROUP BY key. With a condition, `+col` stops SQLite from walking the grouping
 * column's index (in group order, one table lookup per incident to test the condition)
 * instead of the condition's index plus a small sort: seconds against milliseconds on a
 * million rows for, e.g., minKilled.
 */
const groupKey = (col: SQLiteColumn, condition: SQL | undefined) => (condition ? sql`+${col}` : sql`${col}`);

interface Headline {
  total: number;
  killed: number;
  injured: number;
  kidnapped: number;
  byType: StatsResult['byType'];
  byGovernorate: StatsResult['byGovernorate'];
}

function headlineFromRollup(h: DatabaseHandle, filter: IncidentFilter, scope: RollupScope): Headline {
  const rows = typeGovernorateRows(h, filter, scope);
  let total = 0, killed = 0, injured = 0, kidnapped = 0;
  for (const r of rows) {
    total += r.n;
    killed += r.killed;
    injured += r.injured;
    kidnapped += r.kidnapped;
  }
  return {
    total,
    killed,
    injured,
    kidnapped,
    byType: sortedCounts(countsBy(rows, (r) => r.type)).map(({ key, count }) => ({ type: key, count })),
    byGovernorate: sortedCounts(countsBy(rows, (r) => (r.governorate ? (r.governorate as GovernorateCode) : null))).map(({ key, count }) => ({ code: key, count })),
  };
}

function headlineFromIncidents(h: DatabaseHandle, filter: IncidentFilter): Headline {
  const where = whereSql(filter);
  // Separate statements on purpose: grouping the sums by type makes SQLite walk the type
  // index and fetch every row out of order (10× slower on a million rows than a scan).
  const totals = h.db.get<{ total: number; killed: number | null; injured: number | null; kidnapped: number | null }>(
    sql`SELECT count(*) AS total, sum(${incidents.killed}) AS killed, sum(${incidents.injured}) AS injured,
               sum(${incidents.kidnapped}) AS kidnapped
          FROM ${incidents} ${where}`,
  );
  const condition = filterCondition(filter);
  const byType = h.db.all<{ type: IncidentType; count: number }>(
    sql`SELECT ${incidents.type} AS type, count(*) AS count FROM ${incidents} ${where} GROUP BY ${groupKey(incidents.type, condition)} ORDER BY count DESC, type`,
  );
  const byGovernorate = h.db.all<{ code: GovernorateCode; count: number }>(
    sql`SELECT ${incidents.governorate} AS code, count(*) AS count FROM ${incidents}
         WHERE ${incidents.governorate} IS NOT NULL ${condition ? sql`AND ${condition}` : sql``}
         GROUP BY ${groupKey(incidents.governorate, condition)} ORDER BY count DESC, code`,
  );
  return {
    total: totals?.total ?? 0,
    killed: totals?.killed ?? 0,
    injured: totals?.injured ?? 0,
    kidnapped: totals?.kidnapped ?? 0,
    byType,
    byGovernorate,
  };
}

function actorsFromIncidents(h: DatabaseHandle, filter: IncidentFilter, useRollups: boolean): StatsResult['byActor'] {
  const onlyActors = filter.actor.length && !filter.governorate.length && !filter.type.length && !filter.status.length
    && !filter.from && !filter.to && !(filter.minKilled && filter.minKilled > 0) && !filter.q;
  const single = filter.actor.length === 1 ? filter.actor[0]! : undefined;
  if (onlyActors && single && useRollups) {
    const t = incidentActorPairRollup;
    const role = filter.actorRole === 'perpetrator' ? 'perpetrator' : 'any';
    return sortActors(
      h.db.all<{ id: ActorId; role: ActorRole; count: number }>(
        sql`SELECT ${t.otherActor} AS id, ${t.otherRole} AS role, ${t.n} AS count FROM ${t}
             WHERE ${t.actor} = ${single} AND ${t.role} = ${role} AND ${t.n} > 0`,
      ),
    );
  }
  if (onlyActors) {
    // The links alone say which incidents name the actor: no lookup in incidents needed.
    const role = filter.actorRole === 'perpetrator' ? sql` AND role = 'perpetrator'` : sql``;
    const ids = sql`SELECT incident_id FROM incident_actors WHERE actor IN (${sql.join(filter.actor.map((a) => sql`${a}`), sql`, `)})${role}`;
    return h.db.all<{ id: ActorId; role: ActorRole; count: number }>(
      sql`SELECT actor AS id, role, count(*) AS count FROM incident_actors WHERE incident_id IN (${ids})
           GROUP BY actor, role ORDER BY count DESC, id, role`,
    );
  }
  const condition = filterCondition(filter);
  return h.db.all<{ id: ActorId; role: ActorRole; count: number }>(
    sql`SELECT actor AS id, role, count(*) AS count FROM incident_actors
         ${condition ? sql`WHERE incident_id IN (SELECT ${incidents.id} FROM ${incidents} WHERE ${condition})` : sql``}
         GROUP BY actor, role ORDER BY count DESC, id, role`,
  );
}

function dayTypeRows(h: DatabaseHandle, filter: IncidentFilter): { type: IncidentType; date: string; count: number }[] {
  const condition = filterCondition(filter);
  // Grouping by (type, date) follows the (type, date) index with no sort; the few
  // thousand day rows are then folded into weeks or months here.
  // Only type and dates: the (type, date) index alone answers in group order, keep it.
  const onlyTypeAndDates = !filter.governorate.length && !filter.status.length && !filter.actor.length && !filter.q
    && !(filter.minKilled !== undefined && filter.minKilled > 0);
  const key = onlyTypeAndDates ? undefined : condition;
  return h.db.all<{ type: IncidentType; date: string; count: number }>(
    sql`SELECT ${incidents.type} AS type, ${incidents.date} AS date, count(*) AS count FROM ${incidents}
         WHERE ${incidents.date} IS NOT NULL ${condition ? sql`AND ${condition}` : sql``}
         GROUP BY ${groupKey(incidents.type, key)}, ${groupKey(incidents.date, key)}`,
  );
}

/**
 * Read from the rollups when the filter only uses what they keep (rollup-scope.ts),
 * else from one pass over the matching incidents: in the in-memory columns
 * (column-stats.ts), or in SQLite (matched-stats.ts) where the handle keeps none or is
 * inside a write transaction. Every path gives the figures incidentStatsFromIncidents gives.
 */
export function incidentStats(filter: IncidentFilter, h: DatabaseHandle = getDatabase()): StatsResult {
  const scope = rollupScope(filter);
  if (scope) return computeStats(filter, h, scope);
  const cols = columnsOf(h);
  if (!cols) return statsFromMatches(h, filter);
  return statsFromColumns(cols, filter, filter.q ? textMatchIds(h, filter.q) : undefined);
}

/** The same figures read from the incidents only (tests compare the two paths). */
export function incidentStatsFromIncidents(filter: IncidentFilter, h: DatabaseHandle = getDatabase()): StatsResult {
  return computeStats(filter, h, null);
}

function computeStats(filter: IncidentFilter, h: DatabaseHandle, scope: RollupScope | null): StatsResult {
  const headline = scope ? headlineFromRollup(h, filter, scope) : headlineFromIncidents(h, filter);
  const byActor = scope && !scope.actor ? sortActors(actorRows(h, filter, scope)) : actorsFromIncidents(h, filter, scope !== null);

  const condition = filterCondition(filter);
  const edgeOf = (edge: 'min' | 'max') => (scope ? rollupDataEdge(h, filter, scope, condition, edge) : dataEdge(h, condition, edge));
  const bucket = bucketForFilter(filter, () => edgeOf('min'), () => edgeOf('max'));
  const days = scope && bucket === 'month' ? monthTypeRows(h, filter, scope) : dayTypeRows(h, filter);
  return { ...headline, byActor, timeline: { bucket, rows: timelineRows(days, bucket) } };
}
