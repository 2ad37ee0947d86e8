/** The incident table: one filtered, sorted page plus the total. */
import { asc, count, desc, sql, type SQL } from 'drizzle-orm';
import type { IncidentFilter, PageRequest } from '@/lib/filter';
import { getDatabase, type DatabaseHandle } from '../client';
import { incidents } from '../schema';
import type { IncidentPage } from '../types';
import { filterCondition } from './filter-sql';
import { toRecords } from './incident-records';

const SORT_COLUMNS = {
  date: incidents.date,
  type: incidents.type,
  governorate: incidents.governorate,
  killed: incidents.killed,
  injured: incidents.injured,
  kidnapped: incidents.kidnapped,
} as const;

function orderBy(page: PageRequest): SQL[] {
  const col = SORT_COLUMNS[page.sort];
  // Unknown values (NULL) go last in both directions; id breaks ties so paging is stable.
  if (page.dir === 'desc') return [desc(col), desc(incidents.id)];
  return [sql`${col} IS NULL`, asc(col), asc(incidents.id)];
}

export function listIncidents(
  filter: IncidentFilter,
  page: PageRequest,
  h: DatabaseHandle = getDatabase(),
): IncidentPage {
  const where = filterCondition(filter);
  const total = h.db.select({ n: count() }).from(incidents).where(where).get()?.n ?? 0;
  const rows = h.db
    .select()
    .from(incidents)
    .where(where)
    .orderBy(...orderBy(page))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .all();
  return { total, page: page.page, pageSize: page.pageSize, items: toRecords(h, rows) };
}
