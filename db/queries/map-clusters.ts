/**
 * Map markers aggregated in SQL on a grid whose cells shrink as the map zooms in, so the
 * browser receives at most MAX_CELLS markers however many incidents match.
 *
 * The grid is a power-of-two hierarchy (cell = BASE_CELL / 2^level, from 180°W/90°S), so a
 * coarser grid is the finer one with cell indices halved: when a result is still too
 * dense it is coarsened in memory instead of being queried again.
 */
import { INCIDENT_TYPES, type IncidentType } from '@/lib/codebook';
import type { IncidentFilter } from '@/lib/filter';
import { getDatabase, type DatabaseHandle } from '../client';
import type { MapBounds, MapCluster, MapView } from '../types';
import { aggregate, aggregateRollup, MAP_ROLLUP_LEVEL, type CellRow } from './map-cells';
import { aggregateInView } from './map-viewport';
import { aggregateColumns } from './map-columns';
import { textMatchIds } from './filter-sql';
import { columnsOf } from '../columns/incident-columns';

/** About one cell per 48 screen pixels at zoom 0 (web-mercator tiles are 256 px wide). */
const BASE_CELL = (360 / 256) * 48;
export const MAX_CELLS = 3000;
const MAX_LEVEL = 22;
/**
 * Where incidents are expected (Iraq, with a margin; from the governorate boundaries).
 * Without a viewport the grid is never finer than this extent can show in MAX_CELLS cells.
 */
const IRAQ_EXTENT: MapBounds = { west: 38.5, south: 28.8, east: 48.9, north: 37.6 };

function levelForZoom(zoom: number): number {
  return Math.min(MAX_LEVEL, Math.max(0, Math.floor(Number.isFinite(zoom) ? zoom : 0)));
}

/** Cell edge in degrees at a zoom level. */
export function cellSizeForZoom(zoom: number): number {
  return BASE_CELL / 2 ** levelForZoom(zoom);
}

/** The finest level at which `extent` spans no more than MAX_CELLS cells. */
function finestLevelFor(extent: MapBounds): number {
  for (let level = MAX_LEVEL; level > 0; level--) {
    const cell = BASE_CELL / 2 ** level;
    const cols = Math.floor((extent.east + 180) / cell) - Math.floor((extent.west + 180) / cell) + 1;
    const rows = Math.floor((extent.north + 90) / cell) - Math.floor((extent.south + 90) / cell) + 1;
    if (cols * rows <= MAX_CELLS) return level;
  }
  return 0;
}

/** The rollup has no dates, actors, tolls or text, and no positions finer than its cells. */
function rollupAnswers(filter: IncidentFilter, level: number): boolean {
  return (
    level <= MAP_ROLLUP_LEVEL &&
    !filter.from &&
    !filter.to &&
    !filter.actor.length &&
    !filter.q &&
    !(filter.minKilled !== undefined && filter.minKilled > 0)
  );
}

/** Halves the grid resolution `shift` times (arithmetic shift = floor division by 2^shift). */
function coarsen(rows: CellRow[], shift: number): CellRow[] {
  if (shift === 0) return rows;
  return rows.map((r) => ({ ...r, cx: r.cx >> shift, cy: r.cy >> shift }));
}

interface Cell {
  count: number;
  sumLat: number;
  sumLon: number;
  minId: number;
  types: Partial<Record<IncidentType, number>>;
}

function groupCells(rows: CellRow[]): Map<string, Cell> {
  const cells = new Map<string, Cell>();
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
  return cells;
}

const TYPE_ORDER = new Map(INCIDENT_TYPES.map((t, i) => [t, i]));

function toMarker(cell: Cell): MapCluster {
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
  return marker;
}

function intersect(a: MapBounds, b: MapBounds): MapBounds {
  return { west: Math.max(a.west, b.west), south: Math.max(a.south, b.south), east: Math.min(a.east, b.east), north: Math.min(a.north, b.north) };
}

/**
 * `view` is the zoom level, or the zoom and the visible bounds: with bounds only incidents
 * inside them are aggregated, so a zoomed-in map gets its fine grid for what it shows.
 */
export function mapClusters(filter: IncidentFilter, view: number | MapView, h: DatabaseHandle = getDatabase()): MapCluster[] {
  return clusters(filter, view, h, true);
}

/** The same markers aggregated from the incidents only (tests compare the two paths). */
export function mapClustersFromIncidents(filter: IncidentFilter, view: number | MapView, h: DatabaseHandle = getDatabase()): MapCluster[] {
  return clusters(filter, view, h, false);
}

/**
 * The whole map from the rollup when it can answer; else from the in-memory columns
 * (any filter, any viewport); else in SQL, with the rollup inside a viewport and the
 * incidents in its margins.
 */
function cellRows(h: DatabaseHandle, filter: IncidentFilter, level: number, cell: number, bbox: MapBounds | undefined, useRollup: boolean): CellRow[] {
  if (!useRollup) return aggregate(h, filter, cell, bbox);
  const rollup = rollupAnswers(filter, level);
  if (rollup && !bbox) return aggregateRollup(h, filter, level);
  const cols = columnsOf(h);
  if (cols) return aggregateColumns(cols, filter, cell, bbox, filter.q ? textMatchIds(h, filter.q) : undefined);
  return rollup && bbox ? aggregateInView(h, filter, level, cell, bbox) : aggregate(h, filter, cell, bbox);
}

function clusters(filter: IncidentFilter, view: number | MapView, h: DatabaseHandle, useRollup: boolean): MapCluster[] {
  const { zoom, bbox } = typeof view === 'number' ? { zoom: view, bbox: undefined } : view;
  const extent = bbox ? intersect(bbox, IRAQ_EXTENT) : IRAQ_EXTENT;
  const usable = extent.west <= extent.east && extent.south <= extent.north ? extent : bbox ?? IRAQ_EXTENT;
  const level = Math.min(levelForZoom(zoom), finestLevelFor(usable));
  // sum_id stands in for min(id): both are the id when a cell holds one incident, the only
  // case in which a marker carries an id.
  const cell = BASE_CELL / 2 ** level;
  const rows = cellRows(h, filter, level, cell, bbox, useRollup);
  let cells = groupCells(rows);
  // Data outside the expected extent can still make too many cells: coarsen until it fits.
  for (let shift = 1; cells.size > MAX_CELLS; shift++) cells = groupCells(coarsen(rows, shift));
  // Big clusters first, so a client that draws in order puts small ones on top.
  return [...cells.values()].map(toMarker).sort((a, b) => b.count - a.count || a.lat - b.lat || a.lon - b.lon);
}
