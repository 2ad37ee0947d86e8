/**
 * Clause boundaries inside one sentence. Round-ups pack several events into one
 * sentence joined by "while"/"فيما"/semicolons ("…a drone fell on the airport, while
 * two drones hit the oil complex"); each clause is read as its own report.
 */
import type { Lang } from '../lexicon';

// Also a follow-up attack ("followed by", ", then struck…", أعقبه، تلاه), a coordinated new report (", and a drone was…")
// and the earlier attack one answered (", days after a missile barrage on …").
const SEPARATORS: Record<Lang, RegExp> = {
  ar: /،?\s+(?:فيما|بينما|في حين|وفي حين|اعقبه|اعقبها|تلاه|تلاها|تبعه|ثم)\s+|؛|،\s*و(?=["“«])|،\s*(?=و(?:في|فى)\s)/gu,
  en: /;\s+|,?\s+(?:while(?!\s+[a-z]+ing\b)|whereas|meanwhile|followed by)\s+|,\s+(?:just\s+|only\s+)?(?:hours|a day|two days|three days|days|a week)\s+after\s+(?=(?:a|an)\s)|,\s+(?:and\s+)?then\s+|,\s+and\s+(?=(?:a|an|another|two|three|four|five)\s)|\.\s+(?=[A-Z])/g,
};

export interface Clause {
  start: number;
  end: number;
  /** Opened by ", days after …": it tells an earlier event, which keeps no day of the clause before. */
  earlier?: boolean;
}

const EARLIER = /after\s+$/;

export function splitClauses(norm: string, lang: Lang): Clause[] {
  const out: Clause[] = [];
  const re = SEPARATORS[lang];
  re.lastIndex = 0;
  let start = 0;
  const earlierFrom = new Set<number>();
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
    if (EARLIER.test(m[0])) earlierFrom.add(start);
  }
  if (start < norm.length) out.push({ start, end: norm.length });
  for (const c of out) if (earlierFrom.has(c.start)) c.earlier = true;
  return out.length ? out : [{ start: 0, end: norm.length }];
}
