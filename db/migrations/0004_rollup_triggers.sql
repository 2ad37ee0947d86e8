-- Rollup maintenance (tables in 0003_rollups.sql, readers in db/queries/rollup-*.ts):
-- triggers keep incident_rollup, incident_actor_rollup and incident_map_rollup equal to
-- a GROUP BY over the incidents in the same transaction as every write, and the rollups
-- are filled from what is already stored. Map cells are grid level 8 (cell edge 67.5/256
-- degrees, counted from 180W / 90S), the expression db/queries/map-clusters.ts uses.
-- Month / governorate unknown = ''. incident_actor_rollup also has role 'any' rows:
-- each incident counted once per actor whatever its roles.
-- Written by hand: drizzle-kit does not model triggers.
-- db/rollups.ts holds the same backfill for rebuilds after bulk loads. The DELETEs and
-- IF NOT EXISTS let a development database holding an earlier draft re-run this.
DELETE FROM incident_rollup;
--> statement-breakpoint
DELETE FROM incident_actor_rollup;
--> statement-breakpoint
DELETE FROM incident_map_rollup;
--> statement-breakpoint
INSERT INTO incident_rollup (month, type, governorate, status, n, killed, injured, kidnapped)
SELECT coalesce(substr(date, 1, 7), ''), type, coalesce(governorate, ''), status, count(*), coalesce(sum(killed), 0), coalesce(sum(injured), 0), coalesce(sum(kidnapped), 0)
  FROM incidents GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO incident_actor_rollup (month, actor, role, type, governorate, status, n, killed, injured, kidnapped)
SELECT coalesce(substr(i.date, 1, 7), ''), a.actor, a.role, i.type, coalesce(i.governorate, ''), i.status, count(*),
       coalesce(sum(i.killed), 0), coalesce(sum(i.injured), 0), coalesce(sum(i.kidnapped), 0)
  FROM (SELECT incident_id, actor, role FROM incident_actors
        UNION ALL SELECT DISTINCT incident_id, actor, 'any' FROM incident_actors) a
  JOIN incidents i ON i.id = a.incident_id GROUP BY 1, 2, 3, 4, 5, 6;
--> statement-breakpoint
INSERT INTO incident_map_rollup (cx, cy, type, governorate, status, n, sum_lat, sum_lon, sum_id)
SELECT CAST((lon + 180) * (256.0 / 67.5) AS INTEGER), CAST((lat + 90) * (256.0 / 67.5) AS INTEGER), type, coalesce(governorate, ''), status,
       count(*), sum(lat), sum(lon), sum(id)
  FROM incidents WHERE lat IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS incidents_rollup_insert AFTER INSERT ON incidents BEGIN
  INSERT INTO incident_rollup (month, type, governorate, status, n, killed, injured, kidnapped)
  VALUES (coalesce(substr(new.date, 1, 7), ''), new.type, coalesce(new.governorate, ''), new.status, 1, coalesce(new.killed, 0), coalesce(new.injured, 0), coalesce(new.kidnapped, 0))
  ON CONFLICT DO UPDATE SET n = n + 1, killed = killed + excluded.killed, injured = injured + excluded.injured, kidnapped = kidnapped + excluded.kidnapped;
  INSERT INTO incident_map_rollup (cx, cy, type, governorate, status, n, sum_lat, sum_lon, sum_id)
  SELECT CAST((new.lon + 180) * (256.0 / 67.5) AS INTEGER), CAST((new.lat + 90) * (256.0 / 67.5) AS INTEGER), new.type, coalesce(new.governorate, ''), new.status, 1, new.lat, new.lon, new.id WHERE new.lat IS NOT NULL
  ON CONFLICT DO UPDATE SET n = n + 1, sum_lat = sum_lat + excluded.sum_lat, sum_lon = sum_lon + excluded.sum_lon, sum_id = sum_id + excluded.sum_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS incidents_rollup_delete AFTER DELETE ON incidents BEGIN
  UPDATE incident_rollup SET n = n - 1, killed = killed - coalesce(old.killed, 0), injured = injured - coalesce(old.injured, 0), kidnapped = kidnapped - coalesce(old.kidnapped, 0)
   WHERE month = coalesce(substr(old.date, 1, 7), '') AND type = old.type AND governorate = coalesce(old.governorate, '') AND status = old.status;
  DELETE FROM incident_rollup WHERE n = 0 AND month = coalesce(substr(old.date, 1, 7), '') AND type = old.type AND governorate = coalesce(old.governorate, '') AND status = old.status;
  UPDATE incident_map_rollup SET n = n - 1, sum_lat = sum_lat - old.lat, sum_lon = sum_lon - old.lon, sum_id = sum_id - old.id
   WHERE old.lat IS NOT NULL AND cx = CAST((old.lon + 180) * (256.0 / 67.5) AS INTEGER) AND cy = CAST((old.lat + 90) * (256.0 / 67.5) AS INTEGER) AND type = old.type AND governorate = coalesce(old.governorate, '') AND status = old.status;
  DELETE FROM incident_map_rollup WHERE n = 0 AND old.lat IS NOT NULL AND cx = CAST((old.lon + 180) * (256.0 / 67.5) AS INTEGER) AND cy = CAST((old.lat + 90) * (256.0 / 67.5) AS INTEGER) AND type = old.type AND governorate = coalesce(old.governorate, '') AND status = old.status;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS incidents_actor_rollup_delete BEFORE DELETE ON incidents BEGIN
  UPDATE incident_actor_rollup SET n = n - 1, killed = killed - coalesce(old.killed, 0), injured = injured - coalesce(old.injured, 0), kidnapped = kidnapped - coalesce(old.kidnapped, 0)
   WHERE month = coalesce(substr(old.date, 1, 7), '') AND type = old.type AND governorate = coalesce(old.governorate, '') AND status = old.status AND (actor, role) IN (SELECT actor, role FROM incident_actors WHERE incident_id = old.id UNION SELECT actor, 'any' FROM incident_actors WHERE incident_id = old.id);
  DELETE FROM incident_actor_rollup WHERE n = 0 AND month = coalesce(substr(old.date, 1, 7), '') AND type = old.type AND governorate = coalesce(old.governorate, '') AND status = old.status;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS incidents_rollup_update AFTER UPDATE OF id, date, type, governorate, status, killed, injured, kidnapped, lat, lon ON incidents BEGIN
  UPDATE incident_rollup SET n = n - 1, killed = killed - coalesce(old.killed, 0), injured = injured - coalesce(old.injured, 0), kidnapped = kidnapped - coalesce(old.kidnapped, 0)
   WHERE month = coalesce(substr(old.date, 1, 7), '') AND type = old.type AND governorate = coalesce(old.governorate, '') AND status = old.status;
  DELETE FROM incident_rollup WHERE n = 0 AND month = coalesce(substr(old.date, 1, 7), '') AND type = old.type AND governorate = coalesce(old.governorate, '') AND status = old.status;
  UPDATE incident_map_rollup SET n = n - 1, sum_lat = sum_lat - old.lat, sum_lon = sum_lon - old.lon, sum_id = sum_id - old.id
   WHERE old.lat IS NOT NULL AND cx = CAST((old.lon + 180) * (256.0 / 67.5) AS INTEGER) AND cy = CAST((old.lat + 90) * (256.0 / 67.5) AS INTEGER) AND type = old.type AND governorate = coalesce(old.governorate, '') AND status = old.status;
  DELETE FROM incident_map_rollup WHERE n = 0 AND old.lat IS NOT NULL AND cx = CAST((old.lon + 180) * (256.0 / 67.5) AS INTEGER) AND cy = CAST((old.lat + 90) * (256.0 / 67.5) AS INTEGER) AND type = old.type AND governorate = coalesce(old.governorate, '') AND status = old.status;
  INSERT INTO incident_rollup (month, type, governorate, status, n, killed, injured, kidnapped)
  VALUES (coalesce(substr(new.date, 1, 7), ''), new.type, coalesce(new.governorate, ''), new.status, 1, coalesce(new.killed, 0), coalesce(new.injured, 0), coalesce(new.kidnapped, 0))
  ON CONFLICT DO UPDATE SET n = n + 1, killed = killed + excluded.killed, injured = injured + excluded.injured, kidnapped = kidnapped + excluded.kidnapped;
  INSERT INTO incident_map_rollup (cx, cy, type, governorate, status, n, sum_lat, sum_lon, sum_id)
  SELECT CAST((new.lon + 180) * (256.0 / 67.5) AS INTEGER), CAST((new.lat + 90) * (256.0 / 67.5) AS INTEGER), new.type, coalesce(new.governorate, ''), new.status, 1, new.lat, new.lon, new.id WHERE new.lat IS NOT NULL
  ON CONFLICT DO UPDATE SET n = n + 1, sum_lat = sum_lat + excluded.sum_lat, sum_lon = sum_lon + excluded.sum_lon, sum_id = sum_id + excluded.sum_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS incidents_actor_rollup_update AFTER UPDATE OF id, date, type, governorate, status, killed, injured, kidnapped ON incidents
WHEN old.id IS NOT new.id OR old.date IS NOT new.date OR old.type IS NOT new.type OR old.governorate IS NOT new.governorate OR old.status IS NOT new.status
  OR old.killed IS NOT new.killed OR old.injured IS NOT new.injured OR old.kidnapped IS NOT new.kidnapped BEGIN
  UPDATE incident_actor_rollup SET n = n - 1, killed = killed - coalesce(old.killed, 0), injured = injured - coalesce(old.injured, 0), kidnapped = kidnapped - coalesce(old.kidnapped, 0)
   WHERE month = coalesce(substr(old.date, 1, 7), '') AND type = old.type AND governorate = coalesce(old.governorate, '') AND status = old.status AND (actor, role) IN (SELECT actor, role FROM incident_actors WHERE incident_id = new.id UNION SELECT actor, 'any' FROM incident_actors WHERE incident_id = new.id);
  DELETE FROM incident_actor_rollup WHERE n = 0 AND month = coalesce(substr(old.date, 1, 7), '') AND type = old.type AND governorate = coalesce(old.governorate, '') AND status = old.status;
  INSERT INTO incident_actor_rollup (month, actor, role, type, governorate, status, n, killed, injured, kidnapped)
  SELECT coalesce(substr(new.date, 1, 7), ''), a.actor, a.role, new.type, coalesce(new.governorate, ''), new.status, 1, coalesce(new.killed, 0), coalesce(new.injured, 0), coalesce(new.kidnapped, 0) FROM (SELECT actor, role FROM incident_actors WHERE incident_id = new.id UNION SELECT actor, 'any' FROM incident_actors WHERE incident_id = new.id) a WHERE true
  ON CONFLICT DO UPDATE SET n = n + 1, killed = killed + excluded.killed, injured = injured + excluded.injured, kidnapped = kidnapped + excluded.kidnapped;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS incident_actors_rollup_insert AFTER INSERT ON incident_actors BEGIN
  INSERT INTO incident_actor_rollup (month, actor, role, type, governorate, status, n, killed, injured, kidnapped)
  SELECT coalesce(substr(i.date, 1, 7), ''), new.actor, new.role, i.type, coalesce(i.governorate, ''), i.status, 1, coalesce(i.killed, 0), coalesce(i.injured, 0), coalesce(i.kidnapped, 0) FROM incidents i WHERE i.id = new.incident_id
  ON CONFLICT DO UPDATE SET n = n + 1, killed = killed + excluded.killed, injured = injured + excluded.injured, kidnapped = kidnapped + excluded.kidnapped;
  INSERT INTO incident_actor_rollup (month, actor, role, type, governorate, status, n, killed, injured, kidnapped)
  SELECT coalesce(substr(i.date, 1, 7), ''), new.actor, 'any', i.type, coalesce(i.governorate, ''), i.status, 1, coalesce(i.killed, 0), coalesce(i.injured, 0), coalesce(i.kidnapped, 0) FROM incidents i WHERE i.id = new.incident_id AND NOT EXISTS (SELECT 1 FROM incident_actors x WHERE x.incident_id = new.incident_id AND x.actor = new.actor AND x.role <> new.role)
  ON CONFLICT DO UPDATE SET n = n + 1, killed = killed + excluded.killed, injured = injured + excluded.injured, kidnapped = kidnapped + excluded.kidnapped;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS incident_actors_rollup_delete AFTER DELETE ON incident_actors BEGIN
  UPDATE incident_actor_rollup SET n = n - 1, killed = killed - coalesce((SELECT i.killed FROM incidents i WHERE i.id = old.incident_id), 0), injured = injured - coalesce((SELECT i.injured FROM incidents i WHERE i.id = old.incident_id), 0), kidnapped = kidnapped - coalesce((SELECT i.kidnapped FROM incidents i WHERE i.id = old.incident_id), 0) WHERE (month, actor, role, type, governorate, status) = (SELECT coalesce(substr(i.date, 1, 7), ''), old.actor, old.role, i.type, coalesce(i.governorate, ''), i.status FROM incidents i WHERE i.id = old.incident_id);
  DELETE FROM incident_actor_rollup WHERE n = 0 AND (month, actor, role, type, governorate, status) = (SELECT coalesce(substr(i.date, 1, 7), ''), old.actor, old.role, i.type, coalesce(i.governorate, ''), i.status FROM incidents i WHERE i.id = old.incident_id);
  UPDATE incident_actor_rollup SET n = n - 1, killed = killed - coalesce((SELECT i.killed FROM incidents i WHERE i.id = old.incident_id), 0), injured = injured - coalesce((SELECT i.injured FROM incidents i WHERE i.id = old.incident_id), 0), kidnapped = kidnapped - coalesce((SELECT i.kidnapped FROM incidents i WHERE i.id = old.incident_id), 0) WHERE (month, actor, role, type, governorate, status) = (SELECT coalesce(substr(i.date, 1, 7), ''), old.actor, 'any', i.type, coalesce(i.governorate, ''), i.status FROM incidents i WHERE i.id = old.incident_id) AND NOT EXISTS (SELECT 1 FROM incident_actors x WHERE x.incident_id = old.incident_id AND x.actor = old.actor);
  DELETE FROM incident_actor_rollup WHERE n = 0 AND (month, actor, role, type, governorate, status) = (SELECT coalesce(substr(i.date, 1, 7), ''), old.actor, 'any', i.type, coalesce(i.governorate, ''), i.status FROM incidents i WHERE i.id = old.incident_id);
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS incident_actors_rollup_update AFTER UPDATE ON incident_actors BEGIN
  UPDATE incident_actor_rollup SET n = n - 1, killed = killed - coalesce((SELECT i.killed FROM incidents i WHERE i.id = old.incident_id), 0), injured = injured - coalesce((SELECT i.injured FROM incidents i WHERE i.id = old.incident_id), 0), kidnapped = kidnapped - coalesce((SELECT i.kidnapped FROM incidents i WHERE i.id = old.incident_id), 0) WHERE (month, actor, role, type, governorate, status) = (SELECT coalesce(substr(i.date, 1, 7), ''), old.actor, old.role, i.type, coalesce(i.governorate, ''), i.status FROM incidents i WHERE i.id = old.incident_id);
  DELETE FROM incident_actor_rollup WHERE n = 0 AND (month, actor, role, type, governorate, status) = (SELECT coalesce(substr(i.date, 1, 7), ''), old.actor, old.role, i.type, coalesce(i.governorate, ''), i.status FROM incidents i WHERE i.id = old.incident_id);
  UPDATE incident_actor_rollup SET n = n - 1, killed = killed - coalesce((SELECT i.killed FROM incidents i WHERE i.id = old.incident_id), 0), injured = injured - coalesce((SELECT i.injured FROM incidents i WHERE i.id = old.incident_id), 0), kidnapped = kidnapped - coalesce((SELECT i.kidnapped FROM incidents i WHERE i.id = old.incident_id), 0) WHERE (month, actor, role, type, governorate, status) = (SELECT coalesce(substr(i.date, 1, 7), ''), old.actor, 'any', i.type, coalesce(i.governorate, ''), i.status FROM incidents i WHERE i.id = old.incident_id) AND (old.incident_id IS NOT new.incident_id OR old.actor IS NOT new.actor) AND NOT EXISTS (SELECT 1 FROM incident_actors x WHERE x.incident_id = old.incident_id AND x.actor = old.actor);
  DELETE FROM incident_actor_rollup WHERE n = 0 AND (month, actor, role, type, governorate, status) = (SELECT coalesce(substr(i.date, 1, 7), ''), old.actor, 'any', i.type, coalesce(i.governorate, ''), i.status FROM incidents i WHERE i.id = old.incident_id);
  INSERT INTO incident_actor_rollup (month, actor, role, type, governorate, status, n, killed, injured, kidnapped)
  SELECT coalesce(substr(i.date, 1, 7), ''), new.actor, new.role, i.type, coalesce(i.governorate, ''), i.status, 1, coalesce(i.killed, 0), coalesce(i.injured, 0), coalesce(i.kidnapped, 0) FROM incidents i WHERE i.id = new.incident_id
  ON CONFLICT DO UPDATE SET n = n + 1, killed = killed + excluded.killed, injured = injured + excluded.injured, kidnapped = kidnapped + excluded.kidnapped;
  INSERT INTO incident_actor_rollup (month, actor, role, type, governorate, status, n, killed, injured, kidnapped)
  SELECT coalesce(substr(i.date, 1, 7), ''), new.actor, 'any', i.type, coalesce(i.governorate, ''), i.status, 1, coalesce(i.killed, 0), coalesce(i.injured, 0), coalesce(i.kidnapped, 0) FROM incidents i WHERE i.id = new.incident_id AND (old.incident_id IS NOT new.incident_id OR old.actor IS NOT new.actor) AND NOT EXISTS (SELECT 1 FROM incident_actors x WHERE x.incident_id = new.incident_id AND x.actor = new.actor AND x.role <> new.role)
  ON CONFLICT DO UPDATE SET n = n + 1, killed = killed + excluded.killed, injured = injured + excluded.injured, kidnapped = kidnapped + excluded.kidnapped;
END;
