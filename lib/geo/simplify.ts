/** Ring compaction for the derived boundary files (used by scripts/derive-boundaries.ts). */

export type Ring = [number, number][];

function round(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}

/** Distance from p to the segment a–b, in coordinate units (degrees). */
function segmentDistance(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return Math.sqrt(x * x + y * y);
}

/** Douglas–Peucker on an open polyline; marks the points to keep. */
function markKept(pts: Ring, first: number, last: number, tolerance: number, keep: boolean[]): void {
  // Explicit stack: long borders would otherwise recurse deeply.
  const stack: [number, number][] = [[first, last]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    let worst = -1;
    let worstDist = tolerance;
    for (let k = i + 1; k < j; k++) {
      const d = segmentDistance(pts[k]!, pts[i]!, pts[j]!);
      if (d > worstDist) {
        worst = k;
        worstDist = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = true;
      stack.push([i, worst], [worst, j]);
    }
  }
}

/**
 * Rounds a closed ring to `decimals`, drops repeated points, then removes points that lie
 * within `tolerance` of the simplified outline. Returns a closed ring (first = last), which
 * may have fewer than 4 positions when the ring collapses (the caller drops it).
 */
export function simplifyRing(ring: Ring, decimals: number, tolerance: number): Ring {
  const pts: Ring = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [round(x, decimals), round(y, decimals)];
    const prev = pts[pts.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) pts.push(p);
  }
  const head = pts[0];
  const tail = pts[pts.length - 1];
  if (head && tail && head[0] === tail[0] && head[1] === tail[1]) pts.pop();
  if (pts.length < 3) return pts;

  // Split the ring at its first point and the point farthest from it, then simplify both halves.
  let far = 1;
  let farDist = -1;
  for (let k = 1; k < pts.length; k++) {
    const d = Math.hypot(pts[k]![0] - pts[0]![0], pts[k]![1] - pts[0]![1]);
    if (d > farDist) {
      far = k;
      farDist = d;
    }
  }
  const closed: Ring = [...pts, pts[0]!];
  const keep = closed.map(() => false);
  keep[0] = true;
  keep[far] = true;
  keep[closed.length - 1] = true;
  markKept(closed, 0, far, tolerance, keep);
  markKept(closed, far, closed.length - 1, tolerance, keep);
  return closed.filter((_, i) => keep[i]);
}
