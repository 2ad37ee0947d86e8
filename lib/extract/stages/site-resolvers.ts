/**
 * From a site mention to the incident's place, for one sentence: the plain resolution
 * (resolve-place.ts), a homonym settled by the finer place named right after it, a range
 * or wadi placed in the governorate the clause names, and a reference point moved by a
 * stated distance and bearing.
 */
import { governorateName } from '@/lib/codebook';
import type { Lang } from '../lexicon';
import type { ResolvedPlace, SiteMention } from '../types';
import { offsetBefore, projectPlace } from './offset-place';
import { isArea, liesWithin } from './place-within';
import { choosePlace, resolvePlace, type GovVotes } from './resolve-place';

const SETTLE_REACH = 40;
const FEATURE_GOV_REACH = 40;
const CONTAINER_REACH = 24;
const CONTAINER_JOIN = /^\s*[,،]?\s*(?:في|ضمن|التابع\S*\s+ل\S*|in|of|in the)\s+(?:(?:قضاء|ناحيه|مدينه|بلده|district of|town of|city of)\s+)?$/i;

export function siteResolvers(norm: string, lang: Lang, votes: GovVotes) {
  const resolve = (s: SiteMention | null): ResolvedPlace | null => {
    if (!s || s.foreign) return null;
    const p = choosePlace(s, norm, votes);
    return p ? resolvePlace(p, s) : null;
  };
  // "the village of al-Rashad in the Qara Tapa area": when the first name is a homonym the article's
  // governorate overrules, the finer place named right after it in that governorate is the site.
  const resolveSettled = (s: SiteMention | null, among: SiteMention[]): ResolvedPlace | null => {
    const r = inNamedContainer(withinNamedGovernorate(resolve(s), s, among), s, among);
    if (!r || !s || r.place?.kind !== 'governorate' || s.places.some((p) => p.kind === 'governorate')) return r;
    for (const next of among) {
      if (next.start <= s.end || next.start - s.end > SETTLE_REACH || next.demoted || next.foreign) continue;
      const n = resolve(next);
      if (n && n.gov === r.gov && n.place?.kind !== 'governorate') return n;
    }
    return r;
  };
  // "جبال حمرين ضمن قاطع عمليات ديالى", "the Hamrin hills of Diyala province": a range or wadi that spans
  // governorates lies in the one the clause names next to it.
  const withinNamedGovernorate = (r: ResolvedPlace | null, s: SiteMention | null, among: SiteMention[]): ResolvedPlace | null => {
    if (!r || !s || r.place?.kind !== 'feature') return r;
    for (const other of among) {
      if (other === s || Math.abs(other.start - s.end) > FEATURE_GOV_REACH || other.foreign) continue;
      const gov = other.places.find((p) => p.kind === 'governorate')?.gov;
      if (gov && gov !== r.gov && other.places.every((p) => p.kind === 'governorate' || p.gov === gov)) {
        return { ...r, gov, label: `${r.place.en}, ${governorateName(gov).en}`, coarse: true };
      }
    }
    return r;
  };
  // "حي جميلة في قضاء طوز خورماتو", "the Askari quarter in Tuz Khurmatu": a quarter or village the gazetteer
  // knows only elsewhere, placed by the text inside a named district or town of another governorate, is a
  // homonym it lacks there — the container is the site.
  const inNamedContainer = (r: ResolvedPlace | null, s: SiteMention | null, among: SiteMention[]): ResolvedPlace | null => {
    if (!r || !s || r.place?.kind === 'governorate') return r;
    for (const next of among) {
      if (next.start <= s.end || next.start - s.end > CONTAINER_REACH || next.demoted || next.foreign) continue;
      if (!CONTAINER_JOIN.test(norm.slice(s.end, next.start))) continue;
      const govs = new Set(next.places.map((p) => p.gov));
      const c = resolve(next);
      if (c && govs.size === 1 && c.gov !== r.gov && !s.places.some((p) => p.gov === c.gov)) return c;
    }
    return r;
  };
  // "استهداف قاعدة عين الأسد الجوية التي تضم قوات أمريكية في ناحية البغدادي … بطائرتين": the site picked
  // for the weapon word is the area named last, but a finer place (a base, a village, a quarter) named
  // before it in the clause and lying inside that area is where the attack struck.
  const finerBefore = (r: ResolvedPlace | null, s: SiteMention | null, among: SiteMention[], from: number): ResolvedPlace | null => {
    const area = r?.place;
    if (!r || !s || !area || !isArea(area)) return r;
    for (let i = among.length - 1; i >= 0; i--) {
      const before = among[i]!;
      if (before.end > s.start || before.start < from || before.demoted || before.foreign) continue;
      const f = resolve(before);
      if (f?.place && liesWithin(f.place, area)) return f;
    }
    return r;
  };
  // A reference point with a distance and bearing ("(22 كم) جنوب بعقوبة") gives an estimated site.
  const resolveRef = (s: SiteMention | null): ResolvedPlace | null => {
    const r = resolve(s);
    const offset = r && s ? offsetBefore(norm, s.start, lang) : null;
    return r && offset ? projectPlace(r, offset) : r;
  };
  return { resolve, resolveSettled, resolveRef, finerBefore };
}
