'use client';
/**
 * Incident markers. The first paint uses the server's clusters (props); after the user
 * zooms or pans, clusters for the new zoom and viewport come from /api/map with the same
 * filter (bbox = the visible bounds plus a margin, so panning a little does not expose
 * unclustered edges). Cells with one incident are points of that incident, others are
 * circles sized by count.
 */
import { useEffect, useRef, useState } from 'react';
import { CircleMarker, Popup, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import type { CircleMarker as LeafletCircleMarker, LatLngBounds, LeafletEvent } from 'leaflet';
import type { MapCluster } from '@/db/types';
import { INCIDENT_TYPE_COLOURS } from '@/components/incident-type-colours';
import { typeLabel } from '@/components/labels';
import { ClusterPopup } from './ClusterPopup';
import { IncidentPopup } from './IncidentPopup';

interface Loaded {
  query: string;
  clusters: MapCluster[];
}

/** The viewport grown by half its size on each side, clamped to valid degrees. */
function paddedBBox(bounds: LatLngBounds): string {
  const b = bounds.pad(0.5);
  const r = (n: number) => n.toFixed(4);
  const west = Math.max(-360, b.getWest());
  const east = Math.min(360, b.getEast());
  const south = Math.max(-90, b.getSouth());
  const north = Math.min(90, b.getNorth());
  return [r(west), r(south), r(east), r(north)].join(',');
}

function radiusFor(count: number): number {
  return count <= 1 ? 6 : Math.min(24, 8 + 2.6 * Math.log2(count));
}

async function fetchClusters(query: string, zoom: number, bbox: string, signal: AbortSignal): Promise<MapCluster[]> {
  const res = await fetch(`/api/map?zoom=${zoom}&bbox=${bbox}${query ? `&${query}` : ''}`, { signal });
  if (!res.ok) throw new Error(`map request failed: ${res.status}`);
  const body: unknown = await res.json();
  if (Array.isArray(body)) return body as MapCluster[];
  return ((body as { clusters?: MapCluster[] }).clusters ?? []) as MapCluster[];
}

/**
 * SVG circle markers are not focusable by default: give each one a tab stop, a name and
 * Enter/Space to open its popup, so the map's incidents are reachable from the keyboard.
 */
function makeKeyboardReachable(e: LeafletEvent, label: string): void {
  const layer = e.target as LeafletCircleMarker;
  const el = layer.getElement();
  if (!el) return;
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', label);
  el.addEventListener('keydown', (ev: Event) => {
    const key = (ev as KeyboardEvent).key;
    if (key !== 'Enter' && key !== ' ') return;
    ev.preventDefault();
    layer.openPopup();
  });
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

  // The server's clusters cover the whole country at the initial zoom; they stay valid
  // until the user first moves the map.
  const movedRef = useRef(false);

  const load = () => {
    abortRef.current?.abort();
    const zoom = map.getZoom();
    if (!movedRef.current && zoom === initialZoom) {
      setLoaded(null);
      return;
    }
    const ac = new AbortController();
    abortRef.current = ac;
    fetchClusters(filterQuery, zoom, paddedBBox(map.getBounds()), ac.signal)
      .then((clusters) => {
        setError(null);
        setLoaded({ query: filterQuery, clusters });
      })
      .catch((e: unknown) => {
        if (!ac.signal.aborted) setError(e instanceof Error ? e.message : String(e));
      });
  };

  // moveend fires after pans and after zooms (a zoom also moves the view).
  useMapEvents({
    moveend: () => {
      movedRef.current = true;
      load();
    },
  });

  // A new filter arrives with server clusters for the initial view; refresh if the map moved.
  useEffect(() => {
    load();
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
            eventHandlers={{
              add: (e) =>
                makeKeyboardReachable(
                  e,
                  single ? `Incident #${c.id}: ${c.type ? typeLabel(c.type) : 'incident'}` : `Cluster of ${c.count} incidents`,
                ),
            }}
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
