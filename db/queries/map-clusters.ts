/**
 * Map markers aggregated in SQL on a grid whose cells shrink as the map zooms in, so the
 * browser receives at most MAX_CELLS markers however many incidents match.
 */
import { sql } from 'drizzle-orm';
import { INCIDENT_TYPES, type IncidentType } from '@/lib/codebook';
import type { IncidentFilter } from '@/lib/filter';
import { getDatabase, type DatabaseHandle } from '../client';
import { incidents } from '../schema';
import type { MapCluster } from '../types';
import { filterCondition } from './filter-sql';

/** About one cell per this many screen pixels (web-mercator tiles are 256 px wide). */
const CELL_PX = 48;
export const MAX_CELLS = 3000;
const MIN_ZOOM = 0;
const MAX_ZOOM = 22;

/** Cell edge in degrees at a zoom level. */
export function cellSizeForZoom(zoom: number): number {
  const z = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.floor(Number.isFinite(zoom) ? zoom : MIN_ZOOM)));
  return (360 / (256 * 2 ** z)) * CELL_PX;
}

interface CellTypeRow {
  cx: number;
  cy: number;
  type: IncidentType;
  count: number;
  sumLat: number;
  sumLon: number;
  minId: number;
}

function aggregate(h: DatabaseHandle, filter: IncidentFilter, cell: number): CellTypeRow[] {
  const c = filterCondition(filter);
  // floor() keeps cells aligned for negative coordinates too.
  return h.db.all<CellTypeRow>(
    sql`SELECT CAST(floor(${incidents.lon} / ${cell}) AS INTEGER) AS cx, CAST(floor(${incidents.lat} / ${cell}) AS INTEGER) AS cy,
               ${incidents.type} AS type, count(*) AS count, sum(${incidents.lat}) AS sumLat, sum(${incidents.lon}) AS sumLon,
               min(${incidents.id}) AS minId
          FROM ${incidents}
         WHERE ${incidents.lat} IS NOT NULL ${c ? sql`AND ${c}` : sql``}
         GROUP BY cx, cy, ${incidents.type}`,
  );
}

const TYPE_ORDER = new Map(INCIDENT_TYPES.map((t, i) => [t, i]));

function toClusters(rows: CellTypeRow[]): MapCluster[] {
  const cells = new Map<string, { count: number; sumLat: number; sumLon: number; minId: number; types: Partial<Record<IncidentType, number>> }>();
  for (const r of rows) {
    const key = `${r.cx}:${r.cy}`;
    const cell = cells.get(key) ?? { count: 0, sumLat: 0, sumLon: 0, minId: r.minId, types: {} };
    cell.count += r.count;
    cell.sumLat += r.sumLat;
    cell.sumLon += r.sumLon;
    cell.minId = Math.min(cell.minId, r.minId);
    cell.types[r.type] = (cell.types[r.type] ?? 0) + r.count;
    cells.set(key, cell);
  }
  const out: MapCluster[] = [];
  for (const cell of cells.values()) {
    const entries = Object.entries(cell.types) as [IncidentType, number][];
    entries.sort((a, b) => b[1] - a[1] || (TYPE_ORDER.get(a[0]) ?? 0) - (TYPE_ORDER.get(b[0]) ?? 0));
    const marker: MapCluster = {
      lat: cell.sumLat / cell.count,
      lon: cell.sumLon / cell.count,
      count: cell.count,
      type: entries[0]?.[0],
      types: cell.types,
    };
    if (cell.count === 1) marker.id = cell.minId;
    out.push(marker);
  }
  // Big clusters first, so a client that draws in order puts small ones on top.
  return out.sort((a, b) => b.count - a.count || a.lat - b.lat || a.lon - b.lon);
}

export function mapClusters(filter: IncidentFilter, zoom: number, h: DatabaseHandle = getDatabase()): MapCluster[] {
  let cell = cellSizeForZoom(zoom);
  for (;;) {
    const rows = aggregate(h, filter, cell);
    const clusters = toClusters(rows);
    // Too many markers for this zoom (dense data, deep zoom): coarsen until it fits.
    if (clusters.length <= MAX_CELLS) return clusters;
    cell *= 2;
  }
}
