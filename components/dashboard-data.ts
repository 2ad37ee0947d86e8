/**
 * Server-side reads for the dashboard. Several sections (count, stats, map choropleth,
 * timeline) need the same stats for the same request; React's per-request cache keyed
 * on the one filter object runs the query once.
 */
import { cache } from 'react';
import { incidentStats, listIncidents, mapClusters } from '@/db/queries';
import type { IncidentFilter, PageRequest } from '@/lib/filter';

export const loadStats = cache(async (filter: IncidentFilter) => incidentStats(filter));
export const loadIncidentPage = cache(async (filter: IncidentFilter, page: PageRequest) =>
  listIncidents(filter, page),
);
export const loadClusters = cache(async (filter: IncidentFilter, zoom: number) => mapClusters(filter, zoom));
