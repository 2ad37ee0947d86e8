/** Two marker lists are the same markers, in any order, coordinates equal to rounding (sums are added in another order). */
import { expect } from 'vitest';
import type { MapCluster } from '@/db/types';

const markerKey = (m: MapCluster) => `${m.count}|${m.lat.toFixed(6)}|${m.lon.toFixed(6)}`;
export function expectSameMarkers(a: MapCluster[], b: MapCluster[]): void {
  expect(a.length).toBe(b.length);
  const sa = [...a].sort((x, y) => markerKey(x).localeCompare(markerKey(y)));
  const sb = [...b].sort((x, y) => markerKey(x).localeCompare(markerKey(y)));
  sa.forEach((m, i) => {
    const o = sb[i]!;
    expect({ count: m.count, id: m.id, type: m.type, types: m.types }).toEqual({ count: o.count, id: o.id, type: o.type, types: o.types });
    expect(m.lat).toBeCloseTo(o.lat, 9);
    expect(m.lon).toBeCloseTo(o.lon, 9);
  });
}

