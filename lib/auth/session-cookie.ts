/**
 * A browser session for reviewers: after POSTing the admin token once, the browser
 * holds an httpOnly, SameSite=Strict cookie `<expiry>.<HMAC(token, expiry)>`.
 * The token itself never sits in the cookie, and rotating ADMIN_TOKEN voids every
 * session because the HMAC key changes.
 */
import { hmacHex, secretsEqual } from './admin-token';

export const SESSION_COOKIE = 'itr_session';
export const SESSION_SECONDS = 12 * 60 * 60;

function sessionMac(token: string, expires: number): string {
  return hmacHex(token, `itr-session-v1:${expires}`);
}

export function issueSessionValue(token: string, nowMs = Date.now()): string {
  const expires = Math.floor(nowMs / 1000) + SESSION_SECONDS;
  return `${expires}.${sessionMac(token, expires)}`;
}

export function sessionValueValid(value: string, token: string, nowMs = Date.now()): boolean {
  const m = /^(\d{1,12})\.([0-9a-f]{64})$/.exec(value);
  if (!m) return false;
  const expires = Number(m[1]);
  if (expires * 1000 <= nowMs) return false;
  return secretsEqual(m[2]!, sessionMac(token, expires));
}

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get('cookie');
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

export function sessionCookieHeader(value: string, request: Request): string {
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_SECONDS}${secure}`;
}

export function clearSessionCookieHeader(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;
}
