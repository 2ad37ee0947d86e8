/**
 * Stage 3: trigger words. Every lexicon match becomes a trigger of its type; where two
 * overlap (هجوم inside هجوم صاروخي, "strikes" inside "drone strikes") the strong and
 * then the longer one is kept. A drone word right after "using"/"باستخدام" describes a
 * tool (security forces using drones to stop a clash), not an attack, and is dropped.
 */
import type { Lexicon } from '../lexicon';
import type { Trigger } from '../types';

export function findTriggers(lex: Lexicon, norm: string): Trigger[] {
  const all: Trigger[] = lex.findTriggers(norm).map((m) => ({ type: m.type, strong: m.strong, start: m.start, end: m.end }));
  all.sort((a, b) => Number(b.strong) - Number(a.strong) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Trigger[] = [];
  for (const t of all) {
    if (kept.some((k) => t.start < k.end && k.start < t.end)) continue;
    kept.push(t);
  }
  const usingCues = lex.cues.using(norm);
  return kept
    .filter((t) => {
      if (t.type !== 'drone_attack') return true;
      return !usingCues.some((u) => u.end <= t.start && t.start - u.end <= 30);
    })
    .sort((a, b) => a.start - b.start);
}
