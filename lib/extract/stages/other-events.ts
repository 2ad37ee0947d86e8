/**
 * Parts of a sentence that report another event than the clause they sit in: a share
 * of a salvo that landed in another governorate, and context phrases ("in response to
 * the killing of…") whose attack words name earlier events.
 */
import type { Lexicon } from '../lexicon';
import type { SentenceFacts, SiteMention, Trigger } from '../types';
import type { Clause } from './clauses';

// "22 صاروخا، منها 17 على عين الأسد، وخمسة على مقر التحالف في أربيل", "…, and five at Erbil": a share of one salvo.
const SHARE_ITEM =
  /[،,]\s*(?:و|and\s+)?(?:[0-9]+|(?:ال)?(?:واحد|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر)\S*|one|two|three|four|five|six|seven|eight|nine|ten|\w+ others?)\s+(?:منها\s+|of them\s+)?(?:علي|على|في|on|at|in|hit)\s+/gi;

/** A share of the salvo that landed in another governorate than the report's first site, as an attack word of its own. */
export function shareInOtherGovernorate(norm: string, clause: Clause, sites: SiteMention[], triggers: Trigger[]): Trigger[] {
  const strong = triggers.filter((t) => t.strong);
  const first = strong[0];
  if (!first) return [];
  const firstSite = sites.find((x) => !x.demoted && !x.foreign && x.start >= first.end);
  const gov = firstSite?.places[0]?.gov;
  if (!firstSite || !gov) return [];
  const out: Trigger[] = [];
  const text = norm.slice(0, clause.end);
  SHARE_ITEM.lastIndex = firstSite.end;
  for (let m = SHARE_ITEM.exec(text); m; m = SHARE_ITEM.exec(text)) {
    const end = m.index + m[0].length;
    const next = sites.find((x) => !x.demoted && !x.foreign && x.start >= end && x.start - end <= 40);
    if (next && next.places[0]?.gov && next.places[0].gov !== gov) out.push({ type: first.type, strong: true, start: m.index + 1, end: end });
  }
  return out;
}

/**
 * Triggers inside a context phrase — "amid tensions over the assassination of…",
 * "in response to the killing of…", "ردًا على…" — name other events, not this one.
 * The phrase runs from its cue to the next comma.
 */
export function outsideContextPhrases(f: SentenceFacts, lex: Lexicon): SentenceFacts {
  const norm = f.sentence.norm;
  const spans = lex.cues.context_intro(norm).map((c) => {
    const rest = norm.slice(c.end);
    const stop = rest.search(/[,،;؛.]/);
    return { start: c.start, end: stop < 0 ? norm.length : c.end + stop };
  });
  if (spans.length === 0) return f;
  const outside = (p: { start: number }) => !spans.some((s) => p.start >= s.start && p.start < s.end);
  // Its toll, day and place belong to that other event too.
  return {
    ...f,
    triggers: f.triggers.filter(outside),
    actors: f.actors.filter(outside),
    counts: f.counts.filter(outside),
    dates: f.dates.filter(outside),
    sites: f.sites.filter(outside),
  };
}
