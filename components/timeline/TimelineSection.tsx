import { filterToSearchParams, type IncidentFilter } from '@/lib/filter';
import { loadStats } from '@/components/dashboard-data';
import { TimelineChart } from './TimelineChart';

export async function TimelineSection({ filter }: { filter: IncidentFilter }) {
  const stats = await loadStats(filter);
  return (
    <TimelineChart
      bucket={stats.timeline.bucket}
      rows={stats.timeline.rows}
      filterQuery={filterToSearchParams(filter).toString()}
    />
  );
}
