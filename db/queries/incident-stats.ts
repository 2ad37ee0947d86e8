/** Headline figures, breakdowns and the timeline for the filtered incidents. */
import { sql } from 'drizzle-orm';
import { INCIDENT_TYPES, type ActorId, type ActorRole, type GovernorateCode, type IncidentType } from '@/lib/codebook';
import type { IncidentFilter } from '@/lib/filter';
import { getDatabase, type DatabaseHandle } from '../client';
import { incidents } from '../schema';
import type { StatsResult, TimelineBucket } from '../types';
import { filterCondition, whereSql } from './filter-sql';

const DAY_MS = 86_400_000;

/** ≤ 92 days → day, ≤ 2 years → week, else month. */
export function timelineBucketFor(from: string, to: string): TimelineBucket {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  if (days <= 92) return 'day';
  if (days <= 731) return 'week';
  return 'month';
}

/** SQL for the period label of `incidents.date` in each bucket size. */
const PERIOD_SQL: Record<TimelineBucket, ReturnType<typeof sql>> = {
  day: sql`${incidents.date}`,
  // Monday of the date's week: strftime('%w') is 0 for Sunday.
  week: sql`date(${incidents.date}, '-' || ((CAST(strftime('%w', ${incidents.date}) AS INTEGER) + 6) % 7) || ' days')`,
  month: sql`substr(${incidents.date}, 1, 7)`,
};

const TYPE_ORDER = new Map(INCIDENT_TYPES.map((t, i) => [t, i]));

export function incidentStats(filter: IncidentFilter, h: DatabaseHandle = getDatabase()): StatsResult {
  const where = whereSql(filter);
  const totals = h.db.get<{ total: number; killed: number | null; injured: number | null; kidnapped: number | null; minDate: string | null; maxDate: string | null }>(
    sql`SELECT count(*) AS total, sum(${incidents.killed}) AS killed, sum(${incidents.injured}) AS injured,
               sum(${incidents.kidnapped}) AS kidnapped, min(${incidents.date}) AS minDate, max(${incidents.date}) AS maxDate
          FROM ${incidents} ${where}`,
  );

  const byType = h.db.all<{ type: IncidentType; count: number }>(
    sql`SELECT ${incidents.type} AS type, count(*) AS count FROM ${incidents} ${where} GROUP BY ${incidents.type} ORDER BY count DESC, type`,
  );

  const govCondition = filterCondition(filter);
  const byGovernorate = h.db.all<{ code: GovernorateCode; count: number }>(
    sql`SELECT ${incidents.governorate} AS code, count(*) AS count FROM ${incidents}
         WHERE ${incidents.governorate} IS NOT NULL ${govCondition ? sql`AND ${govCondition}` : sql``}
         GROUP BY ${incidents.governorate} ORDER BY count DESC, code`,
  );

  const byActor = h.db.all<{ id: ActorId; role: ActorRole; count: number }>(
    sql`SELECT actor AS id, role, count(*) AS count FROM incident_actors
         WHERE incident_id IN (SELECT ${incidents.id} FROM ${incidents} ${where})
         GROUP BY actor, role ORDER BY count DESC, id, role`,
  );

  // The bucket follows the range the analyst asked for; open ends fall back to the data.
  const from = filter.from ?? totals?.minDate ?? null;
  const to = filter.to ?? totals?.maxDate ?? null;
  const bucket: TimelineBucket = from && to ? timelineBucketFor(from, to) : 'day';
  const period = PERIOD_SQL[bucket];
  const datedCondition = filterCondition(filter);
  const rows = h.db
    .all<{ period: string; type: IncidentType; count: number }>(
      sql`SELECT ${period} AS period, ${incidents.type} AS type, count(*) AS count FROM ${incidents}
           WHERE ${incidents.date} IS NOT NULL ${datedCondition ? sql`AND ${datedCondition}` : sql``}
           GROUP BY period, ${incidents.type}`,
    )
    .sort((a, b) => a.period.localeCompare(b.period) || (TYPE_ORDER.get(a.type) ?? 0) - (TYPE_ORDER.get(b.type) ?? 0));

  return {
    total: totals?.total ?? 0,
    killed: totals?.killed ?? 0,
    injured: totals?.injured ?? 0,
    kidnapped: totals?.kidnapped ?? 0,
    byType,
    byGovernorate,
    byActor,
    timeline: { bucket, rows },
  };
}
