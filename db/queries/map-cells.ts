/**
 * Map grid cells as rows (cell indices, type, count, coordinate sums) from the incidents
 * or from incident_map_rollup; map-clusters.ts turns them into markers.
 */
import { and, between, inArray, sql, type SQL } from 'drizzle-orm';
import type { IncidentType } from '@/lib/codebook';
import type { IncidentFilter } from '@/lib/filter';
import type { DatabaseHandle } from '../client';
import { incidentMapRollup, incidents } from '../schema';
import type { MapBounds } from '../types';
import { filterCondition } from './filter-sql';

export interface CellRow {
  cx: number;
  cy: number;
  type: IncidentType;
  count: number;
  sumLat: number;
  sumLon: number;
  minId: number;
}

/** The grid level incident_map_rollup keeps (migration 0004 hard-codes 256.0 / 67.5 = 2^8 / BASE_CELL). */
export const MAP_ROLLUP_LEVEL = 8;

/**
 * Cells at `level` ≤ MAP_ROLLUP_LEVEL from the rollup: its level-8 cell indices shifted
 * right, which is exactly the coarser grid's index (scaling by 2^k is exact in floating
 * point and floor division by 2^k of a floor is the floor). For a one-incident cell
 * sum_id is that incident's id.
 */
export function aggregateRollup(h: DatabaseHandle, filter: IncidentFilter, level: number, cells?: CellRange): CellRow[] {
  const t = incidentMapRollup;
  const shift = MAP_ROLLUP_LEVEL - level;
  const where = and(
    cells ? and(between(t.cx, cells.cxLo, cells.cxHi), between(t.cy, cells.cyLo, cells.cyHi)) : undefined,
    filter.governorate.length ? inArray(t.governorate, filter.governorate) : undefined,
    filter.type.length ? inArray(t.type, filter.type) : undefined,
    filter.status.length ? inArray(t.status, filter.status) : undefined,
  );
  return h.db.all<CellRow>(
    sql`SELECT ${t.cx} >> ${shift} AS cx, ${t.cy} >> ${shift} AS cy, ${t.type} AS type, sum(${t.n}) AS count,
               sum(${t.sumLat}) AS sumLat, sum(${t.sumLon}) AS sumLon, sum(${t.sumId}) AS minId
          FROM ${t} ${where ? sql`WHERE ${where}` : sql``}
         GROUP BY 1, 2, ${t.type}`,
  );
}

/** Level-MAP_ROLLUP_LEVEL cell indices, inclusive. */
export interface CellRange {
  cxLo: number;
  cxHi: number;
  cyLo: number;
  cyHi: number;
}

export function aggregate(
  h: DatabaseHandle,
  filter: IncidentFilter,
  cell: number,
  bbox: MapBounds | undefined,
  extra?: { where: SQL; index: string },
): CellRow[] {
  const c = filterCondition(filter);
  const inView = bbox
    ? sql`AND ${incidents.lat} BETWEEN ${bbox.south} AND ${bbox.north} AND ${incidents.lon} BETWEEN ${bbox.west} AND ${bbox.east}`
    : sql``;
  // Cell indices count from 180°W / 90°S so they are never negative: CAST truncation is
  // then floor, and cheaper than floor() (this expression runs once per located incident).
  const perDegree = 1 / cell;
  const from = extra ? sql`${incidents} INDEXED BY ${sql.identifier(extra.index)}` : sql`${incidents}`;
  return h.db.all<CellRow>(
    sql`SELECT CAST((${incidents.lon} + 180) * ${perDegree} AS INTEGER) AS cx, CAST((${incidents.lat} + 90) * ${perDegree} AS INTEGER) AS cy,
               ${incidents.type} AS type, count(*) AS count, sum(${incidents.lat}) AS sumLat, sum(${incidents.lon}) AS sumLon,
               min(${incidents.id}) AS minId
          FROM ${from}
         WHERE ${incidents.lat} IS NOT NULL ${inView} ${extra ? sql`AND ${extra.where}` : sql``} ${c ? sql`AND ${c}` : sql``}
         GROUP BY cx, cy, ${incidents.type}`,
  );
}
