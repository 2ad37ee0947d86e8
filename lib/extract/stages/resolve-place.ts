/**
 * Choosing one gazetteer entry for a mention and turning it into the incident's place:
 * homonyms are settled by the governorates the rest of the article talks about; a
 * name that is both a governorate and its capital ("Basra", "كركوك") is read as the
 * city unless the text says province/محافظة. lat/lon is the place's point, or the
 * governorate centroid for a governorate-level mention.
 */
import type { GovernorateCode } from '@/lib/codebook';
import { governorateName } from '@/lib/codebook';
import { placeById, type Place } from '@/lib/gazetteer';
import { governorateCentroid } from '@/lib/geo';
import type { ResolvedPlace, SiteMention } from '../types';

const PROVINCE_CUE = /(?:محافظه|محافظتي|province|governorate|provincial)\W{0,3}(?:of\s+)?$/i;
const CITY_CUE = /(?:مدينه|مركز|city|town|capital)\W{0,3}(?:of\s+)?$/i;

export type GovVotes = Map<GovernorateCode, number>;

export function governorateVotes(sites: SiteMention[]): GovVotes {
  const votes: GovVotes = new Map();
  for (const s of sites) {
    if (s.foreign || s.places.length === 0) continue;
    const govs = new Set(s.places.map((p) => p.gov));
    const weight = (s.demoted ? 0.5 : 1) * (govs.size === 1 ? 2 : 1);
    for (const g of govs) votes.set(g, (votes.get(g) ?? 0) + weight / govs.size);
  }
  return votes;
}

export function choosePlace(site: SiteMention, norm: string, votes: GovVotes): Place | null {
  const before = norm.slice(Math.max(0, site.start - 24), site.start);
  let pool = site.places;
  if (pool.length === 0) return null;
  const govLevel = pool.filter((p) => p.kind === 'governorate');
  const finer = pool.filter((p) => p.kind !== 'governorate');
  if (PROVINCE_CUE.test(before) && govLevel.length > 0) pool = govLevel;
  else if (finer.length > 0 && (CITY_CUE.test(before) || govLevel.length > 0)) pool = finer;
  let best = pool[0] ?? null;
  let bestVote = best ? (votes.get(best.gov) ?? 0) : 0;
  for (const p of pool) {
    const v = votes.get(p.gov) ?? 0;
    if (v > bestVote + 0.01) {
      best = p;
      bestVote = v;
    }
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

export function resolvePlace(p: Place): ResolvedPlace {
  if (p.kind === 'governorate') {
    const c = governorateCentroid(p.gov);
    return { place: p, gov: p.gov, label: label(p), lat: c.lat, lon: c.lon, precise: false };
  }
  return { place: p, gov: p.gov, label: label(p), lat: p.lat, lon: p.lon, precise: true };
}
