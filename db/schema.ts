/**
 * The incident store. One file so drizzle-kit sees every table; migrations in
 * db/migrations are generated from it (`npm run db:generate`).
 *
 * Dates are ISO text (`YYYY-MM-DD` for event/publication dates, full ISO timestamps for
 * bookkeeping) so that string order is time order and SQLite's date functions work.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ACTOR_ROLES, DATE_PRECISIONS, INCIDENT_TYPES, type ActorId, type ActorRole, type DatePrecision, type GovernorateCode, type IncidentType } from '@/lib/codebook';
import { REVIEW_STATUSES, type ReviewStatus } from '@/lib/filter';

/** `'a', 'b'` for a CHECK (x IN (...)). The values are codebook constants, never input. */
const sqlList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', '));

export const governorates = sqliteTable('governorates', {
  code: text('code').$type<GovernorateCode>().primaryKey(),
  nameEn: text('name_en').notNull(),
  nameAr: text('name_ar').notNull(),
});

export const actors = sqliteTable('actors', {
  id: text('id').$type<ActorId>().primaryKey(),
  nameEn: text('name_en').notNull(),
  nameAr: text('name_ar').notNull(),
});

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    url: text('url'),
    title: text('title').notNull(),
    lang: text('lang').$type<'ar' | 'en'>().notNull(),
    published: text('published'),
    text: text('text').notNull(),
    /** sha256 of the normalised text: the same story re-ingested is recognised. */
    contentHash: text('content_hash').notNull().unique(),
    ingestedAt: text('ingested_at').notNull(),
  },
  (t) => [check('articles_lang_check', sql`${t.lang} IN ('ar', 'en')`), index('articles_url_idx').on(t.url)],
);

export const incidents = sqliteTable(
  'incidents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    type: text('type').$type<IncidentType>().notNull(),
    date: text('date'),
    datePrecision: text('date_precision').$type<DatePrecision>(),
    governorate: text('governorate')
      .$type<GovernorateCode>()
      .references(() => governorates.code),
    place: text('place'),
    lat: real('lat'),
    lon: real('lon'),
    killed: integer('killed'),
    injured: integer('injured'),
    kidnapped: integer('kidnapped'),
    status: text('status').$type<ReviewStatus>().notNull().default('unreviewed'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    check('incidents_type_check', sql`${t.type} IN (${sqlList(INCIDENT_TYPES)})`),
    check('incidents_date_precision_check', sql`${t.datePrecision} IS NULL OR ${t.datePrecision} IN (${sqlList(DATE_PRECISIONS)})`),
    check('incidents_status_check', sql`${t.status} IN (${sqlList(REVIEW_STATUSES)})`),
    check('incidents_counts_check', sql`coalesce(${t.killed}, 0) >= 0 AND coalesce(${t.injured}, 0) >= 0 AND coalesce(${t.kidnapped}, 0) >= 0`),
    check('incidents_coords_check', sql`(${t.lat} IS NULL) = (${t.lon} IS NULL)`),
    index('incidents_date_idx').on(t.date),
    // type last: the stats timeline for a governorate + date range reads this index alone.
    index('incidents_governorate_date_idx').on(t.governorate, t.date, t.type),
    index('incidents_type_date_idx').on(t.type, t.date),
    // id second keeps the (killed, id) order the table's killed sort pages in; the columns
    // after it let the stats for a minimum killed read the matching range alone.
    index('incidents_killed_idx').on(t.killed, t.id, t.type, t.date, t.governorate, t.status, t.injured, t.kidnapped),
    index('incidents_status_date_idx').on(t.status, t.date),
    // Map aggregation reads position and type from this index alone (no table lookups),
    // and a viewport (bbox) narrows on it.
    index('incidents_lat_lon_type_idx').on(t.lat, t.lon, t.type),
    // The east and west margins of a viewport (db/queries/map-viewport.ts) narrow on lon.
    index('incidents_lon_lat_type_idx').on(t.lon, t.lat, t.type),
    // Exact-match rule for linking a second source to an existing incident (db/ingest.ts).
    index('incidents_merge_key_idx').on(t.type, t.governorate, t.date, t.place),
    // Stats for a free-text match read each matching incident from this narrow copy of the
    // columns they need (db/queries/matched-stats.ts): a seek here touches far fewer pages.
    index('incidents_stats_idx').on(t.id, t.type, t.date, t.governorate, t.status, t.killed, t.injured, t.kidnapped),
    // Type + governorate + dates + minimum killed (the dashboard's usual combination) are
    // all tested inside this index: only the matches are read from the table.
    index('incidents_type_governorate_date_killed_idx').on(t.type, t.governorate, t.date, t.killed),
  ],
);

export const incidentActors = sqliteTable(
  'incident_actors',
  {
    incidentId: integer('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    actor: text('actor')
      .$type<ActorId>()
      .notNull()
      .references(() => actors.id),
    role: text('role').$type<ActorRole>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.incidentId, t.actor, t.role] }),
    check('incident_actors_role_check', sql`${t.role} IN (${sqlList(ACTOR_ROLES)})`),
    index('incident_actors_actor_role_idx').on(t.actor, t.role, t.incidentId),
  ],
);

export const incidentSources = sqliteTable(
  'incident_sources',
  {
    incidentId: integer('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    evidence: text('evidence').notNull(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.articleId] }), index('incident_sources_article_idx').on(t.articleId)],
);

export type ArticleRow = typeof articles.$inferSelect;
export type IncidentRow = typeof incidents.$inferSelect;
export type NewIncidentRow = typeof incidents.$inferInsert;

/*
 * Rollups: pre-aggregated counts that stats, map and page totals read instead of a
 * million incident rows whenever the filter only uses the dimensions they keep. Kept
 * current by triggers on incidents and incident_actors (migration 0004), rebuilt
 * wholesale by `rebuildRollups` after a bulk load. Migration 0003 makes them WITHOUT ROWID
 * (drizzle-kit does not model that; edit by hand if they are ever regenerated). Unknown month / governorate are ''
 * (not NULL) so that they take part in the primary key and in upserts.
 */
/** The cell every incident rollup is keyed by besides its own dimensions. */
const rollupCell = () => ({
  type: text('type').$type<IncidentType>().notNull(),
  governorate: text('governorate').notNull(),
  status: text('status').$type<ReviewStatus>().notNull(),
});

/** How many incidents a rollup row holds and their toll sums, unknown tolls counted as 0 (what sum() over the incidents reports too). */
const rollupSums = () => ({
  n: integer('n').notNull(),
  killed: integer('killed').notNull(),
  injured: integer('injured').notNull(),
  kidnapped: integer('kidnapped').notNull(),
});

export const incidentRollup = sqliteTable(
  'incident_rollup',
  {
    /** `YYYY-MM` of the incident date, '' when undated. */
    month: text('month').notNull(),
    ...rollupCell(),
    ...rollupSums(),
  },
  (t) => [primaryKey({ columns: [t.month, t.type, t.governorate, t.status] })],
);

export const incidentActorRollup = sqliteTable(
  'incident_actor_rollup',
  {
    month: text('month').notNull(),
    actor: text('actor').$type<ActorId>().notNull(),
    /** 'any': each incident once per actor it names, whatever the role(s). */
    role: text('role').$type<ActorRole | 'any'>().notNull(),
    ...rollupCell(),
    ...rollupSums(),
  },
  // Actor first: one actor's rows are adjacent. The indexes narrow the per-actor breakdown
  // for a date range or a governorate instead of reading every row.
  (t) => [
    primaryKey({ columns: [t.actor, t.role, t.month, t.type, t.governorate, t.status] }),
    // n included: with the key columns every index entry carries, the breakdown reads the index alone.
    index('incident_actor_rollup_month_idx').on(t.month, t.governorate, t.n),
    index('incident_actor_rollup_governorate_idx').on(t.governorate, t.month, t.n),
    // A type filter's per-actor breakdown reads one type's entries, grouped in actor order.
    index('incident_actor_rollup_type_idx').on(t.type, t.actor, t.role, t.n),
  ],
);

/**
 * Located incidents per map grid cell at level MAP_ROLLUP_LEVEL (db/queries/map-grid.ts);
 * coarser levels are these cells with indices halved. `sum_id` is the incident id when
 * n = 1 (a single-incident marker links to it) and stays exact under removals.
 */
export const incidentMapRollup = sqliteTable(
  'incident_map_rollup',
  {
    cx: integer('cx').notNull(),
    cy: integer('cy').notNull(),
    ...rollupCell(),
    n: integer('n').notNull(),
    sumLat: real('sum_lat').notNull(),
    sumLon: real('sum_lon').notNull(),
    sumId: integer('sum_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cx, t.cy, t.type, t.governorate, t.status] })],
);

/**
 * Actor co-occurrence for the per-actor breakdown of an actor filter: per (actor, role)
 * — role 'any' included — how many incidents name it together with each (other actor,
 * other role) link, the actor's own link included. Only links matter, so no dimensions.
 */
export const incidentActorPairRollup = sqliteTable(
  'incident_actor_pair_rollup',
  {
    actor: text('actor').$type<ActorId>().notNull(),
    role: text('role').$type<ActorRole | 'any'>().notNull(),
    otherActor: text('other_actor').$type<ActorId>().notNull(),
    otherRole: text('other_role').$type<ActorRole>().notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.actor, t.role, t.otherActor, t.otherRole] })],
);

/**
 * One row per write that touched an incident or its actor links (migration 0013's
 * triggers), so that each process's in-memory incident columns (db/columns/) re-read only
 * what changed since they were built. `incident_id` NULL means "reload everything" (a bulk
 * loader that wrote with the triggers off). AUTOINCREMENT: a pruned sequence number is
 * never handed out again, so a reader can tell that changes it did not see were pruned.
 */
export const incidentChanges = sqliteTable('incident_changes', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  incidentId: integer('incident_id'),
});
