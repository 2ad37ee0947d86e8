'use client';
/**
 * Incidents per period, stacked by type in the map's colours. Dragging the brush and
 * releasing it sets from/to in the URL, which re-filters every section. Loaded by
 * TimelineView once the page has rendered (recharts is a large bundle).
 */
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { Bar, BarChart, Brush, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { TimelineBucket } from '@/db/types';
import { INCIDENT_TYPE_COLOURS } from '@/components/incident-type-colours';
import { typeLabel } from '@/components/labels';
import { patchedDashboardHref } from '@/components/dashboard-url';
import { periodEnd, periodStart } from './period-range';
import { BUCKET_WORD, type StackedTimeline } from './timeline-data';

/** About this many period labels fit under the chart. */
const AXIS_LABELS = 10;

/**
 * One stacked segment as a plain SVG rect. recharts' default shape measures every path
 * after it mounts (for animations this chart does not use) and renders it again: with
 * a decade of months × seven types that was ~1,000 extra renders on the first load.
 */
function barSegment({ x, y, width, height, fill }: BarShapeProps) {
  if (!(width > 0) || !(height > 0)) return <g />;
  return <rect x={x} y={y} width={width} height={height} fill={fill} />;
}

export interface TimelineChartProps extends StackedTimeline {
  bucket: TimelineBucket;
}

export function TimelineChart({ bucket, data, types }: TimelineChartProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const applyRange = (startIndex?: number, endIndex?: number) => {
    if (startIndex === undefined || endIndex === undefined) return;
    if (startIndex === 0 && endIndex === data.length - 1) return; // nothing narrowed
    const first = data[startIndex];
    const last = data[endIndex];
    if (!first || !last) return;
    // The current URL, so the table's sort and page size survive the new date range.
    const href = patchedDashboardHref(window.location.search, {
      set: { from: periodStart(bucket, first.period), to: periodEnd(bucket, last.period) },
    });
    startTransition(() => router.push(href, { scroll: false }));
  };

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
            {/* A fixed label interval: recharts' default measures every label's text in the DOM. */}
            <XAxis
              dataKey="period"
              tick={{ fontSize: 11 }}
              interval={Math.max(0, Math.ceil(data.length / AXIS_LABELS) - 1)}
            />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
            <Tooltip
              formatter={(value, name) => [value, typeLabel(String(name))]}
              labelFormatter={(label) =>
                bucket === 'week' ? `Week of ${String(label)}` : String(label)
              }
            />
            {types.map((t) => (
              <Bar
                key={t}
                dataKey={t}
                stackId="types"
                fill={INCIDENT_TYPE_COLOURS[t]}
                isAnimationActive={false}
                shape={barSegment}
              />
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
