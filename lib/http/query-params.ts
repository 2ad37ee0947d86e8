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

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * `bbox=west,south,east,north` in degrees (Leaflet's `getBounds().toBBoxString()` order);
 * undefined when absent. Longitudes may run past ±180 (a panned world copy) but not past ±360.
 */
export function bboxParam(request: Request, name = 'bbox'): Parsed<Bounds | undefined> {
  const raw = new URL(request.url).searchParams.get(name);
  if (raw === null || raw === '') return { ok: true, value: undefined };
  const parts = raw.split(',').map((s) => s.trim());
  if (parts.length !== 4 || !parts.every((p) => DECIMAL.test(p))) {
    return { ok: false, response: badParam(name, 'expected four numbers: west,south,east,north') };
  }
  const [west, south, east, north] = parts.map(Number) as [number, number, number, number];
  if (south < -90 || north > 90 || west < -360 || east > 360) {
    return { ok: false, response: badParam(name, 'latitudes must be within -90..90 and longitudes within -360..360') };
  }
  if (west > east || south > north) {
    return { ok: false, response: badParam(name, 'west must not exceed east, nor south exceed north') };
  }
  return { ok: true, value: { west, south, east, north } };
}
