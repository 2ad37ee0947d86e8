/**
 * One-to-one pairing of predicted and gold incidents within one article
 * (codebook section 8): greedy, best pair first, ranked by same type, then same
 * governorate, then closest date.
 *
 * Interpretation: every (gold, predicted) combination is a candidate, as the
 * codebook's ranking implies; a pair is then a strict match, a lenient match, or no
 * match at all (e.g. same type in two governorates), and only matches count as hits.
 * The codebook's ranking leaves ties (e.g. three drone attacks on one governorate
 * on one day); those go to the closer location (where both have coordinates), then
 * to the pair that agrees on more fields (casualty counts, perpetrators), i.e. the
 * reading most favourable to the prediction, and finally to the earlier gold
 * incident and prediction, so the result is deterministic.
 */
import type { GovernorateCode, Incident, IncidentType } from '@/lib/codebook';
import { countCorrect, daysApart, locationErrorKm, perpetratorCorrect } from './field-checks';
import type { GoldIncident } from './gold-schema';

export const TYPE_FAMILIES: readonly (readonly IncidentType[])[] = [
  ['killing', 'armed_attack'],
  ['drone_attack', 'airstrike'],
  ['rocket_attack'],
  ['bombing'],
  ['kidnapping'],
];

export function sameFamily(a: IncidentType, b: IncidentType): boolean {
  return a === b || TYPE_FAMILIES.some((f) => f.includes(a) && f.includes(b));
}

/** Both null counts as the same governorate. */
export function sameGovernorate(a: GovernorateCode | null | undefined, b: GovernorateCode | null | undefined): boolean {
  return (a ?? null) === (b ?? null);
}

export interface Pair {
  goldIndex: number;
  predIndex: number;
  strict: boolean;
  lenient: boolean;
}

export function pairIncidents(gold: readonly GoldIncident[], predicted: readonly Incident[]): Pair[] {
  const candidates: { g: number; p: number; rank: [number, number, number, number, number] }[] = [];
  gold.forEach((gi, g) => {
    predicted.forEach((pi, p) => {
      candidates.push({
        g,
        p,
        rank: [
          gi.type === pi.type ? 0 : 1,
          sameGovernorate(gi.governorate, pi.governorate) ? 0 : 1,
          daysApart(gi.date, pi.date ?? null),
          locationErrorKm(gi, pi) ?? Infinity,
          -fieldAgreement(gi, pi),
        ],
      });
    });
  });
  candidates.sort(
    (a, b) =>
      a.rank[0] - b.rank[0] ||
      a.rank[1] - b.rank[1] ||
      compareFinite(a.rank[2], b.rank[2]) ||
      compareFinite(a.rank[3], b.rank[3]) ||
      a.rank[4] - b.rank[4] ||
      a.g - b.g ||
      a.p - b.p,
  );

  const goldTaken = new Set<number>();
  const predTaken = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (goldTaken.has(c.g) || predTaken.has(c.p)) continue;
    goldTaken.add(c.g);
    predTaken.add(c.p);
    const gi = gold[c.g]!;
    const pi = predicted[c.p]!;
    const govOk = sameGovernorate(gi.governorate, pi.governorate);
    pairs.push({ goldIndex: c.g, predIndex: c.p, strict: govOk && gi.type === pi.type, lenient: govOk && sameFamily(gi.type, pi.type) });
  }
  return pairs.sort((a, b) => a.goldIndex - b.goldIndex);
}

/** How many of the scored fields agree; only used to break ties. */
function fieldAgreement(g: GoldIncident, p: Incident): number {
  const checks = [countCorrect(g.killed, p.killed), countCorrect(g.injured, p.injured), countCorrect(g.kidnapped, p.kidnapped), perpetratorCorrect(g, p)];
  return checks.filter((c) => c === true).length;
}

/** Ascending order that also handles Infinity (a missing date or location). */
function compareFinite(a: number, b: number): number {
  if (a === b) return 0; // also Infinity === Infinity
  return a < b ? -1 : 1;
}
