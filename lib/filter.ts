/**
 * The one incident filter. The dashboard URL, every API route and the CSV/GeoJSON
 * exports parse their query string with `parseIncidentFilter`, so what the analyst
 * sees on the map, timeline, table and stats is exactly what they export.
 */
import { z } from 'zod';
import { ACTOR_IDS, GOVERNORATE_CODES, INCIDENT_TYPES } from './codebook';

export const REVIEW_STATUSES = ['unreviewed', 'confirmed', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real date');

const many = <T extends z.ZodTypeAny>(item: T) => z.array(item).default([]);

export const incidentFilterSchema = z
  .object({
    governorate: many(z.enum(GOVERNORATE_CODES)),
    type: many(z.enum(INCIDENT_TYPES)),
    actor: many(z.enum(ACTOR_IDS)),
    /** 'any' matches an actor in any role; 'perpetrator' only as perpetrator. */
    actorRole: z.enum(['any', 'perpetrator']).default('any'),
    status: many(z.enum(REVIEW_STATUSES)),
    from: isoDate.optional(),
    to: isoDate.optional(),
    minKilled: z.coerce.number().int().min(0).max(100000).optional(),
    q: z.string().trim().max(200).optional().transform((s) => (s ? s : undefined)),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'from must not be after to', path: ['from'] });

export type IncidentFilter = z.infer<typeof incidentFilterSchema>;

export const SORT_KEYS = ['date', 'type', 'governorate', 'killed', 'injured', 'kidnapped'] as const;
export const pageSchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  sort: z.enum(SORT_KEYS).default('date'),
  dir: z.enum(['asc', 'desc']).default('desc'),
});
export type PageRequest = z.infer<typeof pageSchema>;

const ARRAY_KEYS = new Set(['governorate', 'type', 'actor', 'status']);

/** URLSearchParams or Next's awaited searchParams → plain object zod can read. */
export function searchParamsToObject(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const add = (k: string, v: string) => {
    if (v === '') return;
    if (ARRAY_KEYS.has(k)) {
      const prev = out[k];
      // Accept both ?type=a&type=b and ?type=a,b.
      const parts = v.split(',').filter(Boolean);
      out[k] = Array.isArray(prev) ? [...prev, ...parts] : parts;
    } else out[k] = v;
  };
  if (params instanceof URLSearchParams) params.forEach((v, k) => add(k, v));
  else
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined) continue;
      for (const one of Array.isArray(v) ? v : [v]) add(k, one);
    }
  return out;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; param: string; message: string };

function firstIssue(error: z.ZodError): { param: string; message: string } {
  const issue = error.issues[0];
  return { param: String(issue?.path[0] ?? 'query'), message: issue?.message ?? 'invalid' };
}

export function parseIncidentFilter(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): ParseResult<IncidentFilter> {
  const r = incidentFilterSchema.safeParse(searchParamsToObject(params));
  return r.success ? { ok: true, value: r.data } : { ok: false, ...firstIssue(r.error) };
}

export function parsePageRequest(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): ParseResult<PageRequest> {
  const r = pageSchema.safeParse(searchParamsToObject(params));
  return r.success ? { ok: true, value: r.data } : { ok: false, ...firstIssue(r.error) };
}

/** The filter back to a query string (stable order), for links and exports. */
export function filterToSearchParams(f: Partial<IncidentFilter>): URLSearchParams {
  const p = new URLSearchParams();
  for (const g of f.governorate ?? []) p.append('governorate', g);
  for (const t of f.type ?? []) p.append('type', t);
  for (const a of f.actor ?? []) p.append('actor', a);
  if (f.actorRole && f.actorRole !== 'any') p.set('actorRole', f.actorRole);
  for (const s of f.status ?? []) p.append('status', s);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.minKilled !== undefined) p.set('minKilled', String(f.minKilled));
  if (f.q) p.set('q', f.q);
  return p;
}
