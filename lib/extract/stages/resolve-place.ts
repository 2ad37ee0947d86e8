/**
 * Choosing one gazetteer entry for a mention and turning it into the incident's place.
 * - Homonyms are settled by the governorates the rest of the article talks about.
 * - A name that is both a governorate and its capital ("Basra", "كركوك") is read as
 *   the city unless the text says province/محافظة, but it cannot tell two sites of
 *   that governorate apart (coarse).
 * - A small place that the gazetteer knows only in another governorate than the one
 *   the article names ("Garma" in an article about Basra) is a homonym the gazetteer
 *   lacks: the named governorate wins.
 * lat/lon is the place's point, or the governorate centroid for a governorate-level
 * mention.
 */
import type { GovernorateCode } from '@/lib/codebook';
import { governorateName } from '@/lib/codebook';
import { allPlaces, placeById, type Place } from '@/lib/gazetteer';
import { governorateCentroid } from '@/lib/geo';
import type { ResolvedPlace, SiteMention } from '../types';

const PROVINCE_CUE = /(?:محافظه|محافظتي|province|governorate|provincial)\W{0,3}(?:of\s+)?$/i;
const PROVINCE_AFTER = /^\W{0,3}(?:province|governorate)\b/i;
const CITY_CUE = /(?:مدينه|مركز|city|town|capital)\W{0,3}(?:of\s+)?$/i;

const SMALL_KINDS = new Set<Place['kind']>(['village', 'town', 'subdistrict', 'neighbourhood', 'feature']);

export interface GovVotes {
  votes: Map<GovernorateCode, number>;
  /** governorates the article names as such */
  named: Set<GovernorateCode>;
}

function weightOf(s: SiteMention): number {
  const govs = new Set(s.places.map((p) => p.gov));
  return ((s.demoted ? 0.5 : 1) * (govs.size === 1 ? 2 : 1)) / govs.size;
}

export function governorateVotes(sites: SiteMention[]): GovVotes {
  const votes = new Map<GovernorateCode, number>();
  const named = new Set<GovernorateCode>();
  for (const s of sites) {
    if (s.foreign || s.places.length === 0) continue;
    const w = weightOf(s);
    for (const g of new Set(s.places.map((p) => p.gov))) votes.set(g, (votes.get(g) ?? 0) + w);
    if (!s.demoted) for (const p of s.places) if (p.kind === 'governorate') named.add(p.gov);
  }
  return { votes, named };
}

function govLevelOf(pool: Place[]): Place[] {
  return pool.filter((p) => p.kind === 'governorate');
}

function governoratePlace(gov: GovernorateCode): Place | null {
  return allPlaces().find((p) => p.kind === 'governorate' && p.gov === gov) ?? null;
}

export function choosePlace(site: SiteMention, norm: string, v: GovVotes): Place | null {
  const before = norm.slice(Math.max(0, site.start - 24), site.start);
  const after = norm.slice(site.end, site.end + 16);
  let pool = site.places;
  if (pool.length === 0) return null;
  const govLevel = pool.filter((p) => p.kind === 'governorate');
  // (Only a finer place of the same governorate: "Salah al-Din" is not Salahaddin town in Erbil.)
  const finer = pool.filter((p) => p.kind !== 'governorate' && (govLevelOf(pool).length === 0 || govLevelOf(pool).some((g) => g.gov === p.gov)));
  if ((PROVINCE_CUE.test(before) || PROVINCE_AFTER.test(after)) && govLevel.length > 0) pool = govLevel;
  else if (finer.length > 0 && (CITY_CUE.test(before) || govLevel.length > 0)) pool = finer;
  let best = pool[0] ?? null;
  let bestVote = best ? (v.votes.get(best.gov) ?? 0) : 0;
  for (const p of pool) {
    const vote = v.votes.get(p.gov) ?? 0;
    if (vote > bestVote + 0.01) {
      best = p;
      bestVote = vote;
    }
  }
  if (best && SMALL_KINDS.has(best.kind) && govLevel.length === 0 && v.named.size === 1 && !v.named.has(best.gov)) {
    const onlyHere = (v.votes.get(best.gov) ?? 0) <= weightOf(site) + 0.01;
    const namedGov = [...v.named][0]!;
    if (onlyHere) return governoratePlace(namedGov) ?? best;
  }
  return best;
}

function label(p: Place): string {
  const gov = governorateName(p.gov).en;
  if (p.kind === 'governorate') return gov;
  const parts = [p.en];
  const district = p.district ? placeById(p.district) : undefined;
  if (district && district.id !== p.id && district.en !== p.en) parts.push(`${district.en} district`);
  if (gov !== p.en) parts.push(gov);
  return parts.join(', ');
}

export function resolvePlace(p: Place, site?: SiteMention): ResolvedPlace {
  const sharesGovName = site?.places.some((q) => q.kind === 'governorate') ?? false;
  const coarse = p.kind === 'governorate' || sharesGovName || site?.demoted === 'direction';
  if (p.kind === 'governorate') {
    const c = governorateCentroid(p.gov);
    return { place: p, gov: p.gov, label: label(p), lat: c.lat, lon: c.lon, precise: false, coarse };
  }
  return { place: p, gov: p.gov, label: label(p), lat: p.lat, lon: p.lon, precise: true, coarse };
}
