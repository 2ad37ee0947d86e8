CREATE TABLE `incident_changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`incident_id` integer
);
