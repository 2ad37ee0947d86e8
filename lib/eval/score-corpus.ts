/**
 * The corpus scorer (codebook section 8) as pure functions: no files, no extractor.
 * The CLI feeds it gold and predicted incidents; unit tests feed it hand-made ones.
 */
import { INCIDENT_TYPES, type Incident, type IncidentType } from '@/lib/codebook';
import {
  countCorrect,
  dateCorrect,
  falselyAttributed,
  locationErrorKm,
  perpetratorCorrect,
} from './field-checks';
import type { GoldIncident } from './gold-schema';
import { pairIncidents, type Pair } from './pairing';

export interface ArticleScoreInput {
  id: string;
  lang: 'ar' | 'en';
  gold: GoldIncident[];
  predicted: Incident[];
  /** The extractor failed on this article; it counts as predicting nothing. */
  error?: string;
}

export interface Ratio {
  hits: number;
  total: number;
  /** hits / total, or null when nothing was scored. */
  value: number | null;
}

/**
 * Precision/recall/F1. matchedGold and matchedPredicted are equal overall; they
 * differ only in the per-type lenient figures, where a pair may join two types.
 */
export interface PRF {
  gold: number;
  predicted: number;
  matchedGold: number;
  matchedPredicted: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface PairOutcome extends Pair {
  date: boolean | null;
  perpetrator: boolean | null;
  falseAttribution: boolean | null;
  killed: boolean | null;
  injured: boolean | null;
  kidnapped: boolean | null;
  km: number | null;
}

export interface ArticleOutcome {
  id: string;
  lang: 'ar' | 'en';
  error?: string;
  gold: GoldIncident[];
  predicted: Incident[];
  pairs: PairOutcome[];
  /** Gold incidents without a strict match. */
  missed: number[];
  /** Predicted incidents without a strict match. */
  falseAlarms: number[];
}

export interface Metrics {
  articles: number;
  extractionErrors: number;
  strict: PRF;
  lenient: PRF;
  /** The remaining figures are over strict pairs only. */
  date: Ratio;
  perpetrator: Ratio;
  /** Codebook wording: share of (strict) pairs whose gold names no perpetrator but the prediction does. */
  falseAttribution: Ratio;
  /** The same count over only the pairs whose gold names no perpetrator (conditional rate). */
  falseAttributionWhereGoldNamesNone: Ratio;
  killed: Ratio;
  injured: Ratio;
  kidnapped: Ratio;
  location: { within25km: Ratio; medianKm: number | null };
}

export interface CorpusScore {
  overall: Metrics;
  byLang: Record<'ar' | 'en', Metrics>;
  byType: Record<IncidentType, { strict: PRF; lenient: PRF }>;
  articles: ArticleOutcome[];
}

export const LOCATION_TOLERANCE_KM = 25;

export function ratio(hits: number, total: number): Ratio {
  return { hits, total, value: total === 0 ? null : hits / total };
}

export function prf(gold: number, predicted: number, matchedGold: number, matchedPredicted = matchedGold): PRF {
  const precision = predicted === 0 ? null : matchedPredicted / predicted;
  const recall = gold === 0 ? null : matchedGold / gold;
  // 2·tp/(gold+predicted) is the harmonic mean of P and R where both exist, and 0
  // (not undefined) when an extractor predicts nothing against a non-empty gold.
  const f1 = gold + predicted === 0 ? null : (matchedGold + matchedPredicted) / (gold + predicted);
  return { gold, predicted, matchedGold, matchedPredicted, precision, recall, f1 };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function scoreArticle(input: ArticleScoreInput): ArticleOutcome {
  const predicted = input.error !== undefined ? [] : input.predicted;
  const pairs: PairOutcome[] = pairIncidents(input.gold, predicted).map((pair) => {
    const g = input.gold[pair.goldIndex]!;
    const p = predicted[pair.predIndex]!;
    return {
      ...pair,
      date: dateCorrect(g, p),
      perpetrator: perpetratorCorrect(g, p),
      falseAttribution: falselyAttributed(g, p),
      killed: countCorrect(g.killed, p.killed),
      injured: countCorrect(g.injured, p.injured),
      kidnapped: countCorrect(g.kidnapped, p.kidnapped),
      km: locationErrorKm(g, p),
    };
  });
  const strictGold = new Set(pairs.filter((x) => x.strict).map((x) => x.goldIndex));
  const strictPred = new Set(pairs.filter((x) => x.strict).map((x) => x.predIndex));
  const outcome: ArticleOutcome = {
    id: input.id,
    lang: input.lang,
    gold: input.gold,
    predicted,
    pairs,
    missed: input.gold.map((_, i) => i).filter((i) => !strictGold.has(i)),
    falseAlarms: predicted.map((_, i) => i).filter((i) => !strictPred.has(i)),
  };
  if (input.error !== undefined) outcome.error = input.error;
  return outcome;
}

function fieldRatio(pairs: readonly PairOutcome[], pick: (p: PairOutcome) => boolean | null): Ratio {
  const scored = pairs.map(pick).filter((v): v is boolean => v !== null);
  return ratio(scored.filter(Boolean).length, scored.length);
}

export function metricsOf(outcomes: readonly ArticleOutcome[]): Metrics {
  const gold = outcomes.reduce((n, o) => n + o.gold.length, 0);
  const predicted = outcomes.reduce((n, o) => n + o.predicted.length, 0);
  const allPairs = outcomes.flatMap((o) => o.pairs);
  const strictPairs = allPairs.filter((p) => p.strict);
  const lenientCount = allPairs.filter((p) => p.lenient).length;
  const kms = strictPairs.map((p) => p.km).filter((k): k is number => k !== null);
  const falseAttr = strictPairs.filter((p) => p.falseAttribution === true).length;
  return {
    articles: outcomes.length,
    extractionErrors: outcomes.filter((o) => o.error !== undefined).length,
    strict: prf(gold, predicted, strictPairs.length),
    lenient: prf(gold, predicted, lenientCount),
    date: fieldRatio(strictPairs, (p) => p.date),
    perpetrator: fieldRatio(strictPairs, (p) => p.perpetrator),
    falseAttribution: ratio(falseAttr, strictPairs.length),
    falseAttributionWhereGoldNamesNone: fieldRatio(strictPairs, (p) => p.falseAttribution),
    killed: fieldRatio(strictPairs, (p) => p.killed),
    injured: fieldRatio(strictPairs, (p) => p.injured),
    kidnapped: fieldRatio(strictPairs, (p) => p.kidnapped),
    location: {
      within25km: ratio(kms.filter((k) => k <= LOCATION_TOLERANCE_KM).length, kms.length),
      medianKm: median(kms),
    },
  };
}

function typeScores(outcomes: readonly ArticleOutcome[]): CorpusScore['byType'] {
  const out = {} as CorpusScore['byType'];
  for (const t of INCIDENT_TYPES) {
    let gold = 0;
    let predicted = 0;
    let strict = 0;
    let lenientGold = 0;
    let lenientPred = 0;
    for (const o of outcomes) {
      gold += o.gold.filter((g) => g.type === t).length;
      predicted += o.predicted.filter((p) => p.type === t).length;
      for (const pair of o.pairs) {
        const gType = o.gold[pair.goldIndex]!.type;
        const pType = o.predicted[pair.predIndex]!.type;
        if (pair.strict && gType === t) strict++;
        if (pair.lenient && gType === t) lenientGold++;
        if (pair.lenient && pType === t) lenientPred++;
      }
    }
    out[t] = { strict: prf(gold, predicted, strict), lenient: prf(gold, predicted, lenientGold, lenientPred) };
  }
  return out;
}

export function scoreCorpus(inputs: readonly ArticleScoreInput[]): CorpusScore {
  const articles = inputs.map(scoreArticle);
  return {
    overall: metricsOf(articles),
    byLang: {
      ar: metricsOf(articles.filter((a) => a.lang === 'ar')),
      en: metricsOf(articles.filter((a) => a.lang === 'en')),
    },
    byType: typeScores(articles),
    articles,
  };
}
