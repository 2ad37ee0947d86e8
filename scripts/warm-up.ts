/**
 * One request to the dashboard right after `next start` is ready, before anyone else
 * asks: it loads the server code of the page, opens the database and pulls its pages
 * and indexes into the cache. Without it the first visitor pays 1–3 s for that on a
 * million incidents (measured with `npm run bench:dashboard`). A second request asks for
 * stats the rollups cannot answer, so the in-memory incident columns (db/columns/, about
 * 2 s to load for a million) are loaded before the first filtered view too.
 */
const ATTEMPTS = 120;
const PAUSE_MS = 500;

/** GETs `${baseUrl}/` until it answers (any status) or the attempts run out; resolves to the milliseconds it took, or null. */
export async function warmUp(baseUrl: string): Promise<number | null> {
  const started = performance.now();
  for (let i = 0; i < ATTEMPTS; i++) {
    try {
      const res = await fetch(`${baseUrl}/`, { headers: { 'x-warm-up': '1' } });
      await res.arrayBuffer();
      const stats = await fetch(`${baseUrl}/api/stats?minKilled=1`, { headers: { 'x-warm-up': '1' } });
      await stats.arrayBuffer();
      return performance.now() - started;
    } catch {
      // Not listening yet.
      await new Promise((r) => setTimeout(r, PAUSE_MS));
    }
  }
  return null;
}
