/**
 * GeoJSON (RFC 7946) encoding of export rows: one Point feature per incident that
 * has coordinates, with the export columns as properties. Incidents without a
 * position cannot be drawn and are left out (the CSV export has them all).
 * The collection is written as head, comma-separated features, tail so it can be
 * streamed one feature at a time.
 */
import { EXPORT_COLUMNS, type ExportRow } from '@/db/types';

export const GEOJSON_HEAD = '{"type":"FeatureCollection","features":[\n';
export const GEOJSON_SEPARATOR = ',\n';
export const GEOJSON_TAIL = '\n]}\n';

export interface PointFeature {
  type: 'Feature';
  id: number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;
}

export function exportRowToFeature(row: ExportRow): PointFeature | null {
  const { latitude: lat, longitude: lon } = row;
  if (lat === null || lon === null || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const properties = {} as PointFeature['properties'];
  for (const c of EXPORT_COLUMNS) properties[c] = row[c];
  // GeoJSON positions are [longitude, latitude].
  return { type: 'Feature', id: row.incident_id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties };
}

/** The feature as JSON text, or null when the row has no position. */
export function exportRowToFeatureJson(row: ExportRow): string | null {
  const f = exportRowToFeature(row);
  return f ? JSON.stringify(f) : null;
}
