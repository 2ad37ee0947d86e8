'use client';
import { INCIDENT_TYPES } from '@/lib/codebook';
import { INCIDENT_TYPE_COLOURS } from '@/components/incident-type-colours';
import { typeLabel } from '@/components/labels';
import { choroplethClasses } from './choropleth';
import type { MapMode } from './LeafletMap';

export function MapLegend({ mode, byGovernorate }: { mode: MapMode; byGovernorate: Record<string, number> }) {
  if (mode === 'choropleth') {
    const classes = choroplethClasses(Math.max(0, ...Object.values(byGovernorate)));
    return (
      <div className="map-legend" aria-label="Legend">
        <span className="legend-title">Incidents per governorate</span>
        {classes.length === 0 && <span>No located incidents</span>}
        {classes.map((c) => (
          <span key={c.min} className="legend-item">
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
            {c.min === c.max ? c.min : `${c.min}–${c.max}`}
          </span>
        ))}
      </div>
    );
  }
  return (
    <div className="map-legend" aria-label="Legend">
      {INCIDENT_TYPES.map((t) => (
        <span key={t} className="legend-item">
          <span className="swatch round" style={{ background: INCIDENT_TYPE_COLOURS[t] }} aria-hidden="true" />
          {typeLabel(t)}
        </span>
      ))}
      <span className="legend-item muted">Larger circles: clusters (number = incidents)</span>
    </div>
  );
}
