import { configuredAdminToken, secretsEqual } from '@/lib/auth/admin-token';
import { originVerdict } from '@/lib/auth/same-origin';
import { writesDisabledResponse } from '@/lib/auth/require-writer';
import { clearSessionCookieHeader, issueSessionValue, readCookie, SESSION_COOKIE, sessionCookieHeader, sessionValueValid } from '@/lib/auth/session-cookie';
import { readJsonBody } from '@/lib/http/json-body';
import { badParam, jsonError, jsonOk } from '@/lib/http/json-response';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/session → whether writes are enabled and this browser is logged in as reviewer. */
export function GET(request: Request): Response {
  const token = configuredAdminToken();
  const cookie = readCookie(request, SESSION_COOKIE);
  const authenticated = token !== null && cookie !== null && sessionValueValid(cookie, token);
  return jsonOk({ writesEnabled: token !== null, authenticated });
}

/** POST /api/session { token } → sets the reviewer session cookie (same-origin only). */
export async function POST(request: Request): Promise<Response> {
  if (originVerdict(request) === 'cross') return jsonError(403, 'cross-origin login is not allowed');
  const token = configuredAdminToken();
  if (token === null) return writesDisabledResponse();
  const body = await readJsonBody(request, 4096);
  if (!body.ok) return body.response;
  const given = (body.value as { token?: unknown } | null)?.token;
  if (typeof given !== 'string' || given === '') return badParam('token', 'expected the admin token as a string');
  if (!secretsEqual(given, token)) return jsonError(401, 'invalid admin token');
  return jsonOk({ writesEnabled: true, authenticated: true }, { headers: { 'set-cookie': sessionCookieHeader(issueSessionValue(token), request) } });
}

/** DELETE /api/session → logs out (clears the cookie). */
export function DELETE(request: Request): Response {
  if (originVerdict(request) === 'cross') return jsonError(403, 'cross-origin logout is not allowed');
  return jsonOk({ authenticated: false }, { headers: { 'set-cookie': clearSessionCookieHeader() } });
}
