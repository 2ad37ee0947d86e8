-- Fills incident_changes (0012): every write to an incident or to its actor links logs the
-- incident's id, in the same transaction, so each process's in-memory incident columns
-- (db/columns/) can re-read just those incidents. The log keeps its last ~100,000 rows; a
-- reader that fell further behind reloads everything. Bulk loaders drop these triggers
-- with the rollup ones (db/rollups.ts) and log one NULL row ("reload all") afterwards.
-- Written by hand: drizzle-kit does not model triggers.
CREATE TRIGGER incident_change_log_insert AFTER INSERT ON incidents BEGIN
  INSERT INTO incident_changes (incident_id) VALUES (new.id);
END;
--> statement-breakpoint
CREATE TRIGGER incident_change_log_update AFTER UPDATE ON incidents BEGIN
  INSERT INTO incident_changes (incident_id) VALUES (new.id);
  INSERT INTO incident_changes (incident_id) SELECT old.id WHERE old.id <> new.id;
END;
--> statement-breakpoint
CREATE TRIGGER incident_change_log_delete AFTER DELETE ON incidents BEGIN
  INSERT INTO incident_changes (incident_id) VALUES (old.id);
END;
--> statement-breakpoint
CREATE TRIGGER incident_change_log_link_insert AFTER INSERT ON incident_actors BEGIN
  INSERT INTO incident_changes (incident_id) VALUES (new.incident_id);
END;
--> statement-breakpoint
CREATE TRIGGER incident_change_log_link_update AFTER UPDATE ON incident_actors BEGIN
  INSERT INTO incident_changes (incident_id) VALUES (new.incident_id);
  INSERT INTO incident_changes (incident_id) SELECT old.incident_id WHERE old.incident_id <> new.incident_id;
END;
--> statement-breakpoint
CREATE TRIGGER incident_change_log_link_delete AFTER DELETE ON incident_actors BEGIN
  INSERT INTO incident_changes (incident_id) VALUES (old.incident_id);
END;
--> statement-breakpoint
CREATE TRIGGER incident_change_log_prune AFTER INSERT ON incident_changes WHEN new.seq % 1024 = 0 BEGIN
  DELETE FROM incident_changes WHERE seq <= new.seq - 100000;
END;
