/**
 * The gazetteer: Iraqi places (governorates down to neighbourhoods, bases, crossings, natural
 * features) with English and Arabic spellings, and a matcher that finds them in news text.
 * Data: data/gazetteer/*.json (sources in data/gazetteer/README.md).
 */
import { distanceKm } from '@/lib/geo';
import { loadGazetteer } from './load';
import { buildArabicIndex, findArabicMentions } from './arabic-matcher';
import { buildEnglishIndex, findEnglishMentions } from './english-matcher';
import type { NameIndex } from './name-index';
import type { Place, PlaceMention } from './types';

export type { Place, PlaceKind, PlaceMention } from './types';

let arabicIndex: NameIndex | null = null;
let englishIndex: NameIndex | null = null;

/**
 * Finds every gazetteer name in a text, left to right, longest name first, without overlaps.
 * For 'ar' the offsets refer to normaliseArabic(text) (callers pass normalised text; the
 * function is idempotent); for 'en' to the text as given.
 */
export function findPlaceMentions(text: string, lang: 'ar' | 'en'): PlaceMention[] {
  const g = loadGazetteer();
  if (lang === 'ar') {
    arabicIndex ??= buildArabicIndex(g.records, g.byId);
    return findArabicMentions(text, arabicIndex);
  }
  englishIndex ??= buildEnglishIndex(g.records, g.byId);
  return findEnglishMentions(text, englishIndex);
}

export function placeById(id: string): Place | undefined {
  return loadGazetteer().byId.get(id);
}

export function allPlaces(): readonly Place[] {
  return loadGazetteer().places;
}

const nearestDistrict = new Map<string, string | undefined>();
/** Farther than this from every district seat of its governorate, a place is given no district. */
const DISTRICT_REACH_KM = 45;

/**
 * The district a place lies in: the one the data names, else the nearest district seat of
 * its governorate (towns and villages from lists without district codes). An estimate near
 * district borders, good enough to tell that a town lies in the district a report names.
 */
export function districtOf(p: Place): string | undefined {
  if (p.kind === 'district') return p.id;
  if (p.district || p.kind === 'governorate') return p.district;
  if (nearestDistrict.has(p.id)) return nearestDistrict.get(p.id);
  let best: Place | undefined;
  let bestKm = DISTRICT_REACH_KM;
  for (const d of loadGazetteer().places) {
    if (d.kind !== 'district' || d.gov !== p.gov) continue;
    const km = distanceKm({ lat: p.lat, lon: p.lon }, { lat: d.lat, lon: d.lon });
    if (km < bestKm) {
      best = d;
      bestKm = km;
    }
  }
  nearestDistrict.set(p.id, best?.id);
  return best?.id;
}
