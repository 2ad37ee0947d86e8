/**
 * Map cells for a viewport (bbox) from the rollup where it can answer: level-8 cells lying
 * wholly inside the bbox come from incident_map_rollup; the incidents in the bbox's
 * margins (cells the bbox edge cuts through) are read from the incidents, one strip per
 * side, each narrowed on an index (lat for south/north, lon for west/east). Membership in
 * the inner block and in each strip is decided with the same cell expression the rollup
 * was built with, so every incident is counted exactly once.
 */
import { sql } from 'drizzle-orm';
import type { IncidentFilter } from '@/lib/filter';
import type { DatabaseHandle } from '../client';
import { incidents } from '../schema';
import type { MapBounds } from '../types';
import { aggregate, aggregateRollup, MAP_ROLLUP_LEVEL, type CellRow } from './map-cells';

/** Cells per degree at the rollup level, as SQLite computes 256.0 / 67.5 in the triggers. */
const PER_DEGREE = 2 ** MAP_ROLLUP_LEVEL / 67.5;
/** Slack for the index ranges; exact membership is decided by the cell expression. */
const SLACK = 1e-7;

const cx8 = sql`CAST((${incidents.lon} + 180) * (256.0 / 67.5) AS INTEGER)`;
const cy8 = sql`CAST((${incidents.lat} + 90) * (256.0 / 67.5) AS INTEGER)`;

export function aggregateInView(h: DatabaseHandle, filter: IncidentFilter, level: number, cell: number, bbox: MapBounds): CellRow[] {
  // Whole cells strictly inside the bbox (the +1 / −1 keep float rounding at an edge out).
  const cxLo = Math.floor((bbox.west + 180) * PER_DEGREE) + 1;
  const cxHi = Math.floor((bbox.east + 180) * PER_DEGREE) - 1;
  const cyLo = Math.floor((bbox.south + 90) * PER_DEGREE) + 1;
  const cyHi = Math.floor((bbox.north + 90) * PER_DEGREE) - 1;
  if (cxLo > cxHi || cyLo > cyHi) return aggregate(h, filter, cell, bbox);

  const edge = (i: number, offset: number) => i / PER_DEGREE - offset;
  const strips = [
    { where: sql`${cy8} < ${cyLo} AND ${incidents.lat} < ${edge(cyLo, 90) + SLACK}`, index: 'incidents_lat_lon_type_idx' },
    { where: sql`${cy8} > ${cyHi} AND ${incidents.lat} > ${edge(cyHi + 1, 90) - SLACK}`, index: 'incidents_lat_lon_type_idx' },
    {
      where: sql`${cy8} BETWEEN ${cyLo} AND ${cyHi} AND ${cx8} < ${cxLo} AND ${incidents.lon} < ${edge(cxLo, 180) + SLACK}`,
      index: 'incidents_lon_lat_type_idx',
    },
    {
      where: sql`${cy8} BETWEEN ${cyLo} AND ${cyHi} AND ${cx8} > ${cxHi} AND ${incidents.lon} > ${edge(cxHi + 1, 180) - SLACK}`,
      index: 'incidents_lon_lat_type_idx',
    },
  ];
  return [
    ...aggregateRollup(h, filter, level, { cxLo, cxHi, cyLo, cyHi }),
    ...strips.flatMap((strip) => aggregate(h, filter, cell, bbox, strip)),
  ];
}
