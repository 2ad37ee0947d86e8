/**
 * Stage 3: trigger words. Every lexicon match becomes a trigger of its type; where two
 * overlap (هجوم inside هجوم صاروخي, "strikes" inside "drone strikes") the strong and
 * then the longer one is kept. A drone word right after "using"/"باستخدام" describes a
 * tool (security forces using drones to stop a clash), not an attack, and is dropped —
 * unless a strike verb comes before it ("struck the camp using drones").
 */
import type { Lexicon } from '../lexicon';
import type { Trigger } from '../types';

const LONG_PHRASE = 24;
const VICTIM_ARTICLE_BEFORE = /\b(?:a|an|the)\s+$/i;
const AGENT_AFTER = /^\s+(?:by|on|in|at|from|last|this|early|late|yesterday|overnight|while|when|as|outside|near)\b/i;
const STRIKE_VERB = /\b(?:struck|strikes?|attack(?:ed|s)?|targeted|bombed|shelled)\b|(?:^|\s)(?:و|ف)?(?:قصف\S*|استهدف\S*|هاجم\S*)(?=\s|$)/i;
const UNKNOWN_PLACE = /(?:جهه|جهات|مكان)\s+مجهول/;
const FLED_BEFORE = /(?:^|\s)[وف]?(?:بالفرار|الفرار|فرار|فروا|فر|لاذ\S*|هرب\S*|انسحب\S*|توار\S*)\s+(?:\S+\s+)?$/;
const FOUND_VERB = /\b(?:found|discovered|recovered|dumped|retrieved)\b|(?:^|\s)(?:عثر|العثور|انتشال|وجدت|وجد)/gi;

export function findTriggers(lex: Lexicon, norm: string): Trigger[] {
  const all: Trigger[] = lex.findTriggers(norm).map((m) => ({ type: m.type, strong: m.strong, start: m.start, end: m.end }));
  all.sort((a, b) => Number(b.strong) - Number(a.strong) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Trigger[] = [];
  for (const t of all) {
    if (kept.some((k) => t.start < k.end && k.start < t.end)) continue;
    kept.push(t);
  }
  // "the bodies of three men who were abducted last week were found": the long body-found
  // phrase swallows an abduction, which is an incident of its own (codebook §1).
  // The phrase is cut around it so that "abducted by ISIS last week" and "were found on
  // Monday" each keep their own agent and day.
  for (const t of [...kept]) {
    if (t.type !== 'killing' || t.end - t.start < LONG_PHRASE) continue;
    const inner = norm.slice(t.start + 1, t.end);
    const abduction = lex.findTriggers(inner).find((m) => m.type === 'kidnapping' && m.strong);
    if (!abduction) continue;
    const kStart = t.start + 1 + abduction.start;
    const kEnd = t.start + 1 + abduction.end;
    kept.push({ type: 'kidnapping', strong: true, start: kStart, end: kEnd });
    const tail = [...norm.slice(kEnd, t.end).matchAll(FOUND_VERB)].pop();
    if (tail?.index === undefined) continue;
    kept.push({ ...t, start: kEnd + tail.index, end: t.end });
    t.end = kStart;
  }
  // "the body of a kidnapped schoolteacher": the victim's description, not the report of an abduction.
  if (lex.lang === 'en') {
    for (const t of kept) {
      if (t.type !== 'kidnapping' || !t.strong || !/^(?:kidnapped|abducted)$/i.test(norm.slice(t.start, t.end))) continue;
      if (VICTIM_ARTICLE_BEFORE.test(norm.slice(Math.max(0, t.start - 8), t.start)) && !AGENT_AFTER.test(norm.slice(t.end, t.end + 24))) t.strong = false;
    }
  }
  // "ولاذوا بالفرار إلى جهة مجهولة": the attackers fled to an unknown place; nobody was taken there.
  for (let i = kept.length - 1; i >= 0; i--) {
    const t = kept[i]!;
    if (t.type === 'kidnapping' && UNKNOWN_PLACE.test(norm.slice(t.start, t.end)) && FLED_BEFORE.test(norm.slice(Math.max(0, t.start - 24), t.start))) kept.splice(i, 1);
  }
  const usingCues = lex.cues.using(norm);
  return kept
    .filter((t) => {
      if (t.type !== 'drone_attack') return true;
      // "they struck the camp using drones and missiles": after a strike verb the drones are the weapon.
      return !usingCues.some((u) => u.end <= t.start && t.start - u.end <= 30 && !STRIKE_VERB.test(norm.slice(Math.max(0, u.start - 160), u.start)));
    })
    .sort((a, b) => a.start - b.start);
}
