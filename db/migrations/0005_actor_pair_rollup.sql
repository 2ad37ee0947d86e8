-- WITHOUT ROWID added by hand (drizzle-kit does not model it), as in 0003.
CREATE TABLE `incident_actor_pair_rollup` (
	`actor` text NOT NULL,
	`role` text NOT NULL,
	`other_actor` text NOT NULL,
	`other_role` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`actor`, `role`, `other_actor`, `other_role`)
) WITHOUT ROWID;
