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
