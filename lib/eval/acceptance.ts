/**
 * Acceptance thresholds for the extractor on a gold corpus.
 *
 * The codebook defines the measures; the bars are the extraction issue's acceptance
 * figures (the same ones the held-out corpus is checked against). They live in one
 * place so the test, the eval report and any CI gate agree. The issue sets no bar for
 * false attribution; 0.15 keeps the engine from guessing perpetrators.
 */
import type { CorpusScore, Metrics } from './score-corpus';

export interface Threshold {
  name: string;
  pick: (m: Metrics) => number | null;
  /** 'min': value must be ≥ bar; 'max': value must be ≤ bar. */
  kind: 'min' | 'max';
  bar: number;
}

export const ACCEPTANCE_THRESHOLDS: readonly Threshold[] = [
  { name: 'strict F1', pick: (m) => m.strict.f1, kind: 'min', bar: 0.8 },
  { name: 'lenient F1', pick: (m) => m.lenient.f1, kind: 'min', bar: 0.85 },
  { name: 'date accuracy', pick: (m) => m.date.value, kind: 'min', bar: 0.85 },
  { name: 'perpetrator accuracy', pick: (m) => m.perpetrator.value, kind: 'min', bar: 0.8 },
  { name: 'false attribution', pick: (m) => m.falseAttribution.value, kind: 'max', bar: 0.15 },
  { name: 'killed accuracy', pick: (m) => m.killed.value, kind: 'min', bar: 0.85 },
  { name: 'location within 25 km', pick: (m) => m.location.within25km.value, kind: 'min', bar: 0.8 },
];

export interface ThresholdCheck {
  name: string;
  value: number | null;
  kind: 'min' | 'max';
  bar: number;
  pass: boolean;
}

/** A measure with nothing to score (null) fails: an empty run must not pass. */
export function checkAcceptance(m: Metrics): ThresholdCheck[] {
  return ACCEPTANCE_THRESHOLDS.map((t) => {
    const value = t.pick(m);
    const pass = value !== null && (t.kind === 'min' ? value >= t.bar : value <= t.bar);
    return { name: t.name, value, kind: t.kind, bar: t.bar, pass };
  });
}

/**
 * The corpus README's first acceptance test: seed-001 yields exactly its gold
 * incidents, every one strictly matched and nothing else. Returns null when the corpus
 * has no seed-001.
 */
export function seedArticleFullyMatched(score: CorpusScore, seedId = 'seed-001'): boolean | null {
  const seed = score.articles.find((a) => a.id === seedId);
  if (!seed) return null;
  return seed.missed.length === 0 && seed.falseAlarms.length === 0;
}

