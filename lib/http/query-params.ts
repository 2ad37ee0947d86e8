/**
 * Turns a request's query string into validated values, or into the 400 that
 * names the offending parameter. Unknown parameters are ignored on purpose: the
 * dashboard shares its URL with the API, and links with extra tracking or UI
 * state (e.g. `view=map`) must keep working.
 */
import {
  parseIncidentFilter,
  parsePageRequest,
  type IncidentFilter,
  type PageRequest,
  type ParseResult,
} from '@/lib/filter';
import { badParam } from './json-response';

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

function toParsed<T>(r: ParseResult<T>): Parsed<T> {
  return r.ok ? { ok: true, value: r.value } : { ok: false, response: badParam(r.param, r.message) };
}

export function filterFromRequest(request: Request): Parsed<IncidentFilter> {
  return toParsed(parseIncidentFilter(new URL(request.url).searchParams));
}

export function filterAndPageFromRequest(request: Request): Parsed<{ filter: IncidentFilter; page: PageRequest }> {
  const params = new URL(request.url).searchParams;
  const filter = parseIncidentFilter(params);
  if (!filter.ok) return toParsed(filter);
  const page = parsePageRequest(params);
  if (!page.ok) return toParsed(page);
  return { ok: true, value: { filter: filter.value, page: page.value } };
}

/** An integer query parameter within [min, max]; `fallback` when absent. */
export function intParam(
  request: Request,
  name: string,
  min: number,
  max: number,
  fallback: number,
): Parsed<number> {
  const raw = new URL(request.url).searchParams.get(name);
  if (raw === null || raw === '') return { ok: true, value: fallback };
  if (!/^-?\d+$/.test(raw.trim())) return { ok: false, response: badParam(name, 'expected a whole number') };
  const n = Number(raw);
  if (n < min || n > max) return { ok: false, response: badParam(name, `expected ${min}..${max}`) };
  return { ok: true, value: n };
}
