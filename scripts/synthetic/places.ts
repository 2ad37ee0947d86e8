/**
 * Where synthetic incidents happen: the project gazetteer's places (lib/gazetteer), each
 * picked in proportion to its rank so that cities and prominent towns dominate as they
 * do in news reporting. If the gazetteer cannot be loaded, each governorate's capital
 * (lib/geo's governorateCentroid) is used with a small jitter so the map still spreads.
 */
import { allPlaces } from '@/lib/gazetteer';
import { governorateCapital, governorateCentroid } from '@/lib/geo';
import { GOVERNORATES, governorateName, type GovernorateCode } from '@/lib/codebook';

export interface SyntheticPlace {
  name: string;
  nameAr: string;
  governorate: GovernorateCode;
  lat: number;
  lon: number;
  /** Degrees of random offset applied per incident (0 for gazetteer places). */
  jitter: number;
  /** Relative chance of being picked within its governorate. */
  weight: number;
}

export function capitalPlaces(): SyntheticPlace[] {
  return GOVERNORATES.map((g) => {
    const { lat, lon } = governorateCentroid(g.code);
    return { name: governorateCapital(g.code), nameAr: governorateName(g.code).ar, governorate: g.code, lat, lon, jitter: 0.15, weight: 1 };
  });
}

export function gazetteerPlaces(): SyntheticPlace[] {
  return allPlaces()
    .filter((p) => p.kind !== 'governorate') // an incident is reported at a place, not "in Diyala"
    .map((p) => ({ name: p.en, nameAr: p.ar, governorate: p.gov, lat: p.lat, lon: p.lon, jitter: 0, weight: Math.max(1, p.rank) }));
}

export function loadPlacePool(): { places: SyntheticPlace[]; source: 'gazetteer' | 'capitals' } {
  try {
    const places = gazetteerPlaces();
    // Every governorate needs at least one place, else its weight could not be honoured.
    const covered = new Set(places.map((p) => p.governorate));
    if (GOVERNORATES.every((g) => covered.has(g.code))) return { places, source: 'gazetteer' };
  } catch (err) {
    console.warn(`gazetteer unavailable (${(err as Error).message}); using governorate capitals`);
  }
  return { places: capitalPlaces(), source: 'capitals' };
}
