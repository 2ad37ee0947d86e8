import type { IncidentFilter } from '@/lib/filter';
import { loadStats } from '@/components/dashboard-data';

export async function StatsSummary({ filter }: { filter: IncidentFilter }) {
  const stats = await loadStats(filter);
  const figures = [
    { label: 'Killed', value: stats.killed, testId: 'stat-killed' },
    { label: 'Injured', value: stats.injured, testId: 'stat-injured' },
    { label: 'Kidnapped', value: stats.kidnapped, testId: 'stat-kidnapped' },
  ];
  return (
    <dl className="stats-summary">
      {figures.map((f) => (
        <div key={f.label} className="stat">
          <dt>{f.label}</dt>
          <dd data-testid={f.testId}>{f.value.toLocaleString('en')}</dd>
        </div>
      ))}
    </dl>
  );
}
