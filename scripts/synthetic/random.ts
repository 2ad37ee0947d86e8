/**
 * Deterministic randomness for the synthetic dataset: the same --seed always yields
 * the same database, so benchmark runs are comparable.
 */

/** mulberry32: tiny, fast, good enough for test data (not for anything secret). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from `items` with the given relative weights in O(log n). */
export function weightedPicker<T>(entries: readonly (readonly [T, number])[]): (rnd: () => number) => T {
  if (entries.length === 0) throw new Error('weightedPicker: no entries');
  const items = entries.map((e) => e[0]);
  const cumulative: number[] = [];
  let sum = 0;
  for (const [, w] of entries) {
    if (!(w >= 0)) throw new Error('weightedPicker: negative weight');
    sum += w;
    cumulative.push(sum);
  }
  return (rnd) => {
    const x = rnd() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo]!;
  };
}

export function randomInt(rnd: () => number, min: number, max: number): number {
  return min + Math.floor(rnd() * (max - min + 1));
}
