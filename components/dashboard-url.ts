/**
 * Builds dashboard links from the one parsed filter, so sort headers, pagination,
 * exports and the map's refetch all carry exactly the filter the page shows.
 */
import { filterToSearchParams, pageSchema, type IncidentFilter, type PageRequest } from '@/lib/filter';

const PAGE_DEFAULTS = pageSchema.parse({});

/** Only non-default paging keys go into the URL, to keep links short and stable. */
export function dashboardHref(filter: Partial<IncidentFilter>, page?: Partial<PageRequest>): string {
  const p = filterToSearchParams(filter);
  if (page) {
    if (page.sort && page.sort !== PAGE_DEFAULTS.sort) p.set('sort', page.sort);
    if (page.dir && page.dir !== PAGE_DEFAULTS.dir) p.set('dir', page.dir);
    if (page.pageSize && page.pageSize !== PAGE_DEFAULTS.pageSize) p.set('pageSize', String(page.pageSize));
    if (page.page && page.page !== 1) p.set('page', String(page.page));
  }
  const qs = p.toString();
  return qs ? `/?${qs}` : '/';
}

export function exportHref(kind: 'csv' | 'geojson', filter: IncidentFilter): string {
  const qs = filterToSearchParams(filter).toString();
  return `/api/incidents/export.${kind}${qs ? `?${qs}` : ''}`;
}

/**
 * The current dashboard URL with `patch` applied and the table back on page 1: every
 * other parameter (sort, direction, page size, other filters) is kept as it is.
 * `add` appends a value to a list parameter unless present (either as ?k=a&k=b or ?k=a,b);
 * `set` replaces a single-valued one.
 */
export function patchedDashboardHref(
  currentSearch: string,
  patch: { add?: Record<string, string>; set?: Record<string, string> },
): string {
  const p = new URLSearchParams(currentSearch);
  p.delete('page');
  for (const [key, value] of Object.entries(patch.add ?? {})) {
    const present = p.getAll(key).flatMap((v) => v.split(','));
    if (!present.includes(value)) p.append(key, value);
  }
  for (const [key, value] of Object.entries(patch.set ?? {})) p.set(key, value);
  const qs = p.toString();
  return qs ? `/?${qs}` : '/';
}
