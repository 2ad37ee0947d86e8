/**
 * The streamed export responses (CSV and GeoJSON) over the same filtered rows the
 * table and map show. The date in the file name is the server's UTC day.
 */
import { EXPORT_FORMATS, type ExportFormatName } from './formats';

const COMMON_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

/**
 * A download response around an export body (db/queries/export-stream.ts). The header
 * x-export-threads says how many threads read the rows (1: the server's own).
 */
export function exportResponse(name: ExportFormatName, { body, threads }: { body: ReadableStream<Uint8Array>; threads: number }, now = new Date()): Response {
  const format = EXPORT_FORMATS[name];
  return new Response(body, {
    headers: {
      ...COMMON_HEADERS,
      'x-export-threads': String(threads),
      'content-type': format.contentType,
      'content-disposition': `attachment; filename="incidents-${now.toISOString().slice(0, 10)}.${format.extension}"`,
    },
  });
}
