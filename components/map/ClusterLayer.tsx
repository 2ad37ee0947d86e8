'use client';
/**
 * Incident markers. The first paint uses the server's clusters (props); after the user
 * zooms, clusters for the new zoom come from /api/map with the same filter. Cells with
 * one incident are points of that incident, others are circles sized by count.
 */
import { useEffect, useRef, useState } from 'react';
import { CircleMarker, Popup, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import type { MapCluster } from '@/db/types';
import { INCIDENT_TYPE_COLOURS } from '@/components/incident-type-colours';
import { ClusterPopup } from './ClusterPopup';
import { IncidentPopup } from './IncidentPopup';

interface Loaded {
  query: string;
  zoom: number;
  clusters: MapCluster[];
}

function radiusFor(count: number): number {
  return count <= 1 ? 6 : Math.min(24, 8 + 2.6 * Math.log2(count));
}

async function fetchClusters(query: string, zoom: number, signal: AbortSignal): Promise<MapCluster[]> {
  const res = await fetch(`/api/map?zoom=${zoom}${query ? `&${query}` : ''}`, { signal });
  if (!res.ok) throw new Error(`map request failed: ${res.status}`);
  const body: unknown = await res.json();
  if (Array.isArray(body)) return body as MapCluster[];
  return ((body as { clusters?: MapCluster[] }).clusters ?? []) as MapCluster[];
}

export function ClusterLayer({
  initialClusters,
  initialZoom,
  filterQuery,
}: {
  initialClusters: MapCluster[];
  initialZoom: number;
  filterQuery: string;
}) {
  const map = useMap();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  const load = (zoom: number) => {
    abortRef.current?.abort();
    if (zoom === initialZoom) {
      setLoaded(null); // the server's clusters are for this zoom
      return;
    }
    const ac = new AbortController();
    abortRef.current = ac;
    fetchClusters(filterQuery, zoom, ac.signal)
      .then((clusters) => {
        setError(null);
        setLoaded({ query: filterQuery, zoom, clusters });
      })
      .catch((e: unknown) => {
        if (!ac.signal.aborted) setError(e instanceof Error ? e.message : String(e));
      });
  };

  useMapEvents({ zoomend: () => load(map.getZoom()) });

  // A new filter arrives with server clusters for the initial zoom; refresh if zoomed elsewhere.
  useEffect(() => {
    load(map.getZoom());
    return () => abortRef.current?.abort();
  }, [filterQuery]);

  const clusters = loaded && loaded.query === filterQuery ? loaded.clusters : initialClusters;

  return (
    <>
      {error && (
        <div className="map-error leaflet-top leaflet-right" role="status">
          Could not refresh markers: {error}
        </div>
      )}
      {clusters.map((c) => {
        const colour = c.type ? INCIDENT_TYPE_COLOURS[c.type] : '#555';
        const single = c.count <= 1 && c.id !== undefined;
        const key = single ? `i${c.id}` : `c${c.lat.toFixed(4)},${c.lon.toFixed(4)},${c.count}`;
        return (
          <CircleMarker
            key={key}
            center={[c.lat, c.lon]}
            radius={radiusFor(c.count)}
            // Leaflet reads className only when the path is created, so it is an option, not a style.
            className={single ? `incident-marker incident-${c.id}` : 'incident-marker incident-cluster'}
            pathOptions={{
              color: '#ffffff',
              weight: single ? 1.5 : 2,
              fillColor: colour,
              fillOpacity: single ? 0.9 : 0.75,
            }}
          >
            {!single && (
              <Tooltip permanent direction="center" className="cluster-label" interactive={false}>
                {c.count}
              </Tooltip>
            )}
            <Popup minWidth={240} maxWidth={340}>
              {single ? <IncidentPopup id={c.id!} /> : <ClusterPopup cluster={c} />}
            </Popup>
          </CircleMarker>
        );
      })}
    </>
  );
}
