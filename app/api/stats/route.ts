import { incidentStats } from '@/db/queries';
import { jsonOk } from '@/lib/http/json-response';
import { filterFromRequest } from '@/lib/http/query-params';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/stats?<filter> → totals, by type / governorate / actor, and the timeline. */
export function GET(request: Request): Response {
  const filter = filterFromRequest(request);
  if (!filter.ok) return filter.response;
  return jsonOk(incidentStats(filter.value));
}
