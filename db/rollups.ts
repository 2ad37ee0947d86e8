/**
 * Rebuilding the rollup tables (incident_rollup, incident_actor_rollup,
 * incident_map_rollup) from the incidents. Normal writes keep them current through the
 * triggers of migration 0004; a bulk loader that writes millions of rows suspends those
 * triggers (one GROUP BY at the end is far cheaper than a million upserts) and calls
 * `rebuildRollups` once the rows are in. incident_actor_rollup also holds role 'any' rows:
 * every incident once per actor it names, whatever the role(s).
 */
import type Database from 'better-sqlite3';

/** Emptying every rollup before a refill (shared with db/bulk-load.ts). */
export const CLEAR_ROLLUPS = [
  'DELETE FROM incident_rollup',
  'DELETE FROM incident_actor_rollup',
  'DELETE FROM incident_map_rollup',
  'DELETE FROM incident_actor_pair_rollup',
];

/** The incidents-only rollups: one GROUP BY each (shared with db/bulk-load.ts). */
export const FILL_INCIDENT_ROLLUP = `INSERT INTO incident_rollup (month, type, governorate, status, n, killed, injured, kidnapped)
   SELECT coalesce(substr(date, 1, 7), ''), type, coalesce(governorate, ''), status, count(*),
          coalesce(sum(killed), 0), coalesce(sum(injured), 0), coalesce(sum(kidnapped), 0)
     FROM incidents GROUP BY 1, 2, 3, 4`;
export const FILL_MAP_ROLLUP = `INSERT INTO incident_map_rollup (cx, cy, type, governorate, status, n, sum_lat, sum_lon, sum_id)
   SELECT CAST((lon + 180) * (256.0 / 67.5) AS INTEGER), CAST((lat + 90) * (256.0 / 67.5) AS INTEGER), type,
          coalesce(governorate, ''), status, count(*), sum(lat), sum(lon), sum(id)
     FROM incidents WHERE lat IS NOT NULL GROUP BY 1, 2, 3, 4, 5`;

/** The same GROUP BYs that migration 0004 fills the rollups with. */
const REBUILD = [
  ...CLEAR_ROLLUPS,
  FILL_INCIDENT_ROLLUP,
  `INSERT INTO incident_actor_rollup (month, actor, role, type, governorate, status, n, killed, injured, kidnapped)
   SELECT coalesce(substr(i.date, 1, 7), ''), a.actor, a.role, i.type, coalesce(i.governorate, ''), i.status, count(*),
          coalesce(sum(i.killed), 0), coalesce(sum(i.injured), 0), coalesce(sum(i.kidnapped), 0)
     FROM (SELECT incident_id, actor, role FROM incident_actors
           UNION ALL SELECT DISTINCT incident_id, actor, 'any' FROM incident_actors) a
     JOIN incidents i ON i.id = a.incident_id GROUP BY 1, 2, 3, 4, 5, 6`,
  FILL_MAP_ROLLUP,
  `INSERT INTO incident_actor_pair_rollup (actor, role, other_actor, other_role, n)
   SELECT a.actor, a.role, b.actor, b.role, count(*)
     FROM (SELECT incident_id, actor, role FROM incident_actors
           UNION SELECT incident_id, actor, 'any' FROM incident_actors) a
     JOIN incident_actors b ON b.incident_id = a.incident_id
    GROUP BY 1, 2, 3, 4`,
];

/** Refills every rollup from the incidents, in one transaction. */
export function rebuildRollups(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    for (const s of REBUILD) sqlite.exec(s);
  })();
  // Small tables, but the planner should know they are small.
  for (const t of ['incident_rollup', 'incident_actor_rollup', 'incident_map_rollup', 'incident_actor_pair_rollup']) sqlite.exec(`ANALYZE "${t}"`);
}

/**
 * Drops the rollup and change-log triggers (migrations 0004, 0006, 0013) and returns a
 * function that puts them back and logs one "reload everything" change, so that the
 * in-memory incident columns of a running server (db/columns/) notice the unlogged rows.
 * Whoever calls this must call the returned function and then `rebuildRollups` before
 * anyone reads.
 */
export function suspendWriteTriggers(sqlite: Database.Database): () => void {
  const triggers = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (name LIKE '%rollup%' OR name LIKE '%pair%' OR name LIKE 'incident_change_log%')")
    .all() as { name: string; sql: string }[];
  for (const t of triggers) sqlite.exec(`DROP TRIGGER "${t.name.replace(/"/g, '""')}"`);
  return () => {
    for (const t of triggers) sqlite.exec(t.sql);
    sqlite.exec('INSERT INTO incident_changes (incident_id) VALUES (NULL)');
  };
}
