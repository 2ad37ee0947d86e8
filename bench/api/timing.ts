/** Small timing helpers for the benchmarks (wall clock, percentiles). */

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[i]!;
}

export interface Timing {
  p50: number;
  p95: number;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed. */
export async function measure(fn: () => unknown, runs: number, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

export const fmtMs = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1)).padStart(6);
export const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
