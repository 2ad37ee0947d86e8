import { openExportStream } from '@/db/queries/export-stream';
import { exportResponse } from '@/lib/export/download';
import { filterFromRequest } from '@/lib/http/query-params';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/incidents/export.csv?<filter> → streamed UTF-8 CSV (BOM, header, one row per incident). */
export async function GET(request: Request): Promise<Response> {
  const filter = filterFromRequest(request);
  if (!filter.ok) return filter.response;
  return exportResponse('csv', await openExportStream(filter.value, 'csv'));
}
