/** Small timing helpers for the benchmarks (wall clock, percentiles). */

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[i]!;
}

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

/**
 * Warms up (at least once, up to `warmup` times or a quarter of the budget: cheap
 * queries need a few rounds before the JIT settles), then runs `fn` up to `runs` times
 * timed; a slow query stops early once `budgetMs` is spent (with at least `minRuns`
 * samples) so one pathological filter cannot stall the whole benchmark. `runs` in the
 * result says how many samples counted.
 */
export async function measure(fn: () => unknown, runs: number, warmup = 10, budgetMs = 8000, minRuns = 5): Promise<Timing> {
  const warmStart = performance.now();
  for (let i = 0; i < warmup; i++) {
    await fn();
    if (performance.now() - warmStart > budgetMs / 4) break;
  }
  const ms: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
    if (ms.length >= minRuns && performance.now() - started > budgetMs) break;
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), runs: ms.length };
}

export const fmtMs = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1)).padStart(6);
export const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
