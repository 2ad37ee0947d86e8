/**
 * Writing one article and its extracted incidents: all of it in one transaction, or
 * nothing. Ingestion, seeds and tests all store articles through here. Raw prepared
 * statements, cached per connection, because this runs for every article of a batch.
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
import {
  isActorId,
  isGovernorateCode,
  isIncidentType,
  type Article,
  type Incident,
} from '@/lib/codebook';
import { normaliseArabic } from '@/lib/text/arabic';
import type { DatabaseHandle } from './client';
import { refreshSearchDocument } from './search-index';
import { cachedStatement } from './statement-cache';
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
  if (inc.lat !== null && inc.lon !== null && !(Math.abs(inc.lat) <= 90 && Math.abs(inc.lon) <= 180)) {
    throw new Error(`${where}: coordinates ${inc.lat}, ${inc.lon} are not a point on Earth`);
  }
  for (const a of inc.actors) {
    if (!isActorId(a.id)) throw new Error(`${where}: unknown actor ${JSON.stringify(a.id)}`);
    if (a.role !== 'perpetrator' && a.role !== 'target') throw new Error(`${where}: unknown actor role ${JSON.stringify(a.role)}`);
  }
}

type Sqlite = DatabaseHandle['sqlite'];

function findMergeTarget(sqlite: Sqlite, inc: Incident, articleId: number): number | undefined {
  if (!inc.governorate || !inc.date || !inc.place) return undefined;
  const id = cachedStatement(
    sqlite,
    `SELECT id FROM incidents i
      WHERE type = ? AND governorate = ? AND date = ? AND place = ?
        AND NOT EXISTS (SELECT 1 FROM incident_sources s WHERE s.incident_id = i.id AND s.article_id = ?)
      ORDER BY id LIMIT 1`,
  )
    .pluck()
    .get(inc.type, inc.governorate, inc.date, inc.place, articleId) as number | undefined;
  return id;
}

function addActors(sqlite: Sqlite, incidentId: number, inc: Incident): void {
  const stmt = cachedStatement(sqlite, 'INSERT INTO incident_actors (incident_id, actor, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  for (const a of inc.actors) stmt.run(incidentId, a.id, a.role);
}

function fillGaps(sqlite: Sqlite, incidentId: number, inc: Incident, now: string): void {
  cachedStatement(
    sqlite,
    `UPDATE incidents SET killed = coalesce(killed, ?), injured = coalesce(injured, ?), kidnapped = coalesce(kidnapped, ?),
            lat = CASE WHEN lat IS NULL THEN ? ELSE lat END, lon = CASE WHEN lat IS NULL THEN ? ELSE lon END, updated_at = ?
      WHERE id = ?`,
  ).run(inc.killed, inc.injured, inc.kidnapped, inc.lat, inc.lon, now, incidentId);
}

function insertIncident(sqlite: Sqlite, inc: Incident, now: string): number {
  return cachedStatement(
    sqlite,
    `INSERT INTO incidents (type, date, date_precision, governorate, place, lat, lon, killed, injured, kidnapped, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  )
    .pluck()
    .get(inc.type, inc.date, inc.date_precision, inc.governorate, inc.place, inc.lat, inc.lon, inc.killed, inc.injured, inc.kidnapped, now, now) as number;
}

/**
 * Stores the article and its incidents atomically. An article whose normalised text is
 * already stored is skipped and nothing is written.
 */
export function storeArticle(h: DatabaseHandle, article: Article, found: Incident[]): IngestArticleResult {
  found.forEach(validateIncident);
  const hash = contentHash(article.text);
  const now = new Date().toISOString();
  const { sqlite } = h;
  const store = sqlite.transaction((): IngestArticleResult => {
    const existing = cachedStatement(sqlite, 'SELECT id FROM articles WHERE content_hash = ?').pluck().get(hash) as number | undefined;
    if (existing !== undefined) return { status: 'skipped', articleId: existing, reason: 'duplicate' };

    const articleId = cachedStatement(
      sqlite,
      'INSERT INTO articles (url, title, lang, published, text, content_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
    )
      .pluck()
      .get(article.url, article.title, article.lang, article.published, article.text, hash, now) as number;

    let incidentsAdded = 0;
    let incidentsLinked = 0;
    const touched = new Set<number>();
    const addSource = cachedStatement(sqlite, 'INSERT INTO incident_sources (incident_id, article_id, evidence) VALUES (?, ?, ?)');
    for (const inc of found) {
      let incidentId = findMergeTarget(sqlite, inc, articleId);
      if (incidentId !== undefined) {
        incidentsLinked++;
        fillGaps(sqlite, incidentId, inc, now);
      } else {
        incidentId = insertIncident(sqlite, inc, now);
        incidentsAdded++;
      }
      addActors(sqlite, incidentId, inc);
      addSource.run(incidentId, articleId, inc.evidence ?? '');
      touched.add(incidentId);
    }
    for (const id of touched) refreshSearchDocument(sqlite, id);
    return { status: 'new', articleId, incidentsAdded, incidentsLinked };
  });
  return store();
}
