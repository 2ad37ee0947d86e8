import { openIncidentExport } from '@/db/queries/export-incidents';
import { geojsonExportResponse } from '@/lib/export/download';
import { filterFromRequest } from '@/lib/http/query-params';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/incidents/export.geojson?<filter> → streamed FeatureCollection of the located incidents. */
export function GET(request: Request): Response {
  const filter = filterFromRequest(request);
  if (!filter.ok) return filter.response;
  return geojsonExportResponse(openIncidentExport(filter.value));
}
