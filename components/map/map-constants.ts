/** The first paint's view: server clusters for it are computed at exactly this zoom. */
export const INITIAL_CENTER: [number, number] = [33.25, 43.7];
export const INITIAL_ZOOM = 6;
export const MIN_ZOOM = 5;
export const MAX_ZOOM = 13;
