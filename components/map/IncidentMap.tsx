'use client';
/** Leaflet touches `window` on import, so the map itself loads in the browser only. */
import dynamic from 'next/dynamic';
import type { LeafletMapProps } from './LeafletMap';

// Start fetching the map's chunk (Leaflet + boundaries) as soon as this module runs in
// the browser, i.e. while the page hydrates, instead of when the map first renders
// after hydration: that waterfall cost about a second on the first load.
// The bundler loads one chunk for both import() calls.
if (typeof window !== 'undefined') void import('./LeafletMap');

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
