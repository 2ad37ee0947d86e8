/** The incident table: one filtered, sorted page plus the total. */
import { and, asc, count, desc, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { IncidentFilter, PageRequest } from '@/lib/filter';
import { getDatabase, type DatabaseHandle } from '../client';
import { incidents, type IncidentRow } from '../schema';
import type { IncidentPage } from '../types';
import { filterCondition, textMatchCount, textMatchIds, type FilterShape } from './filter-sql';
import { columnsOf } from '../columns/incident-columns';
import { countMatching } from '../columns/column-filter';
import { chooseActorShape, incidentsSource } from './filter-plan';
import { rollupCount } from './rollup-stats';
import { rollupScope } from './rollup-scope';
import { toRecords } from './incident-records';

const SORT_COLUMNS = {
  date: incidents.date,
  type: incidents.type,
  governorate: incidents.governorate,
  killed: incidents.killed,
  injured: incidents.injured,
  kidnapped: incidents.kidnapped,
} as const;

/**
 * Within one type or governorate, rows follow the date: the (type, date) and
 * (governorate, date) indexes then deliver the page in order without sorting.
 */
const THEN_BY_DATE = new Set<PageRequest['sort']>(['type', 'governorate']);

function orderBy(page: PageRequest): SQL[] {
  const dir = page.dir === 'asc' ? asc : desc;
  const keys = [dir(SORT_COLUMNS[page.sort])];
  if (THEN_BY_DATE.has(page.sort)) keys.push(dir(incidents.date));
  keys.push(dir(incidents.id)); // ties broken by id: paging is stable
  return keys;
}

/** The index that delivers each sort order (injured / kidnapped have none). */
const SORT_INDEX: Partial<Record<PageRequest['sort'], string>> = {
  date: 'incidents_date_idx',
  type: 'incidents_type_date_idx',
  governorate: 'incidents_governorate_date_idx',
  killed: 'incidents_killed_idx',
};

function select(h: DatabaseHandle, where: SQL | undefined, order: SQL[], limit: number, offset: number, index?: string): IncidentRow[] {
  // SQLite's estimate for a wide date range makes it prefer a skip-scan plus a sort of
  // every match; when matches are dense the sort-order walk is what we want, so say so.
  const query = h.db.select().from(incidents).where(where).orderBy(...order).limit(limit).offset(offset);
  if (!index) return query.all();
  const { sql: text, params } = query.toSQL();
  const hinted = text.replace(/ from "incidents"/, ` from "incidents" INDEXED BY "${index}"`);
  return (h.sqlite.prepare(hinted).all(...params) as RawIncidentRow[]).map(fromRaw);
}

type RawIncidentRow = Omit<IncidentRow, 'datePrecision' | 'createdAt' | 'updatedAt'> & {
  date_precision: IncidentRow['datePrecision'];
  created_at: string;
  updated_at: string;
};

function fromRaw({ date_precision, created_at, updated_at, ...rest }: RawIncidentRow): IncidentRow {
  return { ...rest, datePrecision: date_precision, createdAt: created_at, updatedAt: updated_at };
}

/**
 * Unknown values (NULL) go last in both directions. SQLite puts NULLs last in DESC order
 * anyway; for ASC the non-null rows and the null rows are read as two index-ordered runs
 * (an `ORDER BY col IS NULL` would force a sort of every matching row).
 */
function pageRows(h: DatabaseHandle, where: SQL | undefined, page: PageRequest, index: string | undefined): IncidentRow[] {
  const limit = page.pageSize;
  const offset = (page.page - 1) * page.pageSize;
  const order = orderBy(page);
  if (page.dir === 'desc') return select(h, where, order, limit, offset, index);

  const col = SORT_COLUMNS[page.sort];
  const known = select(h, and(where, isNotNull(col)), order, limit, offset, index);
  if (known.length === limit) return known;
  // Where the known values end: right after these rows, or (page wholly past them) counted.
  const knownTotal =
    known.length > 0 ? offset + known.length : (h.db.select({ n: count() }).from(incidents).where(and(where, isNotNull(col))).get()?.n ?? 0);
  const unknown = select(h, and(where, isNull(col)), order.slice(1), limit - known.length, Math.max(0, offset - knownTotal), index);
  return [...known, ...unknown];
}

/** Rows an index walk may read to fill the page before driving from the filter is cheaper. */
const PROBE_BUDGET = 20_000;

/**
 * The number of matching incidents: from the rollups, the free-text index, the in-memory
 * columns, or counted. With `loadColumns: false`, null where only loading the columns or
 * counting row by row would tell (a caller that only wants an estimate cheaply).
 */
export function countIncidents(h: DatabaseHandle, filter: IncidentFilter, opts: { loadColumns: false }): number | null;
export function countIncidents(h: DatabaseHandle, filter: IncidentFilter): number;
export function countIncidents(h: DatabaseHandle, filter: IncidentFilter, opts = { loadColumns: true }): number | null {
  const scope = rollupScope(filter);
  if (scope) return rollupCount(h, filter, scope);
  const onlyText = filter.q && !filter.governorate.length && !filter.type.length && !filter.status.length && !filter.actor.length
    && !filter.from && !filter.to && !(filter.minKilled && filter.minKilled > 0);
  if (onlyText) return textMatchCount(h, filter.q!);
  if (!opts.loadColumns && !h.columns?.value) return null;
  const cols = columnsOf(h);
  if (cols) return countMatching(cols, filter, filter.q ? textMatchIds(h, filter.q) : undefined);
  if (!opts.loadColumns) return null;
  const condition = filterCondition(filter, { actorShape: chooseActorShape(h, filter) });
  return h.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${incidentsSource(filter)} ${condition ? sql`WHERE ${condition}` : sql``}`)?.n ?? 0;
}

/**
 * Walk the sort order and test each incident ('probe') when matches are dense enough
 * that the page fills within PROBE_BUDGET rows; else let SQLite start from the most
 * selective index and sort what matched ('drive').
 */
function chooseShape(h: DatabaseHandle, filter: IncidentFilter, page: PageRequest, total: number): FilterShape {
  if (total === 0) return 'drive';
  const rows = h.sqlite.prepare('SELECT max(rowid) FROM incidents').pluck().get() as number | null;
  const needed = page.page * page.pageSize;
  return (needed * (rows ?? 0)) / total <= PROBE_BUDGET ? 'probe' : 'drive';
}

export function listIncidents(
  filter: IncidentFilter,
  page: PageRequest,
  h: DatabaseHandle = getDatabase(),
): IncidentPage {
  const total = countIncidents(h, filter);
  return listWithShape(filter, page, chooseShape(h, filter, page, total), total, h);
}

/** One page in a given query shape (tests check that both shapes give the same page). */
export function listWithShape(filter: IncidentFilter, page: PageRequest, shape: FilterShape, total: number, h: DatabaseHandle): IncidentPage {
  const actorShape = shape === 'drive' ? chooseActorShape(h, filter) : undefined;
  const where = filterCondition(filter, { shape, sortColumn: SORT_COLUMNS[page.sort].name, actorShape });
  return { total, page: page.page, pageSize: page.pageSize, items: toRecords(h, pageRows(h, where, page, shape === 'probe' ? SORT_INDEX[page.sort] : undefined)) };
}
