/** Timeline buckets and the ordering rules every stats path shares, so their answers agree. */
import { INCIDENT_TYPES, type ActorId, type ActorRole, type IncidentType } from '@/lib/codebook';
import type { StatsResult, TimelineBucket } from '../types';

const DAY_MS = 86_400_000;

/** ≤ 92 days → day, ≤ 2 years → week, else month. */
export function timelineBucketFor(from: string, to: string): TimelineBucket {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  if (days <= 92) return 'day';
  if (days <= 731) return 'week';
  return 'month';
}

/**
 * The bucket for the range the analyst asked for; an open end falls back to the data's
 * first or last matching date (read only when that end is open).
 */
export function bucketForFilter(f: { from?: string; to?: string }, dataFirst: () => string | null, dataLast: () => string | null): TimelineBucket {
  const from = f.from ?? dataFirst();
  const to = f.to ?? dataLast();
  return from && to ? timelineBucketFor(from, to) : 'day';
}

/** The label of the period a YYYY-MM-DD date falls in. */
export function periodOf(date: string, bucket: TimelineBucket): string {
  if (bucket === 'day') return date;
  if (bucket === 'month') return date.slice(0, 7);
  // Weeks are labelled by their Monday.
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const TYPE_ORDER = new Map(INCIDENT_TYPES.map((t, i) => [t, i]));

/** Per-day (or per-month) counts by type folded into the bucket's periods, sorted. */
export function timelineRows(days: Iterable<{ type: IncidentType; date: string; count: number }>, bucket: TimelineBucket): StatsResult['timeline']['rows'] {
  const byPeriod = new Map<string, { period: string; type: IncidentType; count: number }>();
  for (const d of days) {
    if (d.count === 0) continue;
    const period = periodOf(d.date, bucket);
    const key = `${period}|${d.type}`;
    const row = byPeriod.get(key);
    if (row) row.count += d.count;
    else byPeriod.set(key, { period, type: d.type, count: d.count });
  }
  return [...byPeriod.values()].sort(
    (a, b) => a.period.localeCompare(b.period) || (TYPE_ORDER.get(a.type) ?? 0) - (TYPE_ORDER.get(b.type) ?? 0),
  );
}

/** SQL's BINARY order for ASCII keys (localeCompare would differ). */
export const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Count DESC, then key: what `ORDER BY count DESC, key` gives. */
export function sortedCounts<K extends string>(m: Map<K, number>): { key: K; count: number }[] {
  return [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || binary(a.key, b.key));
}

export function sortActors(rows: { id: ActorId; role: ActorRole; count: number }[]): { id: ActorId; role: ActorRole; count: number }[] {
  return rows.sort((a, b) => b.count - a.count || binary(a.id, b.id) || binary(a.role, b.role));
}
