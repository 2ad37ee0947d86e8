/**
 * One synthetic incident at a time, shaped like real Iraq reporting: most events in
 * the governorates that dominated 2014–2017 coverage, ISIS-era bombings and armed
 * attacks early, militia drones and rockets later, casualties mostly small with a
 * long tail. Weights are judgement calls for realistic-looking load, not statistics.
 */
import {
  GOVERNORATES,
  INCIDENT_TYPE_LABELS,
  type ActorId,
  type DatePrecision,
  type GovernorateCode,
  type IncidentActor,
  type IncidentType,
} from '@/lib/codebook';
import type { ReviewStatus } from '@/lib/filter';
import type { SyntheticPlace } from './places';
import { randomInt, seededRandom, weightedPicker } from './random';

export interface SyntheticIncident {
  type: IncidentType;
  date: string | null;
  datePrecision: DatePrecision | null;
  governorate: GovernorateCode;
  place: string;
  lat: number | null;
  lon: number | null;
  killed: number | null;
  injured: number | null;
  kidnapped: number | null;
  status: ReviewStatus;
  actors: IncidentActor[];
  /** Indexes into the synthetic article list; the first carries `evidence`. */
  articles: number[];
  evidence: string;
}

const GOVERNORATE_WEIGHTS: Record<GovernorateCode, number> = {
  'IQ-BG': 22, 'IQ-NI': 16, 'IQ-AN': 13, 'IQ-DI': 11, 'IQ-SD': 11, 'IQ-KI': 8,
  'IQ-BB': 4, 'IQ-BA': 3, 'IQ-AR': 2, 'IQ-DA': 2, 'IQ-SU': 2, 'IQ-WA': 1.5,
  'IQ-DQ': 1.5, 'IQ-MA': 1, 'IQ-QA': 0.8, 'IQ-KA': 0.7, 'IQ-NA': 0.7, 'IQ-MU': 0.3,
};

const YEAR_WEIGHTS: [number, number][] = [
  [2014, 14], [2015, 14], [2016, 13], [2017, 11], [2018, 7], [2019, 6],
  [2020, 7], [2021, 6], [2022, 5], [2023, 5], [2024, 6], [2025, 6],
];

const TYPES_WAR: [IncidentType, number][] = [
  ['bombing', 30], ['armed_attack', 28], ['killing', 12], ['airstrike', 12],
  ['kidnapping', 8], ['rocket_attack', 8], ['drone_attack', 2],
];
const TYPES_LATER: [IncidentType, number][] = [
  ['armed_attack', 22], ['rocket_attack', 18], ['drone_attack', 16], ['bombing', 14],
  ['killing', 14], ['airstrike', 8], ['kidnapping', 8],
];

type ActorChoice = ActorId | null; // null: the report names nobody in this role
const PERPETRATORS: Record<IncidentType, [ActorChoice, number][]> = {
  drone_attack: [['islamic_resistance_iraq', 25], ['turkey', 20], ['us_forces', 15], ['kataib_hezbollah', 10], ['iran_backed_militias', 10], ['isis', 5], [null, 15]],
  airstrike: [['isf', 35], ['us_forces', 30], ['turkey', 20], ['iran', 3], ['israel', 2], [null, 10]],
  rocket_attack: [['iran_backed_militias', 25], ['isis', 20], ['kataib_hezbollah', 10], ['iran', 8], ['turkey', 7], ['unknown_gunmen', 5], [null, 25]],
  bombing: [['isis', 55], ['unknown_gunmen', 10], [null, 35]],
  armed_attack: [['isis', 40], ['unknown_gunmen', 20], ['tribal_group', 12], ['isf', 8], ['pmf', 5], ['asaib_ahl_al_haq', 3], [null, 12]],
  kidnapping: [['unknown_gunmen', 40], ['isis', 30], ['iran_backed_militias', 8], ['asaib_ahl_al_haq', 4], ['saraya_awliya_al_dam', 3], [null, 15]],
  killing: [['unknown_gunmen', 45], ['isis', 30], ['tribal_group', 8], ['harakat_al_nujaba', 2], [null, 15]],
};
const TARGETS: Record<IncidentType, [ActorChoice, number][]> = {
  drone_attack: [['us_forces', 30], ['pkk', 20], ['krg_forces', 12], ['pmf', 10], ['kataib_hezbollah', 8], ['civilians', 10], [null, 10]],
  airstrike: [['isis', 60], ['pkk', 20], ['pmf', 8], ['civilians', 7], [null, 5]],
  rocket_attack: [['us_forces', 30], ['civilians', 25], ['isf', 15], ['krg_forces', 10], [null, 20]],
  bombing: [['civilians', 55], ['isf', 25], ['pmf', 8], ['us_forces', 2], [null, 10]],
  armed_attack: [['isf', 40], ['civilians', 25], ['pmf', 15], ['krg_forces', 8], ['tribal_group', 5], [null, 7]],
  kidnapping: [['civilians', 80], ['isf', 10], ['other', 5], [null, 5]],
  killing: [['civilians', 75], ['isf', 12], ['pmf', 5], ['other', 5], [null, 3]],
};

const PRECISION = weightedPicker<DatePrecision | null>([['day', 78], ['week', 15], ['month', 6], [null, 1]]);
const STATUS = weightedPicker<ReviewStatus>([['unreviewed', 70], ['confirmed', 25], ['rejected', 5]]);
const YEAR = weightedPicker(YEAR_WEIGHTS);
const TYPE_WAR = weightedPicker(TYPES_WAR);
const TYPE_LATER = weightedPicker(TYPES_LATER);
const PERP = Object.fromEntries(Object.entries(PERPETRATORS).map(([t, w]) => [t, weightedPicker(w)])) as Record<IncidentType, (r: () => number) => ActorChoice>;
const TARG = Object.fromEntries(Object.entries(TARGETS).map(([t, w]) => [t, weightedPicker(w)])) as Record<IncidentType, (r: () => number) => ActorChoice>;
const GOV_AR = Object.fromEntries(GOVERNORATES.map((g) => [g.code, g.ar])) as Record<GovernorateCode, string>;
const GOV_EN = Object.fromEntries(GOVERNORATES.map((g) => [g.code, g.en])) as Record<GovernorateCode, string>;

const DAY_MS = 86_400_000;

/** Long-tailed count: mostly 0–3, occasionally dozens, rarely ~150. */
function skewedCount(rnd: () => number, scale: number): number {
  return Math.floor(Math.exp(rnd() * rnd() * scale)) - 1;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function roundTo(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}

const DAYS_BY_YEAR = new Map<number, string[]>(
  YEAR_WEIGHTS.map(([year]) => {
    const days: string[] = [];
    for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += DAY_MS) days.push(isoDay(ms));
    return [year, days];
  }),
);

export interface IncidentGenerator {
  next(): SyntheticIncident;
}

export function incidentGenerator(rnd: () => number, places: readonly SyntheticPlace[], articleCount: number): IncidentGenerator {
  const byGov = new Map<GovernorateCode, SyntheticPlace[]>();
  for (const p of places) byGov.set(p.governorate, [...(byGov.get(p.governorate) ?? []), p]);
  const govPick = weightedPicker(
    [...byGov.keys()].map((code) => [code, GOVERNORATE_WEIGHTS[code]] as const),
  );
  const placePick = new Map(
    [...byGov].map(([code, list]) => [code, weightedPicker(list.map((p) => [p, p.weight] as const))]),
  );

  return {
    next() {
      const governorate = govPick(rnd);
      const place = placePick.get(governorate)!(rnd);
      const year = YEAR(rnd);
      const type = year <= 2017 ? TYPE_WAR(rnd) : TYPE_LATER(rnd);
      const datePrecision = PRECISION(rnd);
      const days = DAYS_BY_YEAR.get(year)!;
      const date = datePrecision === null ? null : days[Math.floor(rnd() * days.length)]!;
      const noPosition = rnd() < 0.03;
      const lat = noPosition ? null : roundTo(place.lat + (rnd() - 0.5) * 2 * place.jitter, 5);
      const lon = noPosition ? null : roundTo(place.lon + (rnd() - 0.5) * 2 * place.jitter, 5);

      const unreported = rnd();
      const killed = unreported < 0.2 || type === 'kidnapping' ? (rnd() < 0.7 ? null : 0) : skewedCount(rnd, 5);
      const injured = unreported < 0.35 ? null : skewedCount(rnd, type === 'bombing' ? 5.5 : 4);
      const kidnapped = type === 'kidnapping' ? 1 + skewedCount(rnd, 3.5) : null;

      const actors: IncidentActor[] = [];
      const perp = PERP[type](rnd);
      const target = TARG[type](rnd);
      if (perp) actors.push({ id: perp, role: 'perpetrator' });
      if (target && target !== perp) actors.push({ id: target, role: 'target' });

      const first = Math.floor(rnd() * articleCount);
      const second = (first + 1 + Math.floor(rnd() * (articleCount - 1))) % articleCount;
      // Ascending, the order in which the app lists (and indexes) an incident's sources.
      const articles = rnd() < 0.1 && articleCount > 1 ? [Math.min(first, second), Math.max(first, second)] : [first];

      // Kept short: every character is indexed by the trigram search table.
      // Arabic reports name the place in Arabic, as the extractor would store it.
      const arabic = rnd() < 0.5;
      const placeName = arabic ? place.nameAr : place.name;
      const evidence = arabic
        ? `${INCIDENT_TYPE_LABELS[type].ar} في ${place.nameAr} (${GOV_AR[governorate]}): ${killed ?? '?'} قتيل.`
        : `${INCIDENT_TYPE_LABELS[type].en} in ${place.name}, ${GOV_EN[governorate]}: ${killed ?? '?'} killed.`;

      return { type, date, datePrecision, governorate, place: placeName, lat, lon, killed, injured, kidnapped, status: STATUS(rnd), actors, articles, evidence };
    },
  };
}

export const SYNTHETIC_URL_PREFIX = 'https://synthetic.invalid/articles/';

export interface SyntheticArticle {
  url: string;
  title: string;
  lang: 'ar' | 'en';
  published: string;
  text: string;
}

/** The shared source articles: few, each cited by many incidents. */
export function syntheticArticle(index: number, rnd: () => number): SyntheticArticle {
  const lang = index % 2 === 0 ? 'en' : 'ar';
  const published = isoDay(Date.UTC(2014, 0, 1) + randomInt(rnd, 0, 12 * 365) * DAY_MS);
  const title = lang === 'en' ? `Synthetic bulletin ${index + 1}` : `نشرة اصطناعية ${index + 1}`;
  const text =
    lang === 'en'
      ? `This article is synthetic test data generated by scripts/seed-synthetic.ts (bulletin ${index + 1}). It reports no real event.`
      : `هذا المقال بيانات اختبار اصطناعية (النشرة ${index + 1}) ولا يروي أي حدث حقيقي.`;
  return { url: `${SYNTHETIC_URL_PREFIX}${index + 1}`, title, lang, published, text };
}

/** Few shared articles: one per 5,000 incidents, at least 3. */
export function syntheticArticleCount(incidents: number): number {
  return Math.max(3, Math.ceil(incidents / 5000));
}

export interface SyntheticDataset {
  articles: SyntheticArticle[];
  incidents: IncidentGenerator;
}

/**
 * The whole dataset for a seed: articles first, then incidents from the same random
 * stream. The loader and the search-index worker each call this and get the same
 * rows, so the worker needs no rows sent over from the loader.
 */
export function syntheticDataset(seed: number, incidentCount: number, places: readonly SyntheticPlace[]): SyntheticDataset {
  const rnd = seededRandom(seed);
  const articleCount = syntheticArticleCount(incidentCount);
  const articles = Array.from({ length: articleCount }, (_, i) => syntheticArticle(i, rnd));
  return { articles, incidents: incidentGenerator(rnd, places, articleCount) };
}
