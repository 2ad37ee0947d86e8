/**
 * The dashboard's URL parameters, read with the one zod filter (lib/filter.ts). A bad
 * parameter is reported and left out, so the page can still show the filters built
 * from the rest of the URL next to the message (the HTTP 400 itself comes from
 * proxy.ts, which runs the same parse).
 */
import {
  parseIncidentFilter,
  parsePageRequest,
  type IncidentFilter,
  type PageRequest,
  type ParseResult,
} from '@/lib/filter';

type RawParams = Record<string, string | string[] | undefined>;

export interface ParamProblem {
  param: string;
  message: string;
}

export interface DashboardParams {
  filter: IncidentFilter;
  page: PageRequest;
  /** Every parameter that failed, in the order found; empty when the URL is valid. */
  problems: ParamProblem[];
}

/** Parses, dropping the reported parameter after each failure until the rest parses. */
function parseDroppingBad<T>(
  params: RawParams,
  parse: (p: RawParams) => ParseResult<T>,
  problems: ParamProblem[],
): T {
  const remaining: RawParams = { ...params };
  for (;;) {
    const r = parse(remaining);
    if (r.ok) return r.value;
    problems.push({ param: r.param, message: r.message });
    // An issue not tied to one present parameter cannot be dropped: fall back to defaults.
    if (remaining[r.param] === undefined) {
      const defaults = parse({});
      if (!defaults.ok) throw new Error(`the default ${r.param} does not parse: ${defaults.message}`);
      return defaults.value;
    }
    delete remaining[r.param];
  }
}

export function readDashboardParams(params: RawParams): DashboardParams {
  const problems: ParamProblem[] = [];
  const filter = parseDroppingBad(params, parseIncidentFilter, problems);
  const page = parseDroppingBad(params, parsePageRequest, problems);
  return { filter, page, problems };
}
