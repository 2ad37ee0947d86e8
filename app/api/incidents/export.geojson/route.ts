import { openExportStream } from '@/db/queries/export-stream';
import { exportResponse } from '@/lib/export/download';
import { filterFromRequest } from '@/lib/http/query-params';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/incidents/export.geojson?<filter> → streamed FeatureCollection of the located incidents. */
export async function GET(request: Request): Promise<Response> {
  const filter = filterFromRequest(request);
  if (!filter.ok) return filter.response;
  return exportResponse('geojson', await openExportStream(filter.value, 'geojson'));
}
