import { getIncident, setIncidentStatus } from '@/db/queries';
import { requireWriter } from '@/lib/auth/require-writer';
import { readJsonBody } from '@/lib/http/json-body';
import { jsonOk, notFound } from '@/lib/http/json-response';
import { parseIdSegment } from '@/lib/http/path-id';
import { parseStatusUpdate } from '@/lib/http/status-update';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/** GET /api/incidents/:id → the incident with its sources, or 404. */
export async function GET(_request: Request, context: Context): Promise<Response> {
  const id = parseIdSegment((await context.params).id);
  if (!id.ok) return id.response;
  const incident = getIncident(id.value);
  return incident ? jsonOk(incident) : notFound(`incident ${id.value}`);
}

/** PATCH /api/incidents/:id { status } → the reviewed incident (auth required). */
export async function PATCH(request: Request, context: Context): Promise<Response> {
  const denied = requireWriter(request);
  if (denied) return denied;
  const id = parseIdSegment((await context.params).id);
  if (!id.ok) return id.response;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const update = parseStatusUpdate(body.value);
  if (!update.ok) return update.response;
  const incident = setIncidentStatus(id.value, update.value.status);
  return incident ? jsonOk(incident) : notFound(`incident ${id.value}`);
}
