/**
 * Reading a JSON request body with a size cap, so a write endpoint cannot be made to
 * buffer an arbitrarily large upload. Failures are 400 (or 413/415) naming `body`.
 */
import type { Parsed } from './query-params';
import { jsonError } from './json-response';

export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024;

export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<Parsed<unknown>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    return { ok: false, response: jsonError(415, 'expected Content-Type: application/json', 'body') };
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return { ok: false, response: jsonError(413, `body larger than ${maxBytes} bytes`, 'body') };
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) return { ok: false, response: jsonError(413, `body larger than ${maxBytes} bytes`, 'body') };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch (e) {
    return { ok: false, response: jsonError(400, `body is not valid UTF-8 JSON: ${(e as Error).message}`, 'body') };
  }
}
