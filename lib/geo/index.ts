export { governorateOf, nearestGovernorate, governorateCentroid, governorateCapital } from './governorates';
export { distanceKm, type LatLon } from './distance';
