-- WITHOUT ROWID added by hand (drizzle-kit does not model it): rollup rows are read and
-- upserted by their key, so the key B-tree is the table. IF NOT EXISTS by hand too: a
-- development database may hold an earlier draft of these tables (same columns).
CREATE TABLE IF NOT EXISTS `incident_actor_rollup` (
	`month` text NOT NULL,
	`actor` text NOT NULL,
	`role` text NOT NULL,
	`type` text NOT NULL,
	`governorate` text NOT NULL,
	`status` text NOT NULL,
	`n` integer NOT NULL,
	`killed` integer NOT NULL,
	`injured` integer NOT NULL,
	`kidnapped` integer NOT NULL,
	PRIMARY KEY(`actor`, `role`, `month`, `type`, `governorate`, `status`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `incident_map_rollup` (
	`cx` integer NOT NULL,
	`cy` integer NOT NULL,
	`type` text NOT NULL,
	`governorate` text NOT NULL,
	`status` text NOT NULL,
	`n` integer NOT NULL,
	`sum_lat` real NOT NULL,
	`sum_lon` real NOT NULL,
	`sum_id` integer NOT NULL,
	PRIMARY KEY(`cx`, `cy`, `type`, `governorate`, `status`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `incident_rollup` (
	`month` text NOT NULL,
	`type` text NOT NULL,
	`governorate` text NOT NULL,
	`status` text NOT NULL,
	`n` integer NOT NULL,
	`killed` integer NOT NULL,
	`injured` integer NOT NULL,
	`kidnapped` integer NOT NULL,
	PRIMARY KEY(`month`, `type`, `governorate`, `status`)
) WITHOUT ROWID;
