/** The named queries routes and components call; none of them builds SQL itself. */
export { listIncidents } from './list-incidents';
export { incidentStats, timelineBucketFor } from './incident-stats';
export { mapClusters, cellSizeForZoom, MAX_CELLS } from './map-clusters';
export { getIncident, setIncidentStatus } from './incident-detail';
export { exportIncidents } from './export-incidents';
export { EMPTY_FILTER } from './filter-sql';
export { incidentsOfArticle } from './article-incidents';
