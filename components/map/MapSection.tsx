import type { IncidentFilter } from '@/lib/filter';
import { filterToSearchParams } from '@/lib/filter';
import { loadClusters, loadStats } from '@/components/dashboard-data';
import { IncidentMap } from './IncidentMap';
import { INITIAL_ZOOM } from './map-constants';

/** Server part of the map: clusters for the first view and per-governorate counts, as props. */
export async function MapSection({ filter }: { filter: IncidentFilter }) {
  const [clusters, stats] = await Promise.all([loadClusters(filter, INITIAL_ZOOM), loadStats(filter)]);
  const byGovernorate: Record<string, number> = {};
  for (const g of stats.byGovernorate) byGovernorate[g.code] = g.count;
  return (
    <IncidentMap
      clusters={clusters}
      clusterZoom={INITIAL_ZOOM}
      byGovernorate={byGovernorate}
      filterQuery={filterToSearchParams(filter).toString()}
      selectedGovernorates={filter.governorate}
      tileUrl={process.env.TILE_URL || null}
      tileAttribution={process.env.TILE_ATTRIBUTION || null}
    />
  );
}
