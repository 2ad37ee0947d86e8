/**
 * An in-memory copy of the few incident columns that filters, stats and map cells read
 * (type, governorate, status, date, tolls, position, actor links), one typed-array slot
 * per incident id.
 *
 * Why: stats for a filter the rollups cannot answer (free text, a low minimum killed,
 * several actors) must look at every matching incident, and on a million incidents that
 * is hundreds of thousands of index seeks plus an actor lookup each — 0.2–1.4 s in SQLite
 * however the statement is phrased. The same fold over typed arrays takes milliseconds.
 * About 40 bytes per incident (40 MB for a million); built once per process (about 1 s
 * for a million, at server warm-up) and then kept current from the change log
 * (`incident_changes`, migration 0013): each read re-reads only the incidents written
 * since, by whichever process wrote them.
 */
import type Database from 'better-sqlite3';
import { ACTOR_IDS, GOVERNORATES, INCIDENT_TYPES } from '@/lib/codebook';
import { REVIEW_STATUSES } from '@/lib/filter';
import type { DatabaseHandle } from '../client';
import { cachedStatement } from '../statement-cache';

/** Governorate codes in the order their 5-bit code follows; NO_GOVERNORATE = unknown. */
export const GOVERNORATE_CODES = GOVERNORATES.map((g) => g.code);
export const NO_GOVERNORATE = GOVERNORATE_CODES.length;

/** cell = type | governorate << 3 | status << 8 (codebook list indexes). */
export const GOVERNORATE_SHIFT = 3;
export const STATUS_SHIFT = 8;
export const CELL_COUNT = 1 << 10;
/** The cell of an id that holds no incident: its type code (7) is no type. */
export const ABSENT = CELL_COUNT - 1;

export interface IncidentColumns {
  /** One past the highest id held; loops run to here. */
  slots: number;
  cell: Uint16Array;
  /** yyyymmdd (missing month or day as 00, so number order = the text's order); -1 undated. */
  day: Int32Array;
  /** -1 = unknown. */
  killed: Int32Array;
  injured: Int32Array;
  kidnapped: Int32Array;
  /** Degrees; NaN = no position. */
  lat: Float64Array;
  lon: Float64Array;
  /** Bit i = ACTOR_IDS[i] named in that role. */
  perpetrators: Int32Array;
  targets: Int32Array;
  /** The last change-log entry these columns reflect. */
  seq: number;
}

/** Where a handle keeps its columns between reads (db/client.ts gives each handle one). */
export interface ColumnCache {
  value: IncidentColumns | null;
}

/** CASE over codebook constants (never input), each value → its index; others → `other`. */
function codeOf(column: string, values: readonly string[], other: number): string {
  return `CASE ${column} ${values.map((v, i) => `WHEN '${v.replace(/'/g, "''")}' THEN ${i}`).join(' ')} ELSE ${other} END`;
}

const CELL_SQL = `(${codeOf('type', INCIDENT_TYPES, 7)} | (${codeOf('governorate', GOVERNORATE_CODES, NO_GOVERNORATE)} << ${GOVERNORATE_SHIFT}) | (${codeOf('status', REVIEW_STATUSES, 3)} << ${STATUS_SHIFT}))`;
const DAY_SQL = `coalesce(CAST(substr(date, 1, 4) AS INTEGER) * 10000 + CAST(substr(date, 6, 2) AS INTEGER) * 100 + CAST(substr(date, 9, 2) AS INTEGER), -1)`;
/** One number per link: incident id, actor index, role (target = 1). */
const LINK_SQL = `incident_id * 64 + ${codeOf('actor', ACTOR_IDS, 31)} * 2 + (role = 'target')`;
/** Narrow and in id order: every column read below comes back aligned, row for row. */
const IN_ID_ORDER = 'FROM incidents INDEXED BY incidents_stats_idx ORDER BY id';

/** The yyyymmdd number of an ISO date (or its year / year-month prefix), as DAY_SQL computes it. */
export function dayNumber(date: string): number {
  const part = (from: number, to: number) => Number.parseInt(date.slice(from, to), 10) || 0;
  return part(0, 4) * 10_000 + part(5, 7) * 100 + part(8, 10);
}

/** Every per-incident array of IncidentColumns. */
export const COLUMN_NAMES = ['cell', 'day', 'killed', 'injured', 'kidnapped', 'lat', 'lon', 'perpetrators', 'targets'] as const;

function allocate(capacity: number, seq: number): IncidentColumns {
  return {
    slots: 0,
    cell: new Uint16Array(capacity).fill(ABSENT),
    day: new Int32Array(capacity).fill(-1),
    killed: new Int32Array(capacity).fill(-1),
    injured: new Int32Array(capacity).fill(-1),
    kidnapped: new Int32Array(capacity).fill(-1),
    lat: new Float64Array(capacity).fill(NaN),
    lon: new Float64Array(capacity).fill(NaN),
    perpetrators: new Int32Array(capacity),
    targets: new Int32Array(capacity),
    seq,
  };
}

/** Room for `id`, keeping what is held (ids only grow, so doubling is rare). */
function ensureSlot(cols: IncidentColumns, id: number): IncidentColumns {
  if (id < cols.cell.length) return cols;
  const bigger = allocate(Math.max(id + 1, cols.cell.length * 2), cols.seq);
  bigger.slots = cols.slots;
  for (const k of COLUMN_NAMES) bigger[k].set(cols[k] as never);
  return bigger;
}

function addLink(cols: IncidentColumns, packed: number): void {
  const id = Math.floor(packed / 64);
  const actor = (packed % 64) >> 1;
  if (actor >= ACTOR_IDS.length) return;
  if (packed % 2) cols.targets[id]! |= 1 << actor;
  else cols.perpetrators[id]! |= 1 << actor;
}

const latestSeq = (sqlite: Database.Database) =>
  cachedStatement(sqlite, 'SELECT coalesce(max(seq), 0) FROM incident_changes').pluck().get() as number;

/** Every incident, read in one read transaction so the column reads agree. */
export function loadColumns(sqlite: Database.Database): IncidentColumns {
  return sqlite.transaction(() => {
    const seq = latestSeq(sqlite);
    const column = (expr: string) => sqlite.prepare(`SELECT ${expr} ${IN_ID_ORDER}`).pluck().all() as number[];
    const idCells = column(`id * ${CELL_COUNT} + ${CELL_SQL}`);
    const maxId = idCells.length ? Math.floor(idCells[idCells.length - 1]! / CELL_COUNT) : 0;
    const cols = allocate(maxId + 1, seq);
    const ids = new Int32Array(idCells.length);
    idCells.forEach((v, i) => {
      const id = Math.floor(v / CELL_COUNT);
      ids[i] = id;
      cols.cell[id] = v % CELL_COUNT;
    });
    for (const [name, expr] of [['day', DAY_SQL], ['killed', 'coalesce(killed, -1)'], ['injured', 'coalesce(injured, -1)'], ['kidnapped', 'coalesce(kidnapped, -1)']] as const) {
      const values = column(expr);
      const target = cols[name];
      for (let i = 0; i < values.length; i++) target[ids[i]!] = values[i]!;
    }
    // Positions are not in the narrow index: read from the table, in its (id) order.
    for (const name of ['lat', 'lon'] as const) {
      const values = sqlite.prepare(`SELECT ${name} FROM incidents ORDER BY id`).pluck().all() as (number | null)[];
      const target = cols[name];
      for (let i = 0; i < values.length; i++) target[ids[i]!] = values[i] ?? NaN;
    }
    for (const packed of sqlite.prepare(`SELECT ${LINK_SQL} FROM incident_actors`).pluck().all() as number[]) addLink(cols, packed);
    cols.slots = maxId + 1;
    return cols;
  }).deferred();
}

/** More changes than this since the last read: reloading everything is cheaper. */
const RELOAD_ABOVE = 20_000;

/** The columns with the changes logged since `cols.seq` applied, or null when a full load is due. */
function applyChanges(sqlite: Database.Database, cols: IncidentColumns): IncidentColumns | null {
  if (latestSeq(sqlite) < cols.seq) return null; // another file behind the same path, or a restore
  const changes = cachedStatement(sqlite, 'SELECT seq, incident_id FROM incident_changes WHERE seq > ? ORDER BY seq LIMIT ?')
    .raw()
    .all(cols.seq, RELOAD_ABOVE + 1) as [number, number | null][];
  // Sequence numbers are handed out one by one by the single writer: a gap means pruned
  // entries this copy never saw.
  if (changes.length === 0 || changes.length > RELOAD_ABOVE || changes[0]![0] !== cols.seq + 1) return null;
  const ids = new Set<number>();
  for (const [, id] of changes) {
    if (id === null) return null;
    ids.add(id);
  }
  const row = cachedStatement(sqlite, `SELECT ${CELL_SQL}, ${DAY_SQL}, coalesce(killed, -1), coalesce(injured, -1), coalesce(kidnapped, -1), lat, lon FROM incidents WHERE id = ?`).raw();
  const links = cachedStatement(sqlite, `SELECT ${LINK_SQL} FROM incident_actors WHERE incident_id = ?`).pluck();
  let next = cols;
  for (const id of ids) {
    next = ensureSlot(next, id);
    const r = row.get(id) as [number, number, number, number, number, number | null, number | null] | undefined;
    next.cell[id] = r ? r[0] : ABSENT;
    next.day[id] = r ? r[1] : -1;
    next.killed[id] = r ? r[2] : -1;
    next.injured[id] = r ? r[3] : -1;
    next.kidnapped[id] = r ? r[4] : -1;
    next.lat[id] = r?.[5] ?? NaN;
    next.lon[id] = r?.[6] ?? NaN;
    next.perpetrators[id] = 0;
    next.targets[id] = 0;
    if (r) for (const packed of links.all(id) as number[]) addLink(next, packed);
    if (r && id >= next.slots) next.slots = id + 1;
  }
  next.seq = changes[changes.length - 1]![0];
  return next;
}

/**
 * The handle's columns, current with every committed write; null when the handle keeps
 * none or is inside a write transaction (whose changes could still roll back, leaving the
 * columns ahead of the file), where callers read SQLite instead.
 */
export function currentColumns(sqlite: Database.Database, cache: ColumnCache | undefined): IncidentColumns | null {
  if (!cache || sqlite.inTransaction) return null;
  const held = cache.value;
  if (held && latestSeq(sqlite) === held.seq) return held;
  const updated = held ? sqlite.transaction(() => applyChanges(sqlite, held)).deferred() : null;
  return (cache.value = updated ?? loadColumns(sqlite));
}

/** currentColumns for a handle. */
export const columnsOf = (h: DatabaseHandle): IncidentColumns | null => currentColumns(h.sqlite, h.columns);
