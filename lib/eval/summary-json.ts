/** The one-line JSON summary the eval CLI prints last (for scripts and CI). */
import { INCIDENT_TYPES } from '@/lib/codebook';
import { checkAcceptance, seedArticleFullyMatched } from './acceptance';
import type { CorpusScore, Metrics, PRF, Ratio } from './score-corpus';

const round = (v: number | null): number | null => (v === null ? null : Math.round(v * 10_000) / 10_000);

function prfFigures(p: PRF) {
  return { precision: round(p.precision), recall: round(p.recall), f1: round(p.f1), gold: p.gold, predicted: p.predicted, matched: p.matchedGold };
}

function ratioFigures(r: Ratio) {
  return { value: round(r.value), hits: r.hits, total: r.total };
}

function metricFigures(m: Metrics) {
  return {
    articles: m.articles,
    extraction_errors: m.extractionErrors,
    strict: prfFigures(m.strict),
    lenient: prfFigures(m.lenient),
    date_accuracy: ratioFigures(m.date),
    perpetrator_accuracy: ratioFigures(m.perpetrator),
    false_attribution: ratioFigures(m.falseAttribution),
    false_attribution_where_gold_names_none: ratioFigures(m.falseAttributionWhereGoldNamesNone),
    killed_accuracy: ratioFigures(m.killed),
    injured_accuracy: ratioFigures(m.injured),
    kidnapped_accuracy: ratioFigures(m.kidnapped),
    location_within_25km: ratioFigures(m.location.within25km),
    location_median_km: m.location.medianKm === null ? null : Math.round(m.location.medianKm * 10) / 10,
  };
}

export function summaryJson(score: CorpusScore, extra: { corpus: string; elapsed_ms: number }) {
  const by_type = Object.fromEntries(
    INCIDENT_TYPES.map((t) => [t, { strict: prfFigures(score.byType[t].strict), lenient: prfFigures(score.byType[t].lenient) }]),
  );
  return {
    corpus: extra.corpus,
    ...metricFigures(score.overall),
    by_lang: { ar: metricFigures(score.byLang.ar), en: metricFigures(score.byLang.en) },
    by_type,
    acceptance: {
      checks: checkAcceptance(score.overall).map((c) => ({ name: c.name, value: round(c.value), [c.kind]: c.bar, pass: c.pass })),
      seed_001_matched: seedArticleFullyMatched(score),
    },
    elapsed_ms: extra.elapsed_ms,
  };
}
