/**
 * Where synthetic incidents happen. Preferred source: the project gazetteer
 * (`allPlaces()` from lib/gazetteer). Until that module exists, each governorate's
 * capital is used, with a small jitter so the map still shows spread-out markers.
 * Capital coordinates are approximate public facts (rounded to 0.01°, as listed
 * on the cities' Wikipedia pages); they only feed synthetic data.
 */
import { GOVERNORATES, type GovernorateCode } from '@/lib/codebook';

export interface SyntheticPlace {
  name: string;
  governorate: GovernorateCode;
  lat: number;
  lon: number;
  /** Degrees of random offset applied per incident (0 for gazetteer places). */
  jitter: number;
}

const CAPITALS: Record<GovernorateCode, [string, number, number]> = {
  'IQ-AN': ['Ramadi', 33.42, 43.3],
  'IQ-AR': ['Erbil', 36.19, 44.01],
  'IQ-BA': ['Basra', 30.51, 47.81],
  'IQ-BB': ['Hillah', 32.48, 44.42],
  'IQ-BG': ['Baghdad', 33.32, 44.37],
  'IQ-DA': ['Duhok', 36.87, 42.99],
  'IQ-DI': ['Baqubah', 33.75, 44.64],
  'IQ-DQ': ['Nasiriyah', 31.04, 46.26],
  'IQ-KA': ['Karbala', 32.62, 44.02],
  'IQ-KI': ['Kirkuk', 35.47, 44.39],
  'IQ-MA': ['Amarah', 31.84, 47.14],
  'IQ-MU': ['Samawah', 31.31, 45.28],
  'IQ-NA': ['Najaf', 32.0, 44.33],
  'IQ-NI': ['Mosul', 36.34, 43.13],
  'IQ-QA': ['Diwaniyah', 31.99, 44.93],
  'IQ-SD': ['Tikrit', 34.61, 43.68],
  'IQ-SU': ['Sulaymaniyah', 35.56, 45.44],
  'IQ-WA': ['Kut', 32.51, 45.82],
};

export function capitalPlaces(): SyntheticPlace[] {
  return GOVERNORATES.map((g) => {
    const [name, lat, lon] = CAPITALS[g.code];
    return { name, governorate: g.code, lat, lon, jitter: 0.15 };
  });
}

interface GazetteerLike {
  allPlaces?: () => Iterable<{
    name?: string;
    en?: string;
    nameEn?: string;
    governorate?: string | null;
    lat?: number | null;
    lon?: number | null;
  }>;
}

/** Gazetteer places with a governorate and coordinates, or null when unavailable. */
async function gazetteerPlaces(): Promise<SyntheticPlace[] | null> {
  // The specifier is a variable so this file still type-checks before lib/gazetteer lands.
  const specifier = '@/lib/gazetteer';
  let mod: GazetteerLike;
  try {
    mod = (await import(specifier)) as GazetteerLike;
  } catch {
    return null;
  }
  if (typeof mod.allPlaces !== 'function') return null;
  const out: SyntheticPlace[] = [];
  for (const p of mod.allPlaces()) {
    const name = p.en ?? p.nameEn ?? p.name;
    const gov = GOVERNORATES.find((g) => g.code === p.governorate);
    if (!name || !gov || typeof p.lat !== 'number' || typeof p.lon !== 'number') continue;
    out.push({ name, governorate: gov.code, lat: p.lat, lon: p.lon, jitter: 0 });
  }
  return out.length > 0 ? out : null;
}

export async function loadPlacePool(): Promise<{ places: SyntheticPlace[]; source: 'gazetteer' | 'capitals' }> {
  const fromGazetteer = await gazetteerPlaces();
  return fromGazetteer ? { places: fromGazetteer, source: 'gazetteer' } : { places: capitalPlaces(), source: 'capitals' };
}
