/**
 * What the named query functions in db/queries return. Routes and components compile
 * against these types only; they never see tables or SQL.
 */
import type {
  ActorId,
  ActorRole,
  DatePrecision,
  GovernorateCode,
  Incident,
  IncidentActor,
  IncidentType,
} from '@/lib/codebook';
import type { ReviewStatus } from '@/lib/filter';

export type { ReviewStatus };

/** One source article of an incident, as listed next to the incident. */
export interface IncidentSourceRef {
  articleId: number;
  url: string | null;
  title: string;
  /** The sentence(s) of this article that report the incident. */
  evidence: string;
  published: string | null; // YYYY-MM-DD
}

/**
 * An incident as the table, map popups and review screen show it: the codebook fields
 * (evidence = the evidence of its first source) plus storage identity and review state.
 */
export interface IncidentRecord extends Incident {
  id: number;
  status: ReviewStatus;
  createdAt: string; // ISO timestamp
  updatedAt: string; // ISO timestamp
  sources: IncidentSourceRef[];
}

/** A source article with its full (untrusted, render as text only) body. */
export interface IncidentSourceDetail extends IncidentSourceRef {
  lang: 'ar' | 'en';
  text: string;
  ingestedAt: string;
}

export interface IncidentDetail extends Omit<IncidentRecord, 'sources'> {
  governorateName: { en: string; ar: string } | null;
  sources: IncidentSourceDetail[];
}

export interface IncidentPage {
  total: number;
  page: number;
  pageSize: number;
  items: IncidentRecord[];
}

export type TimelineBucket = 'day' | 'week' | 'month';

export interface StatsResult {
  total: number;
  /** Sums over the filtered incidents; null counts are treated as 0. */
  killed: number;
  injured: number;
  kidnapped: number;
  byType: { type: IncidentType; count: number }[];
  /** Incidents with no governorate are left out of this list (they still count in total). */
  byGovernorate: { code: GovernorateCode; count: number }[];
  byActor: { id: ActorId; role: ActorRole; count: number }[];
  timeline: {
    bucket: TimelineBucket;
    /**
     * period: 'YYYY-MM-DD' for day; the Monday 'YYYY-MM-DD' of the ISO week for week;
     * 'YYYY-MM' for month. Rows sorted by period then type. Undated incidents are left out.
     */
    rows: { period: string; type: IncidentType; count: number }[];
  };
}

/**
 * One map marker. A cell holding one incident is a point with that incident's id;
 * a cell holding several is a cluster at the mean position of its incidents.
 */
export interface MapCluster {
  id?: number;
  lat: number;
  lon: number;
  count: number;
  /** The most frequent type in the cell (ties: codebook order). */
  type?: IncidentType;
  types: Partial<Record<IncidentType, number>>;
}

/** Visible map bounds in degrees (west/east = longitude, south/north = latitude). */
export interface MapBounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** What mapClusters needs to know about the map: its zoom and, optionally, its viewport. */
export interface MapView {
  zoom: number;
  bbox?: MapBounds;
}

/** One row of the CSV/GeoJSON export; multi-valued cells are joined with ' | '. */
export interface ExportRow {
  incident_id: number;
  event_date: string | null;
  date_precision: DatePrecision | null;
  type: IncidentType;
  governorate_code: GovernorateCode | null;
  governorate_name: string | null;
  place: string | null;
  latitude: number | null;
  longitude: number | null;
  perpetrators: string; // actor ids joined with ' | '
  targets: string;
  killed: number | null;
  injured: number | null;
  kidnapped: number | null;
  status: ReviewStatus;
  source_urls: string;
  source_titles: string;
  evidence: string;
}

export const EXPORT_COLUMNS = [
  'incident_id',
  'event_date',
  'date_precision',
  'type',
  'governorate_code',
  'governorate_name',
  'place',
  'latitude',
  'longitude',
  'perpetrators',
  'targets',
  'killed',
  'injured',
  'kidnapped',
  'status',
  'source_urls',
  'source_titles',
  'evidence',
] as const satisfies readonly (keyof ExportRow)[];

export interface IngestFailure {
  source: string;
  line?: number;
  reason: string;
}

export interface IngestSummary {
  articlesNew: number;
  skipped: number;
  failed: IngestFailure[];
  incidentsAdded: number;
  /** Incidents that were matched to an existing one and got this article as a second source. */
  incidentsLinked: number;
}

export type IngestArticleResult =
  | { status: 'new'; articleId: number; incidentsAdded: number; incidentsLinked: number }
  | { status: 'skipped'; articleId: number; reason: 'duplicate' };

export type { IncidentActor };
