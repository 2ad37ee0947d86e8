/**
 * The two download formats as text pieces around the encoded rows: what the in-thread
 * stream (text-stream.ts) and the export workers (db/queries/export-worker.ts) both write,
 * so the two paths give the same bytes.
 */
import type { ExportRow } from '@/db/types';
import { CSV_BOM, CSV_HEADER, exportRowToCsv } from './csv';
import { exportRowToFeatureJson, GEOJSON_HEAD, GEOJSON_SEPARATOR, GEOJSON_TAIL } from './geojson';

export type ExportFormatName = 'csv' | 'geojson';

export interface ExportFormat {
  head: string;
  tail: string;
  /** Written between two encoded rows (not before the first). ASCII. */
  separator: string;
  /** Text for one row, or null to leave the row out. */
  encode: (row: ExportRow) => string | null;
  contentType: string;
  extension: string;
}

export const EXPORT_FORMATS: Record<ExportFormatName, ExportFormat> = {
  csv: {
    head: CSV_BOM + CSV_HEADER,
    tail: '',
    separator: '',
    encode: exportRowToCsv,
    contentType: 'text/csv; charset=utf-8; header=present',
    extension: 'csv',
  },
  geojson: {
    head: GEOJSON_HEAD,
    tail: GEOJSON_TAIL,
    separator: GEOJSON_SEPARATOR,
    encode: exportRowToFeatureJson,
    contentType: 'application/geo+json; charset=utf-8',
    extension: 'geojson',
  },
};
