/**
 * The per-field judgements made on a strict pair (codebook section 8).
 * Each returns null when the field is not scored for that pair.
 */
import type { Incident } from '@/lib/codebook';
import type { GoldCount, GoldIncident } from './gold-schema';

const DAY_MS = 86_400_000;

export function dayNumber(date: string): number | null {
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
}

/** Days between two dates; Infinity when either is missing (so it ranks last). */
export function daysApart(a: string | null, b: string | null): number {
  if (a === null || b === null) return Infinity;
  const x = dayNumber(a);
  const y = dayNumber(b);
  return x === null || y === null ? Infinity : Math.abs(x - y);
}

/**
 * Predicted date inside the gold date's window: ±1 day for day precision, ±7 days
 * for week, same calendar month for month. A gold date without a precision is taken
 * as day-precise (the strictest reading). Gold date null → not scored (null).
 * A null predicted date against a gold date is wrong.
 */
export function dateCorrect(gold: GoldIncident, pred: Incident): boolean | null {
  if (gold.date === null) return null;
  if (pred.date === null || pred.date === undefined) return false;
  if (gold.date_precision === 'month') return gold.date.slice(0, 7) === pred.date.slice(0, 7);
  const window = gold.date_precision === 'week' ? 7 : 1;
  return daysApart(gold.date, pred.date) <= window;
}

export function perpetratorSet(actors: readonly { id: string; role: string }[] | undefined): Set<string> {
  return new Set((actors ?? []).filter((a) => a.role === 'perpetrator').map((a) => a.id));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Gold names a perpetrator: the prediction's perpetrator set must equal gold's. */
export function perpetratorCorrect(gold: GoldIncident, pred: Incident): boolean | null {
  const g = perpetratorSet(gold.actors);
  if (g.size === 0) return null;
  return sameSet(g, perpetratorSet(pred.actors));
}

/** Gold names no perpetrator: true when the prediction names one anyway. */
export function falselyAttributed(gold: GoldIncident, pred: Incident): boolean | null {
  if (perpetratorSet(gold.actors).size > 0) return null;
  return perpetratorSet(pred.actors).size > 0;
}

/**
 * Gold count not null: the predicted number must equal it, or fall inside a gold
 * range [lo, hi] (inclusive). Gold 0 ("no casualties") needs a predicted 0; a
 * predicted null against any gold number is wrong.
 */
export function countCorrect(gold: GoldCount | undefined, pred: number | null | undefined): boolean | null {
  if (gold === null || gold === undefined) return null;
  if (pred === null || pred === undefined) return false;
  if (Array.isArray(gold)) return pred >= gold[0] && pred <= gold[1];
  return pred === gold;
}

export function formatCount(c: GoldCount | undefined): string {
  if (c === null || c === undefined) return 'null';
  return Array.isArray(c) ? `${c[0]}–${c[1]}` : String(c);
}

/** Great-circle distance in km (haversine, mean Earth radius 6371 km). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance when both sides have coordinates, else null (not scored). */
export function locationErrorKm(gold: GoldIncident, pred: Incident): number | null {
  if (gold.lat === null || gold.lon === null || pred.lat === null || pred.lon === null) return null;
  if (pred.lat === undefined || pred.lon === undefined) return null;
  return haversineKm(gold.lat, gold.lon, pred.lat, pred.lon);
}
