import type { IncidentFilter } from '@/lib/filter';
import { loadStats } from '@/components/dashboard-data';

export async function IncidentCount({ filter }: { filter: IncidentFilter }) {
  const stats = await loadStats(filter);
  return (
    <p className="incident-count" data-testid="incident-count" data-count={stats.total}>
      <strong>{stats.total.toLocaleString('en')}</strong> {stats.total === 1 ? 'incident' : 'incidents'}
    </p>
  );
}
