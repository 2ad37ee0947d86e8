'use client';
import 'leaflet/dist/leaflet.css';
import { useState } from 'react';
import { MapContainer, TileLayer } from 'react-leaflet';
import type { MapCluster } from '@/db/types';
import { BoundaryLayers } from './BoundaryLayers';
import { ClusterLayer } from './ClusterLayer';
import { MapLegend } from './MapLegend';
import { INITIAL_CENTER, INITIAL_ZOOM, MAX_ZOOM, MIN_ZOOM } from './map-constants';

export interface LeafletMapProps {
  clusters: MapCluster[];
  clusterZoom: number;
  byGovernorate: Record<string, number>;
  filterQuery: string;
  selectedGovernorates: readonly string[];
  tileUrl: string | null;
  tileAttribution: string | null;
}

export type MapMode = 'markers' | 'choropleth';

export default function LeafletMap(props: LeafletMapProps) {
  const [mode, setMode] = useState<MapMode>('markers');
  const total = props.clusters.reduce((n, c) => n + c.count, 0);

  return (
    <div className="map-wrap" data-testid="incident-map" data-marker-total={total}>
      <div className="map-toolbar" role="group" aria-label="Map mode">
        <button type="button" aria-pressed={mode === 'markers'} onClick={() => setMode('markers')}>
          Markers
        </button>
        <button type="button" aria-pressed={mode === 'choropleth'} onClick={() => setMode('choropleth')}>
          Choropleth
        </button>
      </div>
      <MapContainer
        className="map-frame"
        center={INITIAL_CENTER}
        zoom={INITIAL_ZOOM}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        maxBounds={[
          [24, 33],
          [42, 55],
        ]}
        scrollWheelZoom
      >
        {props.tileUrl && <TileLayer url={props.tileUrl} attribution={props.tileAttribution ?? undefined} />}
        <BoundaryLayers
          mode={mode}
          byGovernorate={props.byGovernorate}
          selected={props.selectedGovernorates}
          showFill={!props.tileUrl}
        />
        {mode === 'markers' && (
          <ClusterLayer
            initialClusters={props.clusters}
            initialZoom={props.clusterZoom}
            filterQuery={props.filterQuery}
          />
        )}
      </MapContainer>
      <MapLegend mode={mode} byGovernorate={props.byGovernorate} />
    </div>
  );
}
