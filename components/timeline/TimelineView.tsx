'use client';
/**
 * The timeline panel. Its bars are drawn at once as plain SVG (TimelineBars); the
 * interactive chart with the date brush needs recharts, so it is loaded once the page
 * has rendered and the browser is idle, and takes over when ready — keeping that bundle
 * out of the JavaScript the first paint waits for.
 */
import { useEffect, useMemo, useState, type ComponentType } from 'react';
import type { IncidentType } from '@/lib/codebook';
import type { TimelineBucket } from '@/db/types';
import { TimelineBars } from './TimelineBars';
import { BUCKET_WORD, stackByPeriod } from './timeline-data';
import type { TimelineChartProps } from './TimelineChart';

export function TimelineView({
  bucket,
  rows,
}: {
  bucket: TimelineBucket;
  rows: { period: string; type: IncidentType; count: number }[];
}) {
  const stacked = useMemo(() => stackByPeriod(rows, bucket), [rows, bucket]);
  const [Chart, setChart] = useState<ComponentType<TimelineChartProps> | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void import('./TimelineChart').then((m) => {
        if (live) setChart(() => m.TimelineChart);
      });
    // After the browser's current work (hydration, then the map drawing its markers):
    // the static bars already show the data, the handles can come a moment later.
    const idle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(load, { timeout: 2000 }) : null;
    const timer = idle === null ? setTimeout(load, 200) : null;
    return () => {
      live = false;
      if (idle !== null) window.cancelIdleCallback(idle);
      if (timer !== null) clearTimeout(timer);
    };
  }, []);

  if (stacked.data.length === 0) {
    return (
      <div className="timeline-frame empty" data-testid="timeline">
        <p>No dated incidents for this filter.</p>
      </div>
    );
  }
  if (Chart) return <Chart bucket={bucket} {...stacked} />;
  return (
    <div className="timeline" data-testid="timeline" aria-busy="true">
      <p className="panel-caption">Incidents per {BUCKET_WORD[bucket]} — loading the date handles…</p>
      <div className="timeline-frame timeline-frame-static">
        <TimelineBars {...stacked} />
      </div>
    </div>
  );
}
