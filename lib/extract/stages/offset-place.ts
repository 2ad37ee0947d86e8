/**
 * "(22 كم) جنوب بعقوبة", "30 km northeast of Baquba": a distance and a bearing from a
 * reference place put the site elsewhere — sometimes in another governorate. The site
 * is estimated by moving the reference point; the governorate is read from the
 * boundaries at that point.
 */
import { governorateOf, nearestGovernorate } from '@/lib/geo';
import type { ResolvedPlace } from '../types';

export interface Offset {
  km: number;
  /** degrees clockwise from north */
  bearing: number;
  /** the bearing as printed in labels */
  direction: string;
}

const BEARINGS: Record<string, number> = {
  north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315,
};
const AR_POINT: Record<string, string> = { شمال: 'north', جنوب: 'south', شرق: 'east', غرب: 'west' };

// Up to ~45 characters before the reference place.
const EN_OFFSET =
  /([0-9]+(?:[.,][0-9]+)?)\s*(km|kilomet(?:er|re)s?|miles?)\s*(?:\([^)]{0,20}\)\s*)?(north|south|east|west)(?:-?(east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:(?:city|town|province|village|district)\s+of\s+)?$/i;
const AR_OFFSET =
  /([0-9]+(?:[.,][0-9]+)?)\s*(?:كم|كلم|كيلومترا?|كيلو\s+متر)\s*\)?\s*(?:الي\s+ال|الي\s+)?(شمال|جنوب|شرق|غرب)(?:ي|ا)?(?:\s+(?:ال)?(شرق|غرب)(?:ي|ا)?)?\s+(?:(?:مدينه|قضاء|ناحيه|محافظه|مركز)\s+)?$/;

const KM_PER_DEGREE = 111.32;
const MIN_KM = 3;
const MAX_KM = 400;

export function offsetBefore(norm: string, start: number, lang: 'ar' | 'en'): Offset | null {
  const before = norm.slice(Math.max(0, start - 64), start);
  const m = (lang === 'ar' ? AR_OFFSET : EN_OFFSET).exec(before);
  if (!m) return null;
  let km = Number(m[1]!.replace(',', '.'));
  if (lang === 'en' && /^mile/i.test(m[2]!)) km *= 1.609;
  const main = lang === 'ar' ? AR_POINT[m[2]!] : m[3]!.toLowerCase();
  const second = lang === 'ar' ? (m[3] ? AR_POINT[m[3]] : undefined) : m[4]?.toLowerCase();
  if (!main || !Number.isFinite(km) || km < MIN_KM || km > MAX_KM) return null;
  const direction = second && (main === 'north' || main === 'south') ? `${main}${second}` : main;
  const bearing = BEARINGS[direction];
  return bearing === undefined ? null : { km, bearing, direction };
}

/** The reference place moved by the offset: a point estimate, placed by the boundaries. */
export function projectPlace(ref: ResolvedPlace, offset: Offset): ResolvedPlace {
  if (ref.lat === null || ref.lon === null) return ref;
  const rad = (offset.bearing * Math.PI) / 180;
  const lat = ref.lat + (offset.km / KM_PER_DEGREE) * Math.cos(rad);
  const lon = ref.lon + (offset.km / (KM_PER_DEGREE * Math.cos((ref.lat * Math.PI) / 180))) * Math.sin(rad);
  const gov = governorateOf(lat, lon) ?? nearestGovernorate(lat, lon, 30) ?? ref.gov;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    place: ref.place,
    gov,
    label: `about ${Math.round(offset.km)} km ${offset.direction} of ${ref.label ?? 'the reference place'}`,
    lat: round(lat),
    lon: round(lon),
    precise: true,
    // An estimated point cannot tell two sites apart.
    coarse: true,
    estimated: true,
  };
}
