/**
 * incidentStats for filters the rollups cannot answer (free text, minimum killed, several
 * actors, …): one statement finds the matching incidents once and returns, per incident,
 * its id and the few columns the figures need (from a covering index where one fits);
 * the totals, breakdowns, data range and timeline are folded here, and the per-actor
 * counts come from one grouped read of the links of exactly those ids. The incidents-only
 * path runs the filter once per figure instead (five or six full-text matches or
 * random-access walks).
 */
import { sql } from 'drizzle-orm';
import type { GovernorateCode, IncidentType } from '@/lib/codebook';
import type { IncidentFilter } from '@/lib/filter';
import type { DatabaseHandle } from '../client';
import { incidents } from '../schema';
import type { StatsResult } from '../types';
import { filterCondition } from './filter-sql';
import { chooseActorShape, incidentsSource } from './filter-plan';
import { bucketForFilter, sortActors, sortedCounts, timelineRows } from './stats-timeline';

type MatchRow = [id: number, type: IncidentType, date: string | null, governorate: GovernorateCode | null, killed: number | null, injured: number | null, kidnapped: number | null];

/** Each matching incident once, with the columns the figures need. */
function matchingRows(h: DatabaseHandle, filter: IncidentFilter): MatchRow[] {
  const condition = filterCondition(filter, { actorShape: chooseActorShape(h, filter) });
  return h.db.values<MatchRow>(
    sql`SELECT ${incidents.id}, ${incidents.type}, ${incidents.date}, ${incidents.governorate}, ${incidents.killed}, ${incidents.injured}, ${incidents.kidnapped}
          FROM ${incidentsSource(filter)} ${condition ? sql`WHERE ${condition}` : sql``}`,
  );
}

/**
 * Incidents per (actor, role) among the given incidents, seeded with their ids instead of
 * evaluating the filter again (for free text, a second full-text match). Ascending ids
 * walk the links' primary key in order.
 */
function linkCounts(h: DatabaseHandle, ids: Float64Array): StatsResult['byActor'] {
  if (ids.length === 0) return [];
  ids.sort();
  return h.db.all<StatsResult['byActor'][number]>(
    sql`SELECT a.actor AS id, a.role AS role, count(*) AS count FROM json_each(${JSON.stringify(Array.from(ids))}) j
         CROSS JOIN incident_actors a WHERE a.incident_id = j.value GROUP BY a.actor, a.role`,
  );
}

export function statsFromMatches(h: DatabaseHandle, filter: IncidentFilter): StatsResult {
  let total = 0, killed = 0, injured = 0, kidnapped = 0;
  const byType = new Map<IncidentType, number>();
  const byGovernorate = new Map<GovernorateCode, number>();
  const byDayType = new Map<string, { type: IncidentType; date: string; count: number }>();
  let first: string | null = null;
  let last: string | null = null;
  const rows = matchingRows(h, filter);
  const ids = new Float64Array(rows.length);
  for (const [id, type, date, governorate, k, i, n] of rows) {
    ids[total++] = id;
    killed += k ?? 0;
    injured += i ?? 0;
    kidnapped += n ?? 0;
    byType.set(type, (byType.get(type) ?? 0) + 1);
    if (governorate !== null) byGovernorate.set(governorate, (byGovernorate.get(governorate) ?? 0) + 1);
    if (date !== null) {
      if (first === null || date < first) first = date;
      if (last === null || date > last) last = date;
      const key = `${type}|${date}`;
      const day = byDayType.get(key);
      if (day) day.count++;
      else byDayType.set(key, { type, date, count: 1 });
    }
  }
  const bucket = bucketForFilter(filter, () => first, () => last);
  return {
    total,
    killed,
    injured,
    kidnapped,
    byType: sortedCounts(byType).map(({ key, count }) => ({ type: key, count })),
    byGovernorate: sortedCounts(byGovernorate).map(({ key, count }) => ({ code: key, count })),
    byActor: sortActors(linkCounts(h, ids)),
    timeline: { bucket, rows: timelineRows(byDayType.values(), bucket) },
  };
}
