/**
 * The dashboard filter tested on the in-memory columns: the same incidents as
 * `filterCondition` (db/queries/filter-sql.ts) selects, property-tested against it.
 */
import { ACTOR_IDS, INCIDENT_TYPES } from '@/lib/codebook';
import { REVIEW_STATUSES, type IncidentFilter } from '@/lib/filter';
import { CELL_COUNT, GOVERNORATE_CODES, GOVERNORATE_SHIFT, NO_GOVERNORATE, STATUS_SHIFT, dayNumber, type IncidentColumns } from './incident-columns';

/** 1 for each cell (type, governorate, status) the filter lets through. */
function allowedCells(f: IncidentFilter): Uint8Array {
  const allowed = new Uint8Array(CELL_COUNT);
  const pick = <T extends string>(all: readonly T[], chosen: readonly T[]) => all.map((v, i) => (chosen.length === 0 || chosen.includes(v) ? i : -1)).filter((i) => i >= 0);
  const types = pick(INCIDENT_TYPES, f.type);
  const statuses = pick(REVIEW_STATUSES, f.status);
  // Unknown governorate only passes when no governorate is asked for (SQL: NULL IN (…) is not true).
  const governorates = f.governorate.length ? pick(GOVERNORATE_CODES, f.governorate) : [...GOVERNORATE_CODES.keys(), NO_GOVERNORATE];
  for (const t of types) for (const g of governorates) for (const s of statuses) allowed[t | (g << GOVERNORATE_SHIFT) | (s << STATUS_SHIFT)] = 1;
  return allowed;
}

function actorBits(f: IncidentFilter): number {
  let bits = 0;
  for (const a of f.actor) {
    const i = ACTOR_IDS.indexOf(a);
    if (i >= 0) bits |= 1 << i;
  }
  return bits;
}

/** The filter as a test of one id slot. */
function matcher(cols: IncidentColumns, f: IncidentFilter): (id: number) => boolean {
  const allowed = allowedCells(f);
  const bits = actorBits(f);
  const hasActor = f.actor.length > 0;
  const perpetratorOnly = f.actorRole === 'perpetrator';
  const from = f.from ? dayNumber(f.from) : -1;
  const to = f.to ? dayNumber(f.to) : Infinity;
  const hasDates = f.from !== undefined || f.to !== undefined;
  const minKilled = f.minKilled !== undefined && f.minKilled > 0 ? f.minKilled : -Infinity;
  const { cell, day, killed, perpetrators, targets } = cols;
  return (id) => {
    if (allowed[cell[id]!] === 0) return false;
    if (hasDates) {
      const d = day[id]!;
      if (d < 0 || d < from || d > to) return false;
    }
    if (killed[id]! < minKilled) return false;
    if (hasActor && ((perpetratorOnly ? perpetrators[id]! : perpetrators[id]! | targets[id]!) & bits) === 0) return false;
    return true;
  };
}

/**
 * The ids of the matching incidents, ascending. `textIds` (ascending) are the free-text
 * matches when the filter has `q`: only those slots are tested.
 */
export function matchingIds(cols: IncidentColumns, f: IncidentFilter, textIds?: readonly number[]): Int32Array {
  const test = matcher(cols, f);
  const out = new Int32Array(textIds ? textIds.length : cols.slots);
  let n = 0;
  if (textIds) {
    for (const id of textIds) if (id < cols.slots && test(id)) out[n++] = id;
  } else {
    for (let id = 0; id < cols.slots; id++) if (test(id)) out[n++] = id;
  }
  return out.subarray(0, n);
}

/** How many incidents match (page totals: no id list needed). */
export function countMatching(cols: IncidentColumns, f: IncidentFilter, textIds?: readonly number[]): number {
  const test = matcher(cols, f);
  let n = 0;
  if (textIds) {
    for (const id of textIds) if (id < cols.slots && test(id)) n++;
  } else {
    for (let id = 0; id < cols.slots; id++) if (test(id)) n++;
  }
  return n;
}
