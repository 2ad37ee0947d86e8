/**
 * Writing one article and its extracted incidents: all of it in one transaction, or
 * nothing. Ingestion, seeds and tests all store articles through here.
 *
 * Merge rule (why: the same event is reported by several outlets): an extracted incident
 * whose type, governorate, date and place are all known and exactly equal to those of a
 * stored incident that does not yet cite this article is not stored again; instead this
 * article is linked to it as another source (with its own evidence), its actors are added
 * to the incident's, and casualty figures or coordinates the incident lacks are filled in.
 * Figures it already has are never overwritten. Anything less than an exact match is
 * stored as a new incident (reviewers can see near-duplicates side by side).
 */
import { createHash } from 'node:crypto';
import { and, eq, isNull, notExists, sql } from 'drizzle-orm';
import {
  isActorId,
  isGovernorateCode,
  isIncidentType,
  type Article,
  type Incident,
} from '@/lib/codebook';
import { normaliseArabic } from '@/lib/text/arabic';
import type { DatabaseHandle, Db } from './client';
import { articles, incidentActors, incidentSources, incidents } from './schema';
import { refreshSearchDocument } from './search-index';
import type { IngestArticleResult } from './types';

/** sha256 of the text with spelling variants, case and spacing folded. */
export function contentHash(text: string): string {
  const normal = normaliseArabic(text).toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normal, 'utf8').digest('hex');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Rejects what the CHECK constraints would reject, with a message a person can act on. */
function validateIncident(inc: Incident, n: number): void {
  const where = `incident ${n + 1}`;
  if (!isIncidentType(inc.type)) throw new Error(`${where}: unknown type ${JSON.stringify(inc.type)}`);
  if (inc.governorate !== null && !isGovernorateCode(inc.governorate)) {
    throw new Error(`${where}: unknown governorate ${JSON.stringify(inc.governorate)}`);
  }
  if (inc.date !== null && !DATE.test(inc.date)) throw new Error(`${where}: date ${JSON.stringify(inc.date)} is not YYYY-MM-DD`);
  for (const key of ['killed', 'injured', 'kidnapped'] as const) {
    const v = inc[key];
    if (v !== null && !(Number.isInteger(v) && v >= 0)) throw new Error(`${where}: ${key} must be a whole number ≥ 0 or null`);
  }
  if ((inc.lat === null) !== (inc.lon === null)) throw new Error(`${where}: lat and lon must both be given or both null`);
  for (const a of inc.actors) {
    if (!isActorId(a.id)) throw new Error(`${where}: unknown actor ${JSON.stringify(a.id)}`);
    if (a.role !== 'perpetrator' && a.role !== 'target') throw new Error(`${where}: unknown actor role ${JSON.stringify(a.role)}`);
  }
}

function findMergeTarget(tx: Db, inc: Incident, articleId: number): number | undefined {
  if (!inc.governorate || !inc.date || !inc.place) return undefined;
  const row = tx
    .select({ id: incidents.id })
    .from(incidents)
    .where(
      and(
        eq(incidents.type, inc.type),
        eq(incidents.governorate, inc.governorate),
        eq(incidents.date, inc.date),
        eq(incidents.place, inc.place),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(incidentSources)
            .where(and(eq(incidentSources.incidentId, incidents.id), eq(incidentSources.articleId, articleId))),
        ),
      ),
    )
    .orderBy(incidents.id)
    .limit(1)
    .get();
  return row?.id;
}

function addActors(tx: Db, incidentId: number, inc: Incident): void {
  if (!inc.actors.length) return;
  tx.insert(incidentActors)
    .values(inc.actors.map((a) => ({ incidentId, actor: a.id, role: a.role })))
    .onConflictDoNothing()
    .run();
}

function fillGaps(tx: Db, incidentId: number, inc: Incident, now: string): void {
  for (const key of ['killed', 'injured', 'kidnapped'] as const) {
    const v = inc[key];
    if (v !== null) tx.update(incidents).set({ [key]: v, updatedAt: now }).where(and(eq(incidents.id, incidentId), isNull(incidents[key]))).run();
  }
  if (inc.lat !== null && inc.lon !== null) {
    tx.update(incidents).set({ lat: inc.lat, lon: inc.lon, updatedAt: now }).where(and(eq(incidents.id, incidentId), isNull(incidents.lat))).run();
  }
}

/**
 * Stores the article and its incidents atomically. An article whose normalised text is
 * already stored is skipped and nothing is written.
 */
export function storeArticle(h: DatabaseHandle, article: Article, found: Incident[]): IngestArticleResult {
  found.forEach(validateIncident);
  const hash = contentHash(article.text);
  const now = new Date().toISOString();
  return h.db.transaction((tx) => {
    const existing = tx.select({ id: articles.id }).from(articles).where(eq(articles.contentHash, hash)).get();
    if (existing) return { status: 'skipped', articleId: existing.id, reason: 'duplicate' } as const;

    const inserted = tx
      .insert(articles)
      .values({
        url: article.url,
        title: article.title,
        lang: article.lang,
        published: article.published,
        text: article.text,
        contentHash: hash,
        ingestedAt: now,
      })
      .returning({ id: articles.id })
      .get();
    const articleId = inserted.id;

    let incidentsAdded = 0;
    let incidentsLinked = 0;
    const touched = new Set<number>();
    for (const inc of found) {
      let incidentId = findMergeTarget(tx, inc, articleId);
      if (incidentId !== undefined) {
        incidentsLinked++;
        fillGaps(tx, incidentId, inc, now);
      } else {
        incidentId = tx
          .insert(incidents)
          .values({
            type: inc.type,
            date: inc.date,
            datePrecision: inc.date_precision,
            governorate: inc.governorate,
            place: inc.place,
            lat: inc.lat,
            lon: inc.lon,
            killed: inc.killed,
            injured: inc.injured,
            kidnapped: inc.kidnapped,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: incidents.id })
          .get().id;
        incidentsAdded++;
      }
      addActors(tx, incidentId, inc);
      tx.insert(incidentSources).values({ incidentId, articleId, evidence: inc.evidence ?? '' }).run();
      touched.add(incidentId);
    }
    for (const id of touched) refreshSearchDocument(h.sqlite, id);
    return { status: 'new', articleId, incidentsAdded, incidentsLinked } as const;
  });
}
