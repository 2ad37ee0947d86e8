import { MapSkeleton, TableSkeleton, TimelineSkeleton } from '@/components/skeletons';

export default function Loading() {
  return (
    <div className="dashboard" aria-busy="true">
      <aside className="filters-column">
        <div className="skeleton-block" style={{ height: 480 }} />
      </aside>
      <div className="results-column">
        <div className="viz-grid">
          <section className="panel map-panel">
            <MapSkeleton />
          </section>
          <section className="panel timeline-panel">
            <TimelineSkeleton />
          </section>
        </div>
        <section className="panel table-panel">
          <TableSkeleton />
        </section>
      </div>
    </div>
  );
}
