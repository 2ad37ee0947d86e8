import { openIncidentExport } from '@/db/queries/export-incidents';
import { csvExportResponse } from '@/lib/export/download';
import { filterFromRequest } from '@/lib/http/query-params';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/incidents/export.csv?<filter> → streamed UTF-8 CSV (BOM, header, one row per incident). */
export function GET(request: Request): Response {
  const filter = filterFromRequest(request);
  if (!filter.ok) return filter.response;
  return csvExportResponse(openIncidentExport(filter.value));
}
