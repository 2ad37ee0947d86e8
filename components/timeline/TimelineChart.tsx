'use client';
/**
 * Incidents per period, stacked by type in the map's colours. Dragging the brush and
 * releasing it sets from/to in the URL, which re-filters every section.
 */
import { useRouter } from 'next/navigation';
import { useMemo, useTransition } from 'react';
import { Bar, BarChart, Brush, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { INCIDENT_TYPES, type IncidentType } from '@/lib/codebook';
import type { TimelineBucket } from '@/db/types';
import { INCIDENT_TYPE_COLOURS } from '@/components/incident-type-colours';
import { typeLabel } from '@/components/labels';
import { fillPeriods, periodEnd, periodStart } from './period-range';

type Row = { period: string } & Partial<Record<IncidentType, number>>;

const BUCKET_WORD: Record<TimelineBucket, string> = { day: 'day', week: 'week', month: 'month' };

export function TimelineChart({
  bucket,
  rows,
  filterQuery,
}: {
  bucket: TimelineBucket;
  rows: { period: string; type: IncidentType; count: number }[];
  filterQuery: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const { data, types } = useMemo(() => {
    const byPeriod = new Map<string, Row>();
    const present = new Set<IncidentType>();
    for (const r of rows) {
      const row = byPeriod.get(r.period) ?? { period: r.period };
      row[r.type] = (row[r.type] ?? 0) + r.count;
      byPeriod.set(r.period, row);
      present.add(r.type);
    }
    const periods = [...byPeriod.keys()].sort();
    const filled =
      periods.length > 0 ? fillPeriods(bucket, periods[0]!, periods.at(-1)!) : [];
    return {
      data: filled.map((p) => byPeriod.get(p) ?? { period: p }),
      types: INCIDENT_TYPES.filter((t) => present.has(t)),
    };
  }, [rows, bucket]);

  const applyRange = (startIndex?: number, endIndex?: number) => {
    if (startIndex === undefined || endIndex === undefined) return;
    if (startIndex === 0 && endIndex === data.length - 1) return; // nothing narrowed
    const first = data[startIndex];
    const last = data[endIndex];
    if (!first || !last) return;
    const p = new URLSearchParams(filterQuery);
    p.set('from', periodStart(bucket, first.period));
    p.set('to', periodEnd(bucket, last.period));
    startTransition(() => router.push(`/?${p.toString()}`, { scroll: false }));
  };

  if (data.length === 0) {
    return (
      <div className="timeline-frame empty" data-testid="timeline">
        <p>No dated incidents for this filter.</p>
      </div>
    );
  }

  return (
    <div className="timeline" data-testid="timeline" aria-busy={pending}>
      <p className="panel-caption">
        Incidents per {BUCKET_WORD[bucket]} — drag the handles below the chart to narrow the dates
      </p>
      <div className="timeline-frame">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            margin={{ top: 8, right: 12, bottom: 0, left: -12 }}
            // recharts' default 10% gap per side leaves hairlines once there are dozens of
            // periods (a multi-year monthly range); keep most of each slot for the bar.
            barCategoryGap={data.length > 24 ? 1 : '12%'}
          >
            <CartesianGrid stroke="#ebe8e1" vertical={false} />
            <XAxis dataKey="period" tick={{ fontSize: 11 }} minTickGap={24} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
            <Tooltip
              formatter={(value, name) => [value, typeLabel(String(name))]}
              labelFormatter={(label) =>
                bucket === 'week' ? `Week of ${String(label)}` : String(label)
              }
            />
            {types.map((t) => (
              <Bar key={t} dataKey={t} stackId="types" fill={INCIDENT_TYPE_COLOURS[t]} isAnimationActive={false} />
            ))}
            <Brush
              dataKey="period"
              height={22}
              stroke="#5b6b7f"
              travellerWidth={8}
              onDragEnd={(r) => applyRange(r.startIndex, r.endIndex)}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
