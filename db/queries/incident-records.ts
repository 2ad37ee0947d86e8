/**
 * Turning incident rows into IncidentRecords: actors and sources are fetched for a whole
 * page of ids in two queries rather than two per incident.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { IncidentActor } from '@/lib/codebook';
import type { DatabaseHandle } from '../client';
import { articles, incidentActors, incidentSources, type IncidentRow } from '../schema';
import type { IncidentRecord, IncidentSourceRef } from '../types';

/** Codebook order for actor roles: perpetrators first, as the codebook prints them. */
const ROLE_ORDER = { perpetrator: 0, target: 1 } as const;

export function loadActors(h: DatabaseHandle, ids: number[]): Map<number, IncidentActor[]> {
  const out = new Map<number, IncidentActor[]>();
  if (!ids.length) return out;
  const rows = h.db
    .select({ incidentId: incidentActors.incidentId, id: incidentActors.actor, role: incidentActors.role })
    .from(incidentActors)
    .where(inArray(incidentActors.incidentId, ids))
    .all();
  rows.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.id.localeCompare(b.id));
  for (const r of rows) {
    const list = out.get(r.incidentId) ?? [];
    list.push({ id: r.id, role: r.role });
    out.set(r.incidentId, list);
  }
  return out;
}

export function loadSourceRefs(h: DatabaseHandle, ids: number[]): Map<number, IncidentSourceRef[]> {
  const out = new Map<number, IncidentSourceRef[]>();
  if (!ids.length) return out;
  const rows = h.db
    .select({
      incidentId: incidentSources.incidentId,
      articleId: articles.id,
      url: articles.url,
      title: articles.title,
      evidence: incidentSources.evidence,
      published: articles.published,
    })
    .from(incidentSources)
    .innerJoin(articles, eq(articles.id, incidentSources.articleId))
    .where(inArray(incidentSources.incidentId, ids))
    .orderBy(asc(incidentSources.incidentId), asc(articles.id))
    .all();
  for (const { incidentId, ...ref } of rows) {
    const list = out.get(incidentId) ?? [];
    list.push(ref);
    out.set(incidentId, list);
  }
  return out;
}

export function toRecords(h: DatabaseHandle, rows: IncidentRow[]): IncidentRecord[] {
  const ids = rows.map((r) => r.id);
  const actorsById = loadActors(h, ids);
  const sourcesById = loadSourceRefs(h, ids);
  return rows.map((r) => {
    const sources = sourcesById.get(r.id) ?? [];
    return {
      id: r.id,
      type: r.type,
      date: r.date,
      date_precision: r.datePrecision,
      governorate: r.governorate,
      place: r.place,
      lat: r.lat,
      lon: r.lon,
      actors: actorsById.get(r.id) ?? [],
      killed: r.killed,
      injured: r.injured,
      kidnapped: r.kidnapped,
      evidence: sources[0]?.evidence ?? '',
      status: r.status,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      sources,
    };
  });
}
