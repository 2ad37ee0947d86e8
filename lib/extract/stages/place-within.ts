/**
 * A finer place (a base, a village, a quarter) lying inside an area named with it (a
 * district, subdistrict, city or town): "قاعدة عين الأسد … في ناحية البغدادي". The
 * gazetteer has no containment for such places, so nearness in the same governorate
 * stands in for it.
 */
import type { Place, PlaceKind } from '@/lib/gazetteer';
import { distanceKm } from '@/lib/geo';

const AREA_KINDS = new Set<PlaceKind>(['district', 'subdistrict', 'city', 'town']);
const FINE_KINDS = new Set<PlaceKind>(['base', 'airport', 'facility', 'village', 'neighbourhood', 'crossing']);
/** How far from an area's point "inside" reaches (a subdistrict spans tens of kilometres). */
const WITHIN_AREA_KM = 25;

export function isArea(p: Place): boolean {
  return AREA_KINDS.has(p.kind);
}

/** `fine` is a finer place inside `area`. */
export function liesWithin(fine: Place, area: Place): boolean {
  return (
    FINE_KINDS.has(fine.kind) && AREA_KINDS.has(area.kind) && fine.gov === area.gov &&
    distanceKm({ lat: fine.lat, lon: fine.lon }, { lat: area.lat, lon: area.lon }) <= WITHIN_AREA_KM
  );
}
