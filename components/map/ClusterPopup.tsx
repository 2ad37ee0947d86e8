'use client';
import { useMap } from 'react-leaflet';
import type { MapCluster } from '@/db/types';
import { INCIDENT_TYPES } from '@/lib/codebook';
import { INCIDENT_TYPE_COLOURS } from '@/components/incident-type-colours';
import { typeLabel } from '@/components/labels';

export function ClusterPopup({ cluster }: { cluster: MapCluster }) {
  const map = useMap();
  const rows = INCIDENT_TYPES.filter((t) => (cluster.types[t] ?? 0) > 0);
  return (
    <div className="popup" data-testid="cluster-popup">
      <p className="popup-title">{cluster.count.toLocaleString('en')} incidents here</p>
      <ul className="popup-types">
        {rows.map((t) => (
          <li key={t}>
            <span className="swatch" style={{ background: INCIDENT_TYPE_COLOURS[t] }} aria-hidden="true" />
            {typeLabel(t)}: {cluster.types[t]}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button small"
        onClick={() => map.flyTo([cluster.lat, cluster.lon], Math.min(map.getMaxZoom(), map.getZoom() + 2))}
      >
        Zoom in
      </button>
    </div>
  );
}
