/**
 * Which incidents each sorted run of an export holds (db/queries/export-incidents.ts):
 * ranges of ids when every incident matches, lists of the matching ids otherwise; and
 * the share of them one thread of a parallel export reads (db/queries/export-stream.ts).
 */
import { sql, type SQL } from 'drizzle-orm';
import { incidents } from '../schema';

/**
 * Runs are all open at once during the merge and each holds its sorter's buffers, so past
 * MAX_RUNS the runs grow instead of multiplying.
 */
const MAX_RUNS = 48;

/**
 * One part of an export split between threads (db/queries/export-stream.ts). With a
 * filter: the matching incidents whose id falls in a block of `block` ids numbered `part`
 * modulo `parts` (interleaved blocks, so that matches clustered in one stretch of ids
 * still spread over the parts). Without one: the part-th of `parts` equal stretches of
 * the ids. Both depend only on the snapshot, which all parts share.
 */
export interface IdShare {
  part: number;
  parts: number;
  block: number;
}

/** The condition that picks a filtered share's incidents (its blocks of ids). */
export function ownedBy(share: IdShare): SQL {
  return sql`(${incidents.id} / ${share.block}) % ${share.parts} = ${share.part}`;
}

/** Which incidents each run holds: id ranges (no filter) or lists of matching ids. */
export type RunPlan = { kind: 'range'; from: number; to: number } | { kind: 'ids'; ids: Float64Array };

/** Runs of at least `runRows`, at most MAX_RUNS of them. */
function runSize(rows: number, runRows: number): number {
  return Math.max(runRows, Math.ceil(rows / MAX_RUNS));
}

/** Runs over the ids lo..hi, or over this share's stretch of them. */
export function rangePlans(lo: number, hi: number, runRows: number, share: IdShare | null): RunPlan[] {
  if (share) {
    // Without a filter every id in the stretch matches: equal stretches are equal work.
    const span = hi - lo + 1;
    const from = lo + Math.floor((span * share.part) / share.parts);
    const to = lo + Math.floor((span * (share.part + 1)) / share.parts) - 1;
    if (from > to) return [];
    [lo, hi] = [from, to];
  }
  const plans: RunPlan[] = [];
  const size = runSize(hi - lo + 1, runRows);
  for (let a = lo; a <= hi; a += size) plans.push({ kind: 'range', from: a, to: Math.min(a + size - 1, hi) });
  return plans;
}

/** The condition that picks a run's incidents. */
export function scopeOf(run: RunPlan): SQL {
  if (run.kind === 'range') return sql`${incidents.id} BETWEEN ${run.from} AND ${run.to}`;
  // An id list as one JSON parameter: SQLite looks the incidents up in id order.
  const json = `[${Array.prototype.join.call(run.ids, ',')}]`;
  return sql`${incidents.id} IN (SELECT value FROM json_each(${json}))`;
}

/** Ids read in batches into a growing array (8 bytes an id: far below the rows' size). */
export class IdCollector {
  private ids = new Float64Array(1024);
  private n = 0;

  constructor(private readonly iterator: IterableIterator<number>) {}

  /** Reads up to `max` ids; true when there are none left. */
  read(max: number): boolean {
    for (let i = 0; i < max; i++) {
      const r = this.iterator.next();
      if (r.done) return true;
      if (this.n === this.ids.length) {
        const grown = new Float64Array(this.ids.length * 2);
        grown.set(this.ids);
        this.ids = grown;
      }
      this.ids[this.n++] = r.value;
    }
    return false;
  }

  /** The ids in ascending order, cut into runs. */
  runs(runRows: number): RunPlan[] {
    const ids = this.ids.subarray(0, this.n);
    let sorted = true;
    for (let i = 1; i < ids.length && sorted; i++) sorted = ids[i - 1]! < ids[i]!;
    if (!sorted) ids.sort();
    const size = runSize(ids.length, runRows);
    const plans: RunPlan[] = [];
    for (let i = 0; i < ids.length; i += size) plans.push({ kind: 'ids', ids: ids.subarray(i, i + size) });
    return plans;
  }

  stop(): void {
    this.iterator.return?.();
  }
}
