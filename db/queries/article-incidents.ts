/** The incidents one article reports (what POST /api/articles answers with). */
import { asc, eq, inArray } from 'drizzle-orm';
import { getDatabase, type DatabaseHandle } from '../client';
import { incidentSources, incidents } from '../schema';
import type { IncidentRecord } from '../types';
import { toRecords } from './incident-records';

export function incidentsOfArticle(articleId: number, h: DatabaseHandle = getDatabase()): IncidentRecord[] {
  const ids = h.db
    .select({ id: incidentSources.incidentId })
    .from(incidentSources)
    .where(eq(incidentSources.articleId, articleId))
    .all()
    .map((r) => r.id);
  if (!ids.length) return [];
  const rows = h.db.select().from(incidents).where(inArray(incidents.id, ids)).orderBy(asc(incidents.id)).all();
  return toRecords(h, rows);
}
