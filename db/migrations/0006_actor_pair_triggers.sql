-- Keeps incident_actor_pair_rollup (0005) equal to a GROUP BY over the links: for each
-- incident, every "A" entry (each link, plus (actor, 'any') per actor named) paired with
-- every link. Only the links of one incident matter, so only link inserts and deletes
-- change it; a deleted incident's links go by the foreign-key cascade. Links are never
-- updated in place (the store inserts and deletes them), and an UPDATE is refused rather
-- than risk a wrong count. Written by hand: drizzle-kit does not model triggers.
-- db/rollups.ts holds the same backfill for rebuilds after bulk loads.
INSERT INTO incident_actor_pair_rollup (actor, role, other_actor, other_role, n)
SELECT a.actor, a.role, b.actor, b.role, count(*)
  FROM (SELECT incident_id, actor, role FROM incident_actors
        UNION SELECT incident_id, actor, 'any' FROM incident_actors) a
  JOIN incident_actors b ON b.incident_id = a.incident_id
 GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
CREATE TRIGGER incident_actors_pair_insert AFTER INSERT ON incident_actors BEGIN
  INSERT INTO incident_actor_pair_rollup (actor, role, other_actor, other_role, n)
  SELECT a.actor, a.role, new.actor, new.role, 1
    FROM (SELECT actor, role FROM incident_actors WHERE incident_id = new.incident_id
          UNION SELECT actor, 'any' FROM incident_actors WHERE incident_id = new.incident_id) a WHERE true
  ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO incident_actor_pair_rollup (actor, role, other_actor, other_role, n)
  SELECT new.actor, new.role, b.actor, b.role, 1 FROM incident_actors b
   WHERE b.incident_id = new.incident_id AND NOT (b.actor = new.actor AND b.role = new.role)
  ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO incident_actor_pair_rollup (actor, role, other_actor, other_role, n)
  SELECT new.actor, 'any', b.actor, b.role, 1 FROM incident_actors b
   WHERE b.incident_id = new.incident_id AND NOT (b.actor = new.actor AND b.role = new.role)
     AND NOT EXISTS (SELECT 1 FROM incident_actors x WHERE x.incident_id = new.incident_id AND x.actor = new.actor AND x.role <> new.role)
  ON CONFLICT DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER incident_actors_pair_delete AFTER DELETE ON incident_actors BEGIN
  UPDATE incident_actor_pair_rollup SET n = n - 1
   WHERE other_actor = old.actor AND other_role = old.role AND (actor, role) IN (
         SELECT actor, role FROM incident_actors WHERE incident_id = old.incident_id
         UNION SELECT actor, 'any' FROM incident_actors WHERE incident_id = old.incident_id
         UNION SELECT old.actor, old.role
         UNION SELECT old.actor, 'any');
  UPDATE incident_actor_pair_rollup SET n = n - 1
   WHERE actor = old.actor AND role = old.role
     AND (other_actor, other_role) IN (SELECT actor, role FROM incident_actors WHERE incident_id = old.incident_id);
  UPDATE incident_actor_pair_rollup SET n = n - 1
   WHERE actor = old.actor AND role = 'any'
     AND (other_actor, other_role) IN (SELECT actor, role FROM incident_actors WHERE incident_id = old.incident_id)
     AND NOT EXISTS (SELECT 1 FROM incident_actors x WHERE x.incident_id = old.incident_id AND x.actor = old.actor);
  DELETE FROM incident_actor_pair_rollup WHERE n = 0 AND (actor = old.actor OR other_actor = old.actor);
END;
--> statement-breakpoint
CREATE TRIGGER incident_actors_pair_no_update BEFORE UPDATE ON incident_actors BEGIN
  SELECT RAISE(ABORT, 'incident_actors rows are not updated in place: delete the link and insert the new one');
END;
