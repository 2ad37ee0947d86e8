/**
 * Test support: the filter semantics written plainly in JS over the fixture, to check
 * the SQL in db/queries against. Deliberately independent of db/queries.
 */
import type { Incident, Article } from '@/lib/codebook';
import type { IncidentFilter, ReviewStatus } from '@/lib/filter';
import { normaliseArabic } from '@/lib/text/arabic';

export interface StoredIncident {
  id: number;
  incident: Incident;
  article: Article;
  status: ReviewStatus;
}

const fold = (s: string) => normaliseArabic(s).toLowerCase();

export function matchesFilter(e: StoredIncident, f: IncidentFilter): boolean {
  const inc = e.incident;
  if (f.governorate.length && !(inc.governorate && f.governorate.includes(inc.governorate))) return false;
  if (f.type.length && !f.type.includes(inc.type)) return false;
  if (f.status.length && !f.status.includes(e.status)) return false;
  if (f.actor.length) {
    const hit = inc.actors.some((a) => f.actor.includes(a.id) && (f.actorRole !== 'perpetrator' || a.role === 'perpetrator'));
    if (!hit) return false;
  }
  if (f.from && !(inc.date && inc.date >= f.from)) return false;
  if (f.to && !(inc.date && inc.date <= f.to)) return false;
  if (f.minKilled && !(inc.killed !== null && inc.killed >= f.minKilled)) return false;
  if (f.q) {
    const hay = fold(`${inc.place ?? ''}\n${inc.evidence}\n${e.article.title}`);
    if (!hay.includes(fold(f.q))) return false;
  }
  return true;
}
