CREATE TABLE `actors` (
	`id` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL,
	`name_ar` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text,
	`title` text NOT NULL,
	`lang` text NOT NULL,
	`published` text,
	`text` text NOT NULL,
	`content_hash` text NOT NULL,
	`ingested_at` text NOT NULL,
	CONSTRAINT "articles_lang_check" CHECK("articles"."lang" IN ('ar', 'en'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_content_hash_unique` ON `articles` (`content_hash`);--> statement-breakpoint
CREATE INDEX `articles_url_idx` ON `articles` (`url`);--> statement-breakpoint
CREATE TABLE `governorates` (
	`code` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL,
	`name_ar` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `incident_actors` (
	`incident_id` integer NOT NULL,
	`actor` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`incident_id`, `actor`, `role`),
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "incident_actors_role_check" CHECK("incident_actors"."role" IN ('perpetrator', 'target'))
);
--> statement-breakpoint
CREATE INDEX `incident_actors_actor_role_idx` ON `incident_actors` (`actor`,`role`,`incident_id`);--> statement-breakpoint
CREATE TABLE `incident_sources` (
	`incident_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`evidence` text NOT NULL,
	PRIMARY KEY(`incident_id`, `article_id`),
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `incident_sources_article_idx` ON `incident_sources` (`article_id`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`date` text,
	`date_precision` text,
	`governorate` text,
	`place` text,
	`lat` real,
	`lon` real,
	`killed` integer,
	`injured` integer,
	`kidnapped` integer,
	`status` text DEFAULT 'unreviewed' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`governorate`) REFERENCES `governorates`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "incidents_type_check" CHECK("incidents"."type" IN ('drone_attack', 'airstrike', 'rocket_attack', 'bombing', 'armed_attack', 'kidnapping', 'killing')),
	CONSTRAINT "incidents_date_precision_check" CHECK("incidents"."date_precision" IS NULL OR "incidents"."date_precision" IN ('day', 'week', 'month')),
	CONSTRAINT "incidents_status_check" CHECK("incidents"."status" IN ('unreviewed', 'confirmed', 'rejected')),
	CONSTRAINT "incidents_counts_check" CHECK(coalesce("incidents"."killed", 0) >= 0 AND coalesce("incidents"."injured", 0) >= 0 AND coalesce("incidents"."kidnapped", 0) >= 0),
	CONSTRAINT "incidents_coords_check" CHECK(("incidents"."lat" IS NULL) = ("incidents"."lon" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `incidents_date_idx` ON `incidents` (`date`);--> statement-breakpoint
CREATE INDEX `incidents_governorate_date_idx` ON `incidents` (`governorate`,`date`);--> statement-breakpoint
CREATE INDEX `incidents_type_date_idx` ON `incidents` (`type`,`date`);--> statement-breakpoint
CREATE INDEX `incidents_killed_idx` ON `incidents` (`killed`);--> statement-breakpoint
CREATE INDEX `incidents_status_date_idx` ON `incidents` (`status`,`date`);--> statement-breakpoint
CREATE INDEX `incidents_merge_key_idx` ON `incidents` (`type`,`governorate`,`date`,`place`);