/**
 * The streamed export responses (CSV and GeoJSON) over the same filtered rows the
 * table and map show. The date in the file name is the server's UTC day.
 */
import type { ExportRow } from '@/db/types';
import { CSV_BOM, CSV_HEADER, exportRowToCsv } from './csv';
import { exportRowToFeatureJson, GEOJSON_HEAD, GEOJSON_SEPARATOR, GEOJSON_TAIL } from './geojson';
import type { RowSource } from './row-source';
import { textStreamFromRows } from './text-stream';

function attachment(ext: string, now: Date): string {
  return `attachment; filename="incidents-${now.toISOString().slice(0, 10)}.${ext}"`;
}

const COMMON_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

export function csvExportResponse(rows: Iterable<ExportRow> | RowSource<ExportRow>, now = new Date()): Response {
  const body = textStreamFromRows(rows, { head: CSV_BOM + CSV_HEADER, tail: '', encode: exportRowToCsv });
  return new Response(body, {
    headers: { ...COMMON_HEADERS, 'content-type': 'text/csv; charset=utf-8; header=present', 'content-disposition': attachment('csv', now) },
  });
}

export function geojsonExportResponse(rows: Iterable<ExportRow> | RowSource<ExportRow>, now = new Date()): Response {
  const body = textStreamFromRows(rows, {
    head: GEOJSON_HEAD,
    tail: GEOJSON_TAIL,
    separator: GEOJSON_SEPARATOR,
    encode: exportRowToFeatureJson,
  });
  return new Response(body, {
    headers: { ...COMMON_HEADERS, 'content-type': 'application/geo+json; charset=utf-8', 'content-disposition': attachment('geojson', now) },
  });
}
