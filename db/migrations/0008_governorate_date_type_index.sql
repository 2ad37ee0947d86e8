DROP INDEX `incidents_governorate_date_idx`;--> statement-breakpoint
CREATE INDEX `incidents_governorate_date_idx` ON `incidents` (`governorate`,`date`,`type`);