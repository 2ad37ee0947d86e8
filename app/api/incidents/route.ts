import { listIncidents } from '@/db/queries';
import { jsonOk } from '@/lib/http/json-response';
import { pageOutOfRange } from '@/lib/http/paging';
import { filterAndPageFromRequest } from '@/lib/http/query-params';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/incidents?<filter>&page&pageSize&sort&dir → { total, page, pageSize, items } */
export function GET(request: Request): Response {
  const parsed = filterAndPageFromRequest(request);
  if (!parsed.ok) return parsed.response;
  const result = listIncidents(parsed.value.filter, parsed.value.page);
  return pageOutOfRange(result) ?? jsonOk(result);
}
