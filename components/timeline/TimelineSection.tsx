import type { IncidentFilter } from '@/lib/filter';
import { loadStats } from '@/components/dashboard-data';
import { TimelineView } from './TimelineView';

export async function TimelineSection({ filter }: { filter: IncidentFilter }) {
  const stats = await loadStats(filter);
  return (
    <TimelineView bucket={stats.timeline.bucket} rows={stats.timeline.rows} />
  );
}
