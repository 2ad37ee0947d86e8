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

/** `"column":` for each export column, in order: JSON text of the keys, built once. */
const PROPERTY_KEYS = EXPORT_COLUMNS.map((c) => `${JSON.stringify(c)}:`);

/** Characters JSON.stringify would escape (quote, backslash, controls) or check (surrogates). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A property value as JSON.stringify writes it (a key whose value is undefined is left out there). */
function jsonValue(v: string | number | null | undefined): string | undefined {
  // Most cells need no escaping, and quoting them is far cheaper than JSON.stringify.
  if (typeof v === 'string') return NEEDS_ESCAPE.test(v) ? JSON.stringify(v) : `"${v}"`;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  return v === null ? 'null' : undefined;
}

/**
 * The feature as JSON text, or null when the row has no position. Written field by field
 * (the export's hot loop) instead of building the feature object for JSON.stringify: the
 * text is the same, character for character (tests/unit/geojson-export.test.ts checks it).
 */
export function exportRowToFeatureJson(row: ExportRow): string | null {
  const { latitude: lat, longitude: lon } = row;
  if (lat === null || lon === null || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  let props = '';
  for (let i = 0; i < EXPORT_COLUMNS.length; i++) {
    const v = jsonValue(row[EXPORT_COLUMNS[i]!]);
    if (v === undefined) continue;
    if (props !== '') props += ',';
    props += PROPERTY_KEYS[i]! + v;
  }
  return `{"type":"Feature","id":${jsonValue(row.incident_id)},"geometry":{"type":"Point","coordinates":[${jsonValue(lon)},${jsonValue(lat)}]},"properties":{${props}}}`;
}
