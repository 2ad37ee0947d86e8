/**
 * The date range a timeline bar covers, for turning a brush selection into from/to.
 * Periods follow db/types StatsResult.timeline: 'YYYY-MM-DD' for a day, the Monday
 * 'YYYY-MM-DD' for a week, 'YYYY-MM' for a month.
 */
import type { TimelineBucket } from '@/db/types';

function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function lastDayOfMonth(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m, 0)); // day 0 of the next month
  return d.toISOString().slice(0, 10);
}

export function periodStart(bucket: TimelineBucket, period: string): string {
  return bucket === 'month' ? `${period.slice(0, 7)}-01` : period.slice(0, 10);
}

export function periodEnd(bucket: TimelineBucket, period: string): string {
  if (bucket === 'month') return lastDayOfMonth(period.slice(0, 7));
  if (bucket === 'week') return addDays(period.slice(0, 10), 6);
  return period.slice(0, 10);
}

/** Every period from first to last, so quiet days/weeks/months show as gaps, not vanish. */
export function fillPeriods(bucket: TimelineBucket, first: string, last: string, limit = 5000): string[] {
  const out: string[] = [];
  let cur = first;
  while (cur <= last && out.length < limit) {
    out.push(cur);
    if (bucket === 'month') {
      const [y, m] = cur.split('-').map(Number) as [number, number];
      cur = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    } else cur = addDays(cur, bucket === 'week' ? 7 : 1);
  }
  return out;
}
