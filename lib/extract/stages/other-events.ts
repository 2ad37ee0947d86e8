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

// "…hit the Komala headquarters in Zrgwez, …, and a KDPI camp near Koya": a second target of the same strike.
const TARGET_ITEM =
  /,\s+and\s+(?:a|an|another|the)\s+(?:[\w()'-]+\s+){0,9}?(?:in|near|at|outside|on the outskirts of)\s+(?:the\s+(?:town|city|village|district)\s+of\s+)?|،\s*و(?:ال)?(?:مقر|معسكر|موقع|قاعده|مخيم|منزل|حقل)\S*\s+(?:\S+\s+){0,6}?(?:في|قرب|داخل|بالقرب من)\s+/gi;

/** A share of the salvo (or a second target) in another governorate than the report's first site, as an attack word of its own. */
export function shareInOtherGovernorate(norm: string, clause: Clause, sites: SiteMention[], triggers: Trigger[]): Trigger[] {
  const first = triggers.find((t) => t.strong) ?? triggers[0];
  if (!first) return [];
  const firstSite = sites.find((x) => !x.demoted && !x.foreign && x.start >= first.end);
  const gov = firstSite?.places[0]?.gov;
  if (!firstSite || !gov) return [];
  const out: Trigger[] = [];
  const text = norm.slice(0, clause.end);
  for (const re of [SHARE_ITEM, TARGET_ITEM]) {
    re.lastIndex = firstSite.end;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      const next = sites.find((x) => !x.demoted && !x.foreign && x.start >= end && x.start - end <= 40);
      const taken = out.some((t) => t.start < end && m!.index < t.end);
      if (!taken && next && next.places[0]?.gov && next.places[0].gov !== gov) out.push({ type: first.type, strong: first.strong, start: m.index + 1, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
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

// The separator of a coordinated item: ", and a camp of … near Koya".
const AND_ITEM = /^(?:,\s+and|،\s*و)\s*$/;

/**
 * "…strikes hit the Komala headquarters in Zrgwez, killing one, and a KDPI camp near Koya,
 * where eight were wounded": a coordinated clause with no attack word of its own that names a
 * site in another governorate is a second target of the clause before — an attack word there.
 */
export function secondTargets(norm: string, clauses: Clause[], triggers: Trigger[], sites: SiteMention[]): Trigger[] {
  const out: Trigger[] = [];
  const within = (c: Clause) => (p: { start: number }) => p.start >= c.start && p.start < c.end;
  for (let i = 1; i < clauses.length; i++) {
    const prev = clauses[i - 1]!;
    const clause = clauses[i]!;
    if (triggers.some(within(clause)) || !AND_ITEM.test(norm.slice(prev.end, clause.start))) continue;
    const own = triggers.filter(within(prev));
    const lead = own.find((t) => t.strong) ?? own[0];
    const firstGov = sites.find((s) => within(prev)(s) && !s.demoted && !s.foreign)?.places[0]?.gov;
    const site = sites.find((s) => within(clause)(s) && !s.demoted && !s.foreign);
    const gov = site?.places[0]?.gov;
    if (lead && firstGov && gov && gov !== firstGov) out.push({ type: lead.type, strong: lead.strong, start: clause.start, end: clause.start + 1 });
  }
  return out;
}
