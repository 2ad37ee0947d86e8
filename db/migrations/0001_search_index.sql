-- Free-text search for the `q` filter: one document per incident holding its place, the
-- evidence of each source and each source's title, normalised in JS (normaliseArabic,
-- db/search-index.ts) so hamza/ta-marbuta spelling variants match. The trigram tokenizer
-- gives substring matching for Arabic and English alike. rowid = incidents.id.
-- Written by hand: drizzle-kit does not model virtual tables.
CREATE VIRTUAL TABLE `incident_search` USING fts5(`body`, tokenize = 'trigram');
--> statement-breakpoint
CREATE TRIGGER `incidents_search_delete` AFTER DELETE ON `incidents` BEGIN
  DELETE FROM `incident_search` WHERE rowid = old.id;
END;
