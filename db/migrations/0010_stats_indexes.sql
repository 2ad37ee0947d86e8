-- Planner statistics (hand-written, around the generated index statements): on a database
-- that holds them for the older indexes (a bulk-loaded one: scripts/synthetic/load.ts runs
-- ANALYZE), the new and rebuilt indexes get statistics derived from the index sharing their
-- leading columns (deeper columns rough); without them SQLite rates them by its defaults
-- and keeps the narrower old indexes. A later ANALYZE replaces them with measured ones; a
-- database never analysed gets none, as before. `ANALYZE sqlite_schema` creates
-- sqlite_stat1 when missing and, at the end, makes the connection re-read it.
ANALYZE sqlite_schema;
--> statement-breakpoint
INSERT INTO sqlite_stat1 (tbl, idx, stat)
SELECT 'incidents', 'incidents_killed_idx (rebuilt)', stat || ' 1 1 1 1 1 1 1' FROM sqlite_stat1 WHERE tbl = 'incidents' AND idx = 'incidents_killed_idx'
UNION ALL
SELECT 'incidents', 'incidents_type_governorate_date_killed_idx', stat FROM sqlite_stat1 WHERE tbl = 'incidents' AND idx = 'incidents_merge_key_idx'
UNION ALL
SELECT 'incidents', 'incidents_stats_idx', substr(stat, 1, instr(stat, ' ') - 1) || ' 1 1 1 1 1 1 1 1' FROM sqlite_stat1 WHERE tbl = 'incidents' AND idx = 'incidents_killed_idx';
--> statement-breakpoint
DROP INDEX `incidents_killed_idx`;--> statement-breakpoint
CREATE INDEX `incidents_stats_idx` ON `incidents` (`id`,`type`,`date`,`governorate`,`status`,`killed`,`injured`,`kidnapped`);--> statement-breakpoint
CREATE INDEX `incidents_type_governorate_date_killed_idx` ON `incidents` (`type`,`governorate`,`date`,`killed`);--> statement-breakpoint
CREATE INDEX `incidents_killed_idx` ON `incidents` (`killed`,`id`,`type`,`date`,`governorate`,`status`,`injured`,`kidnapped`);--> statement-breakpoint
UPDATE sqlite_stat1 SET idx = 'incidents_killed_idx' WHERE tbl = 'incidents' AND idx = 'incidents_killed_idx (rebuilt)';
--> statement-breakpoint
ANALYZE sqlite_schema;
