import type { GovernorateCode } from '@/lib/codebook';

export type PlaceKind =
  | 'governorate'
  | 'district'
  | 'subdistrict'
  | 'city'
  | 'town'
  | 'village'
  | 'neighbourhood'
  | 'base'
  | 'airport'
  | 'feature'
  | 'crossing'
  | 'facility';

export const PLACE_KINDS: readonly PlaceKind[] = [
  'governorate', 'district', 'subdistrict', 'city', 'town', 'village',
  'neighbourhood', 'base', 'airport', 'feature', 'crossing', 'facility',
];

export interface Place {
  id: string;
  kind: PlaceKind;
  en: string;
  ar: string;
  lat: number;
  lon: number;
  gov: GovernorateCode;
  /** id of the district (qadaa) a sub-unit belongs to, when known. */
  district?: string;
  /** larger = more prominent (governorate 100 … village 10). */
  rank: number;
}

export interface PlaceMention {
  start: number;
  end: number;
  surface: string;
  /** best first (rank, then kind). */
  candidates: Place[];
}

/**
 * One record of data/gazetteer/*.json. `en`/`ar` are the display names; every spelling that
 * should be recognised in text (including en/ar) is matched.
 */
export interface GazetteerRecord {
  id: string;
  kind: PlaceKind;
  gov: string;
  lat: number;
  lon: number;
  en: string;
  ar: string;
  alt_en?: string[];
  alt_ar?: string[];
  district?: string;
  rank: number;
  /**
   * English: the name is also an ordinary word or a personal name. true: only a capitalised use
   * mid-sentence or after a place preposition counts ("in Hit", "Ramadi and Hit", not "hit by").
   * 'cue': capitalised AND after a place preposition or before "district/town/…" ("in Salman").
   */
  needsCapital?: boolean | 'cue';
  /**
   * Arabic: the name is also an ordinary word. true: only after a cue word (منطقة، حي، ناحية،
   * قضاء، مدينة، قرية، بلدة، قاعدة، في …). 'strict': only as "ناحية X / قضاء X / منطقة X / مدينة X /
   * بلدة X / قرية X / حي X" — for very common words (المدينة، السلام، الحرية).
   */
  needsCue?: boolean | 'strict';
  /** Spellings exempt from needsCue / needsCapital (a distinctive alternative name of a guarded place). */
  plain_ar?: string[];
  plain_en?: string[];
  /** Names never matched in text (kept for display / lookup by id): too ambiguous or not a point. */
  noMatch?: boolean;
  /** Spellings of this entry that are not matched (e.g. an English name that is a common word). */
  noMatch_en?: string[];
  noMatch_ar?: string[];
}
