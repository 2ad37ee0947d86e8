'use client';
/** Leaflet touches `window` on import, so the map itself loads in the browser only. */
import dynamic from 'next/dynamic';
import type { LeafletMapProps } from './LeafletMap';

const LeafletMap = dynamic(() => import('./LeafletMap'), {
  ssr: false,
  loading: () => (
    <div className="map-frame skeleton-block" aria-busy="true">
      <span className="skeleton-label">Loading map…</span>
    </div>
  ),
});

export function IncidentMap(props: LeafletMapProps) {
  return <LeafletMap {...props} />;
}
