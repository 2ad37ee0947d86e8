/**
 * incidentStats for filters the rollups cannot answer, folded over the in-memory incident
 * columns (db/columns/): one pass over the matching ids gives the totals, breakdowns,
 * per-actor counts, data range and timeline. SQLite is only asked for the free-text
 * matches. Gives the figures of matched-stats.ts (the SQL path), property-tested.
 */
import { ACTOR_IDS, INCIDENT_TYPES, type ActorId, type ActorRole, type GovernorateCode, type IncidentType } from '@/lib/codebook';
import type { IncidentFilter } from '@/lib/filter';
import type { StatsResult } from '../types';
import { GOVERNORATE_CODES, GOVERNORATE_SHIFT, NO_GOVERNORATE, type IncidentColumns } from '../columns/incident-columns';
import { matchingIds } from '../columns/column-filter';
import { bucketForFilter, sortActors, sortedCounts, timelineRows } from './stats-timeline';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The ISO text of a yyyymmdd number (year or year-month alone when those parts are 00). */
function isoDate(day: number): string {
  const y = Math.floor(day / 10_000);
  const m = Math.floor(day / 100) % 100;
  const d = day % 100;
  return m === 0 ? pad(y, 4) : d === 0 ? `${pad(y, 4)}-${pad(m, 2)}` : `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Incidents per (actor, role) among the matches, from the link bit masks. */
function actorCounts(perpetrators: Int32Array, targets: Int32Array, ids: Int32Array): StatsResult['byActor'] {
  const counts = { perpetrator: new Float64Array(ACTOR_IDS.length), target: new Float64Array(ACTOR_IDS.length) };
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    for (let m = perpetrators[id]!; m !== 0; m &= m - 1) counts.perpetrator[31 - Math.clz32(m & -m)]!++;
    for (let m = targets[id]!; m !== 0; m &= m - 1) counts.target[31 - Math.clz32(m & -m)]!++;
  }
  const rows: { id: ActorId; role: ActorRole; count: number }[] = [];
  for (const role of ['perpetrator', 'target'] as const)
    counts[role].forEach((count, i) => {
      if (count > 0) rows.push({ id: ACTOR_IDS[i]!, role, count });
    });
  return sortActors(rows);
}

export function statsFromColumns(cols: IncidentColumns, filter: IncidentFilter, textIds?: readonly number[]): StatsResult {
  const ids = matchingIds(cols, filter, textIds);
  const { cell, day, killed, injured, kidnapped } = cols;
  let killedSum = 0, injuredSum = 0, kidnappedSum = 0;
  let first = Infinity, last = -Infinity;
  const byType = new Float64Array(INCIDENT_TYPES.length);
  const byGovernorate = new Float64Array(NO_GOVERNORATE);
  // (day, type) → incidents; few thousand keys however many matches.
  const byDayType = new Map<number, number>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const c = cell[id]!;
    const type = c & 7;
    const governorate = (c >> GOVERNORATE_SHIFT) & 31;
    killedSum += Math.max(0, killed[id]!);
    injuredSum += Math.max(0, injured[id]!);
    kidnappedSum += Math.max(0, kidnapped[id]!);
    byType[type]!++;
    if (governorate !== NO_GOVERNORATE) byGovernorate[governorate]!++;
    const d = day[id]!;
    if (d >= 0) {
      if (d < first) first = d;
      if (d > last) last = d;
      const key = d * 8 + type;
      byDayType.set(key, (byDayType.get(key) ?? 0) + 1);
    }
  }
  const typeCounts = new Map<IncidentType, number>();
  byType.forEach((n, t) => n > 0 && typeCounts.set(INCIDENT_TYPES[t]!, n));
  const governorateCounts = new Map<GovernorateCode, number>();
  byGovernorate.forEach((n, g) => n > 0 && governorateCounts.set(GOVERNORATE_CODES[g]!, n));
  const bucket = bucketForFilter(
    filter,
    () => (Number.isFinite(first) ? isoDate(first) : null),
    () => (Number.isFinite(last) ? isoDate(last) : null),
  );
  const days = [...byDayType].map(([key, count]) => ({ type: INCIDENT_TYPES[key % 8]!, date: isoDate(Math.floor(key / 8)), count }));
  return {
    total: ids.length,
    killed: killedSum,
    injured: injuredSum,
    kidnapped: kidnappedSum,
    byType: sortedCounts(typeCounts).map(({ key, count }) => ({ type: key, count })),
    byGovernorate: sortedCounts(governorateCounts).map(({ key, count }) => ({ code: key, count })),
    byActor: actorCounts(cols.perpetrators, cols.targets, ids),
    timeline: { bucket, rows: timelineRows(days, bucket) },
  };
}
