/** One incident with everything behind it, and the analyst's review decision. */
import { asc, eq } from 'drizzle-orm';
import { governorateName } from '@/lib/codebook';
import type { ReviewStatus } from '@/lib/filter';
import { getDatabase, type DatabaseHandle } from '../client';
import { articles, incidentSources, incidents } from '../schema';
import type { IncidentDetail, IncidentRecord } from '../types';
import { loadActors, toRecords } from './incident-records';

export function getIncident(id: number, h: DatabaseHandle = getDatabase()): IncidentDetail | null {
  const row = h.db.select().from(incidents).where(eq(incidents.id, id)).get();
  if (!row) return null;
  const sources = h.db
    .select({
      articleId: articles.id,
      url: articles.url,
      title: articles.title,
      evidence: incidentSources.evidence,
      published: articles.published,
      lang: articles.lang,
      text: articles.text,
      ingestedAt: articles.ingestedAt,
    })
    .from(incidentSources)
    .innerJoin(articles, eq(articles.id, incidentSources.articleId))
    .where(eq(incidentSources.incidentId, id))
    .orderBy(asc(articles.id))
    .all();
  return {
    id: row.id,
    type: row.type,
    date: row.date,
    date_precision: row.datePrecision,
    governorate: row.governorate,
    governorateName: row.governorate ? governorateName(row.governorate) : null,
    place: row.place,
    lat: row.lat,
    lon: row.lon,
    actors: loadActors(h, [id]).get(id) ?? [],
    killed: row.killed,
    injured: row.injured,
    kidnapped: row.kidnapped,
    evidence: sources[0]?.evidence ?? '',
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    sources,
  };
}

/** Records a review decision; returns the updated incident, or null when the id is unknown. */
export function setIncidentStatus(id: number, status: ReviewStatus, h: DatabaseHandle = getDatabase()): IncidentRecord | null {
  const updated = h.db
    .update(incidents)
    .set({ status, updatedAt: new Date().toISOString() })
    .where(eq(incidents.id, id))
    .returning()
    .all();
  return updated.length ? (toRecords(h, updated)[0] ?? null) : null;
}
