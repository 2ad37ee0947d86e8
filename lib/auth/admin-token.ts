/**
 * The single shared secret that unlocks writes. It is read from the environment
 * on every call (not cached at import) so an operator can rotate it with a
 * restart and tests can set it per case.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export function configuredAdminToken(): string | null {
  const t = process.env.ADMIN_TOKEN;
  return t && t.trim() !== '' ? t : null;
}

/**
 * Constant-time comparison. Hashing both sides first gives equal-length buffers,
 * so neither the content nor the length of the secret leaks through timing.
 */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** `Authorization: Bearer <token>` → the token, else null. */
export function bearerToken(request: Request): string | null {
  const h = request.headers.get('authorization');
  if (!h) return null;
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(h);
  return m?.[1] ?? null;
}

export function hmacHex(key: string, message: string): string {
  return createHmac('sha256', key).update(message, 'utf8').digest('hex');
}
