/** Timeline rows (period × type counts) → one row per period, quiet periods filled in. */
import { INCIDENT_TYPES, type IncidentType } from '@/lib/codebook';
import type { TimelineBucket } from '@/db/types';
import { fillPeriods } from './period-range';

export const BUCKET_WORD: Record<TimelineBucket, string> = { day: 'day', week: 'week', month: 'month' };

export type TimelineRow = { period: string } & Partial<Record<IncidentType, number>>;

export interface StackedTimeline {
  data: TimelineRow[];
  /** The types present, in codebook order (the stacking order). */
  types: IncidentType[];
}

export function stackByPeriod(rows: { period: string; type: IncidentType; count: number }[], bucket: TimelineBucket): StackedTimeline {
  const byPeriod = new Map<string, TimelineRow>();
  const present = new Set<IncidentType>();
  for (const r of rows) {
    const row = byPeriod.get(r.period) ?? { period: r.period };
    row[r.type] = (row[r.type] ?? 0) + r.count;
    byPeriod.set(r.period, row);
    present.add(r.type);
  }
  const periods = [...byPeriod.keys()].sort();
  const filled = periods.length > 0 ? fillPeriods(bucket, periods[0]!, periods.at(-1)!) : [];
  return {
    data: filled.map((p) => byPeriod.get(p) ?? { period: p }),
    types: INCIDENT_TYPES.filter((t) => present.has(t)),
  };
}
