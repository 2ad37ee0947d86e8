/**
 * The gate in front of every write endpoint. Returns null when the request may
 * write, else the error response to send:
 *   403 cross-origin request, or writes disabled because ADMIN_TOKEN is unset;
 *   401 no credentials, or wrong ones.
 * Credentials are `Authorization: Bearer <ADMIN_TOKEN>` or the session cookie;
 * the cookie only counts on a request that proves it is same-origin, since a
 * cookie is sent by the browser on its own.
 */
import { jsonError } from '@/lib/http/json-response';
import { bearerToken, configuredAdminToken, secretsEqual } from './admin-token';
import { originVerdict } from './same-origin';
import { readCookie, SESSION_COOKIE, sessionValueValid } from './session-cookie';

const CHALLENGE = { 'www-authenticate': 'Bearer realm="incident-tracker"' };

export function writesDisabledResponse(): Response {
  return jsonError(403, 'writes are disabled until ADMIN_TOKEN is set in the server environment');
}

export function requireWriter(request: Request): Response | null {
  const origin = originVerdict(request);
  if (origin === 'cross') return jsonError(403, 'cross-origin writes are not allowed');
  const token = configuredAdminToken();
  if (token === null) return writesDisabledResponse();

  const given = bearerToken(request);
  if (given !== null) {
    return secretsEqual(given, token) ? null : jsonError(401, 'invalid admin token', undefined, CHALLENGE);
  }
  const cookie = readCookie(request, SESSION_COOKIE);
  if (cookie !== null) {
    if (origin !== 'same') return jsonError(403, 'a session cookie is only accepted on same-origin requests');
    return sessionValueValid(cookie, token) ? null : jsonError(401, 'session expired or invalid; log in again', undefined, CHALLENGE);
  }
  return jsonError(401, 'missing credentials: send Authorization: Bearer <ADMIN_TOKEN>', undefined, CHALLENGE);
}
