/**
 * The timeline's bars as plain SVG, drawn with the page's HTML: what the analyst sees
 * while the interactive chart (recharts, a large bundle) loads and replaces it. Same
 * stacking and colours as the chart; no axes or handles.
 */
import { INCIDENT_TYPE_COLOURS } from '@/components/incident-type-colours';
import type { StackedTimeline } from './timeline-data';

const HEIGHT = 100;

export function TimelineBars({ data, types }: StackedTimeline) {
  const totals = data.map((row) => types.reduce((n, t) => n + (row[t] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const gap = data.length > 24 ? 0.1 : 0.25;
  const rects = data.flatMap((row, i) => {
    let top = HEIGHT;
    return types.flatMap((t) => {
      const n = row[t] ?? 0;
      if (n <= 0) return [];
      const h = (n / max) * HEIGHT;
      top -= h;
      return [<rect key={`${i}-${t}`} x={i + gap / 2} y={top} width={1 - gap} height={h} fill={INCIDENT_TYPE_COLOURS[t]} />];
    });
  });
  return (
    <svg
      className="timeline-bars"
      data-testid="timeline-bars"
      viewBox={`0 0 ${data.length} ${HEIGHT}`}
      preserveAspectRatio="none"
      style={{ display: 'block', width: '100%', height: '100%' }}
      role="img"
      aria-label={`Incidents per period, ${data[0]?.period} to ${data.at(-1)?.period}`}
    >
      {rects}
    </svg>
  );
}
