/** The rollup tables in key order, and their comparison (float sums to rounding), for the rollup tests. */
import type Database from 'better-sqlite3';
import { expect } from 'vitest';

const ROLLUP_KEYS = {
  incident_rollup: 'month, type, governorate, status',
  incident_actor_rollup: 'actor, role, month, type, governorate, status',
  incident_map_rollup: 'cx, cy, type, governorate, status',
  incident_actor_pair_rollup: 'actor, role, other_actor, other_role',
} as const;

type Row = Record<string, string | number>;
export type RollupSnapshot = Record<string, Row[]>;

export function rollupSnapshot(sqlite: Database.Database): RollupSnapshot {
  return Object.fromEntries(
    Object.entries(ROLLUP_KEYS).map(([table, key]) => [table, sqlite.prepare(`SELECT * FROM ${table} ORDER BY ${key}`).all() as Row[]]),
  );
}

/** Row for row the same; `filled` also requires every table to hold rows. */
export function expectSameRollups(a: RollupSnapshot, b: RollupSnapshot, filled = false): void {
  for (const table of Object.keys(ROLLUP_KEYS)) {
    expect(a[table]!.length, table).toBe(b[table]!.length);
    if (filled) expect(a[table]!.length, `${table} is filled`).toBeGreaterThan(0);
    a[table]!.forEach((row, i) => {
      for (const [k, v] of Object.entries(row)) {
        if (k === 'sum_lat' || k === 'sum_lon') expect(v as number, `${table}.${k}`).toBeCloseTo(b[table]![i]![k] as number, 6);
        else expect(v, `${table}.${k}`).toBe(b[table]![i]![k]);
      }
    });
  }
}
