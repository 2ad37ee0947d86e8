/**
 * Governorate geometry: which governorate a point lies in, and a representative point
 * for each governorate. Polygons are Natural Earth admin-1 (see data/boundaries/README.md);
 * Halabja is part of IQ-SU in that data, so it is here too.
 */
import type { GovernorateCode } from '@/lib/codebook';
import boundaries from '@/data/boundaries/iraq-governorates.json';
import { bboxOf, inPolygon, type BBox, type PolygonCoords } from './point-in-polygon';
import { distanceKm, type LatLon } from './distance';

interface GovernorateShape {
  code: GovernorateCode;
  polygons: PolygonCoords[];
  bbox: BBox;
}

interface BoundaryFeature {
  properties: { code: string };
  geometry: { type: string; coordinates: unknown };
}

let shapes: GovernorateShape[] | null = null;

function loadShapes(): GovernorateShape[] {
  if (shapes) return shapes;
  shapes = (boundaries.features as BoundaryFeature[]).map((f) => {
    const polygons =
      f.geometry.type === 'MultiPolygon'
        ? (f.geometry.coordinates as PolygonCoords[])
        : [f.geometry.coordinates as PolygonCoords];
    return { code: f.properties.code as GovernorateCode, polygons, bbox: bboxOf(polygons) };
  });
  return shapes;
}

/** The governorate containing the point, or null outside Iraq (or in a boundary sliver). */
export function governorateOf(lat: number, lon: number): GovernorateCode | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  for (const s of loadShapes()) {
    const b = s.bbox;
    if (lon < b.minX || lon > b.maxX || lat < b.minY || lat > b.maxY) continue;
    if (s.polygons.some((p) => inPolygon(lon, lat, p))) return s.code;
  }
  return null;
}

/** Distance in km from a point to the nearest vertex/edge of a governorate (0 when inside). */
function distanceToShapeKm(lat: number, lon: number, s: GovernorateShape): number {
  if (s.polygons.some((p) => inPolygon(lon, lat, p))) return 0;
  // Equirectangular projection around the point: accurate to well under 1 % at these distances.
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  const ky = 110.57;
  let best = Infinity;
  for (const poly of s.polygons) {
    for (const ring of poly) {
      for (let i = 1; i < ring.length; i++) {
        const ax = (ring[i - 1]![0]! - lon) * kx;
        const ay = (ring[i - 1]![1]! - lat) * ky;
        const bx = (ring[i]![0]! - lon) * kx;
        const by = (ring[i]![1]! - lat) * ky;
        const dx = bx - ax;
        const dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        const d = Math.hypot(ax + t * dx, ay + t * dy);
        if (d < best) best = d;
      }
    }
  }
  return best;
}

/**
 * Like governorateOf, but a point up to `maxKm` outside every polygon (a border crossing
 * drawn on the line, a town on a coarse coastline) gets the nearest governorate.
 */
export function nearestGovernorate(lat: number, lon: number, maxKm = 10): GovernorateCode | null {
  const inside = governorateOf(lat, lon);
  if (inside || !Number.isFinite(lat) || !Number.isFinite(lon)) return inside;
  let best: GovernorateCode | null = null;
  let bestKm = maxKm;
  for (const s of loadShapes()) {
    const d = distanceToShapeKm(lat, lon, s);
    if (d <= bestKm) {
      best = s.code;
      bestKm = d;
    }
  }
  return best;
}

/**
 * The governorate's capital city. For an analyst an incident placed "somewhere in Diyala"
 * is better shown at Baqubah than at a geometric centroid in empty countryside; Anbar's
 * centroid, for instance, lies in open desert far from where its people live.
 * Coordinates: city centres from OpenStreetMap / Wikipedia (rounded to 3 decimals).
 */
const CAPITALS: Record<GovernorateCode, { city: string; lat: number; lon: number }> = {
  'IQ-AN': { city: 'Ramadi', lat: 33.42, lon: 43.3 },
  'IQ-AR': { city: 'Erbil', lat: 36.191, lon: 44.009 },
  'IQ-BA': { city: 'Basra', lat: 30.508, lon: 47.783 },
  'IQ-BB': { city: 'Hilla', lat: 32.468, lon: 44.42 },
  'IQ-BG': { city: 'Baghdad', lat: 33.315, lon: 44.366 },
  'IQ-DA': { city: 'Duhok', lat: 36.867, lon: 42.988 },
  'IQ-DI': { city: 'Baqubah', lat: 33.75, lon: 44.643 },
  'IQ-DQ': { city: 'Nasiriyah', lat: 31.052, lon: 46.262 },
  'IQ-KA': { city: 'Karbala', lat: 32.616, lon: 44.025 },
  'IQ-KI': { city: 'Kirkuk', lat: 35.468, lon: 44.392 },
  'IQ-MA': { city: 'Amarah', lat: 31.836, lon: 47.145 },
  'IQ-MU': { city: 'Samawah', lat: 31.318, lon: 45.282 },
  'IQ-NA': { city: 'Najaf', lat: 32.0, lon: 44.336 },
  'IQ-NI': { city: 'Mosul', lat: 36.34, lon: 43.13 },
  'IQ-QA': { city: 'Diwaniyah', lat: 31.99, lon: 44.925 },
  'IQ-SD': { city: 'Tikrit', lat: 34.607, lon: 43.678 },
  'IQ-SU': { city: 'Sulaymaniyah', lat: 35.557, lon: 45.435 },
  'IQ-WA': { city: 'Kut', lat: 32.506, lon: 45.824 },
};

/** A representative interior point: the governorate's capital city (see CAPITALS). */
export function governorateCentroid(code: GovernorateCode): LatLon {
  const c = CAPITALS[code];
  return { lat: c.lat, lon: c.lon };
}

/** Name of the city governorateCentroid returns (for map labels / tooltips). */
export function governorateCapital(code: GovernorateCode): string {
  return CAPITALS[code].city;
}

export { distanceKm };
