/** Placeholders shown while a section's data streams in; sized like the real thing to avoid layout jumps. */
export function CountSkeleton() {
  return <p className="incident-count skeleton-text" aria-busy="true">Counting incidents…</p>;
}

export function StatsSkeleton() {
  return <div className="stats-summary skeleton-block" style={{ height: 44, width: 320 }} aria-hidden="true" />;
}

export function MapSkeleton() {
  return (
    <div className="map-frame skeleton-block" aria-busy="true">
      <span className="skeleton-label">Loading map…</span>
    </div>
  );
}

export function TimelineSkeleton() {
  return (
    <div className="timeline-frame skeleton-block" aria-busy="true">
      <span className="skeleton-label">Loading timeline…</span>
    </div>
  );
}

export function TableSkeleton() {
  return (
    <div aria-busy="true">
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="skeleton-row" />
      ))}
    </div>
  );
}
