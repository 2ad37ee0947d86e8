/**
 * The gazetteer: Iraqi places (governorates down to neighbourhoods, bases, crossings, natural
 * features) with English and Arabic spellings, and a matcher that finds them in news text.
 * Data: data/gazetteer/*.json (sources in data/gazetteer/README.md).
 */
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
