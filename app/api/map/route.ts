import { mapClusters } from '@/db/queries';
import { jsonOk } from '@/lib/http/json-response';
import { bboxParam, filterFromRequest, intParam } from '@/lib/http/query-params';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET /api/map?zoom=N&bbox=west,south,east,north&<filter> → MapCluster[] for that zoom
 * (0–22, default 6 = all of Iraq). With `bbox` only incidents inside the viewport are
 * clustered, so a zoomed-in map gets the fine grid for what it shows.
 */
export function GET(request: Request): Response {
  const filter = filterFromRequest(request);
  if (!filter.ok) return filter.response;
  const zoom = intParam(request, 'zoom', 0, 22, 6);
  if (!zoom.ok) return zoom.response;
  const bbox = bboxParam(request);
  if (!bbox.ok) return bbox.response;
  return jsonOk(mapClusters(filter.value, bbox.value ? { zoom: zoom.value, bbox: bbox.value } : zoom.value));
}
