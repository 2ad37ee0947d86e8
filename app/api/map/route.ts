import { mapClusters } from '@/db/queries';
import { jsonOk } from '@/lib/http/json-response';
import { filterFromRequest, intParam } from '@/lib/http/query-params';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/map?zoom=N&<filter> → MapCluster[] for that zoom (0–22, default 6 = all of Iraq). */
export function GET(request: Request): Response {
  const filter = filterFromRequest(request);
  if (!filter.ok) return filter.response;
  const zoom = intParam(request, 'zoom', 0, 22, 6);
  if (!zoom.ok) return zoom.response;
  return jsonOk(mapClusters(filter.value, zoom.value));
}
