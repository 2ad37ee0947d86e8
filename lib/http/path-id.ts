import type { Parsed } from './query-params';
import { badParam } from './json-response';

/** A positive integer id from a dynamic route segment, or 400 naming `id`. */
export function parseIdSegment(raw: string): Parsed<number> {
  if (!/^[1-9]\d{0,15}$/.test(raw)) return { ok: false, response: badParam('id', 'expected a positive whole number') };
  const id = Number(raw);
  return Number.isSafeInteger(id) ? { ok: true, value: id } : { ok: false, response: badParam('id', 'too large') };
}
