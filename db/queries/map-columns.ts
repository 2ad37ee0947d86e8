/**
 * Map grid cells folded over the in-memory incident columns (db/columns/): the rows
 * map-cells.ts `aggregate` computes in SQL, for filters and viewports the map rollup
 * cannot answer alone. In SQL those cost one table or index visit per located match
 * (0.2–0.75 s for a zoomed-in view or a common actor on a million incidents); here the
 * matching ids are walked once.
 */
import { INCIDENT_TYPES } from '@/lib/codebook';
import type { IncidentFilter } from '@/lib/filter';
import type { IncidentColumns } from '../columns/incident-columns';
import { matchingIds } from '../columns/column-filter';
import type { MapBounds } from '../types';
import type { CellRow } from './map-cells';

interface TypedCell {
  cx: number;
  cy: number;
  count: Float64Array;
  sumLat: Float64Array;
  sumLon: Float64Array;
  minId: Float64Array;
}

/** A cell index pair as one number (indices stay below 2^26 up to the finest map level). */
const CELL_KEY = 2 ** 26;

export function aggregateColumns(cols: IncidentColumns, filter: IncidentFilter, cell: number, bbox: MapBounds | undefined, textIds?: readonly number[]): CellRow[] {
  const ids = matchingIds(cols, filter, textIds);
  const { lat, lon, cell: dims } = cols;
  // The same arithmetic as the SQL: (degrees + offset) times a per-degree factor, truncated.
  const perDegree = 1 / cell;
  const cells = new Map<number, TypedCell>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const y = lat[id]!;
    const x = lon[id]!;
    if (Number.isNaN(y)) continue;
    if (bbox && (y < bbox.south || y > bbox.north || x < bbox.west || x > bbox.east)) continue;
    const cx = Math.trunc((x + 180) * perDegree);
    const cy = Math.trunc((y + 90) * perDegree);
    const key = cx * CELL_KEY + cy;
    let c = cells.get(key);
    if (!c) {
      const n = INCIDENT_TYPES.length;
      c = { cx, cy, count: new Float64Array(n), sumLat: new Float64Array(n), sumLon: new Float64Array(n), minId: new Float64Array(n).fill(Infinity) };
      cells.set(key, c);
    }
    const type = dims[id]! & 7;
    c.count[type]!++;
    c.sumLat[type]! += y;
    c.sumLon[type]! += x;
    if (id < c.minId[type]!) c.minId[type] = id;
  }
  const rows: CellRow[] = [];
  for (const c of cells.values())
    c.count.forEach((count, t) => {
      if (count > 0) rows.push({ cx: c.cx, cy: c.cy, type: INCIDENT_TYPES[t]!, count, sumLat: c.sumLat[t]!, sumLon: c.sumLon[t]!, minId: c.minId[t]! });
    });
  return rows;
}
