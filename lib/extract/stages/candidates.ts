/**
 * Stage 7: from the facts of each sentence to candidate incidents, one per clause and
 * event kind. A clause's triggers of the attack kinds make one candidate of the most
 * specific type; a kidnapping in the same clause is a second event (kidnapped, later
 * killed = two incidents). The site is the first non-demoted place after the trigger
 * in the clause (else before it, else anywhere in the sentence); if the nearest
 * location after the trigger is abroad, the clause reports a foreign event and is
 * skipped. Dates and counts go to the event whose trigger is nearest.
 */
import type { ActorId, DatePrecision } from '@/lib/codebook';
import type { DateMention } from '../dates';
import { daysBetween } from '../dates';
import type { Lang, Lexicon } from '../lexicon';
import { canPerpetrate, familyOf, moreSpecific, PRECEDENCE } from '../type-rules';
import type { ActorMention, Candidate, ResolvedPlace, SentenceFacts, SiteMention, Trigger } from '../types';
import { splitClauses, type Clause } from './clauses';
import { choosePlace, resolvePlace, type GovVotes } from './resolve-place';
import { datelineEnd } from './places';

const FOREIGN_BEFORE_WINDOW = 50;
const FOREIGN_AFTER_WINDOW = 110;

interface Group {
  triggers: Trigger[];
  kidnapping: boolean;
}

function inside(pos: { start: number }, c: Clause): boolean {
  return pos.start >= c.start && pos.start < c.end;
}

function distanceTo(pos: { start: number; end: number }, triggers: Trigger[]): number {
  let best = Infinity;
  for (const t of triggers) {
    const d = pos.start >= t.end ? pos.start - t.end : t.start >= pos.end ? t.start - pos.end : 0;
    if (d < best) best = d;
  }
  return best;
}

function pickSite(sites: SiteMention[], anchor: number): SiteMention | 'foreign' | null {
  const after = sites.filter((s) => s.start >= anchor && !s.demoted);
  const firstAfter = after[0];
  if (firstAfter?.foreign && firstAfter.start - anchor <= FOREIGN_AFTER_WINDOW) return 'foreign';
  if (firstAfter?.foreign) return after.find((s) => !s.foreign) ?? null;
  if (firstAfter) return firstAfter;
  const before = sites.filter((s) => s.start < anchor && !s.demoted);
  const lastBefore = before[before.length - 1];
  if (lastBefore?.foreign && anchor - lastBefore.end <= FOREIGN_BEFORE_WINDOW) return 'foreign';
  const iraqiBefore = before.filter((s) => !s.foreign);
  return iraqiBefore[iraqiBefore.length - 1] ?? null;
}

/**
 * "a body was found in Suwaira, and a grenade hit a house in Kut": attack words of
 * different families, each followed by its own place, are separate events even in one
 * clause. Words without a place of their own stay with the one before.
 */
function splitBySite(triggers: Trigger[], sites: SiteMention[], norm: string, lang: Lang): Trigger[][] {
  const strong = triggers.filter((t) => t.strong);
  if (strong.length < 2) return [triggers];
  const siteAfter = (t: Trigger, until: number) => sites.find((s) => !s.demoted && !s.foreign && s.start >= t.end && s.start < until) ?? null;
  const parts: { family: string; site: SiteMention | null; triggers: Trigger[] }[] = [];
  const govOf = (x: SiteMention) => x.places[0]?.gov ?? null;
  strong.forEach((t, i) => {
    const next = strong[i + 1]?.start ?? Number.MAX_SAFE_INTEGER;
    const before = lang === 'ar' && instrumental(norm, t.start) ? siteJustBefore(sites, norm, strong[i - 1]?.end ?? 0, t.start) : null;
    const after = siteAfter(t, next);
    // "قصف الحرس قاعدة عين الأسد بالصواريخ، كما سقط صاروخان في أربيل": the first weapon with no place after it hit the place before it.
    const site = before ?? after ?? (i === 0 ? lastSiteBefore(sites, 0, t.start) : null);
    const last = parts[parts.length - 1];
    const family = familyOf(t.type);
    // Weapons of one family are one report unless their places lie in different governorates ("17 on Ain al-Asad … five on Erbil").
    const samePlace = !site || !last?.site || site.places[0]?.id === last.site.places[0]?.id;
    const otherGov = !samePlace && govOf(site!) !== govOf(last!.site!);
    if (last && (samePlace || (family === last.family && !otherGov))) {
      last.triggers.push(t);
      last.site ??= site;
    } else parts.push({ family, site, triggers: [t] });
  });
  if (parts.length < 2) return [triggers];
  // Weak words join the part whose strong word is nearest.
  for (const w of triggers.filter((t) => !t.strong)) {
    let best = parts[0]!;
    let bestD = Infinity;
    for (const p of parts) {
      const d = distanceTo(w, p.triggers);
      if (d < bestD) {
        best = p;
        bestD = d;
      }
    }
    best.triggers.push(w);
  }
  return parts.map((p) => p.triggers.sort((a, b) => a.start - b.start));
}

// "استهداف حرير بطائرتين مسيرتين": a weapon in the instrumental (ب…) follows the place it hit.
const INSTRUMENTAL_BEFORE = /(?:^|\s)ب[\u0621-\u064A]+\s+(?:من\s+)?$/;
function instrumental(norm: string, start: number): boolean {
  return norm[start] === 'ب' || INSTRUMENTAL_BEFORE.test(norm.slice(Math.max(0, start - 24), start));
}

function lastSiteBefore(sites: SiteMention[], from: number, anchor: number): SiteMention | null {
  let found: SiteMention | null = null;
  for (const s of sites) if (!s.demoted && !s.foreign && s.start >= from && s.end <= anchor) found = s;
  return found;
}

/** The last site between `from` and the weapon at `anchor`, with no comma between it and the weapon. */
function siteJustBefore(sites: SiteMention[], norm: string, from: number, anchor: number): SiteMention | null {
  let found: SiteMention | null = null;
  for (const s of sites) if (!s.demoted && !s.foreign && s.start >= from && s.end <= anchor) found = s;
  return found && !/[،,؛;.]/.test(norm.slice(found.end, anchor)) ? found : null;
}

/** A place named only as a reference point ("west of Baghdad") still tells the governorate. */
function directionSite(sites: SiteMention[], anchor: number): SiteMention | null {
  const refs = sites.filter((s) => s.demoted === 'direction' && !s.foreign);
  return refs.find((s) => s.start >= anchor) ?? refs[refs.length - 1] ?? null;
}

const FALLBACK_ORDER: SiteMention['demoted'][] = ['job', 'distance', 'dateline'];
const NEAR_TRIGGER = 60;
const SEPARATE_OPENING = 30;
const OLD_DATE_REACH = 80;
const SHOT_DEAD = /shot dead|gunned down|shot and killed/i;
// Sides that are attacked far more often than they attack: a misread subject is still a side.
const TARGET_SIDE = new Set<ActorId>(['isf', 'us_forces']);

/** A date in a dateline ("JNN 25 May 2012 Baghdad :") is the day of the report, like an announcement. */
function dateOf(d: DateMention, dateline: number): { date: string; precision: DatePrecision } {
  const precision: DatePrecision =
    d.kind === 'announcement' || d.end <= dateline ? 'week' : d.precision === 'year' ? 'month' : d.precision;
  return { date: d.date, precision };
}

export interface CandidateContext {
  lang: Lang;
  lex: Lexicon;
  votes: GovVotes;
  published: string | null;
}

/**
 * Triggers inside a context phrase — "amid tensions over the assassination of…",
 * "in response to the killing of…", "ردًا على…" — name other events, not this one.
 * The phrase runs from its cue to the next comma.
 */
function outsideContextPhrases(f: SentenceFacts, lex: Lexicon): SentenceFacts {
  const norm = f.sentence.norm;
  const spans = lex.cues.context_intro(norm).map((c) => {
    const rest = norm.slice(c.end);
    const stop = rest.search(/[,،;؛.]/);
    return { start: c.start, end: stop < 0 ? norm.length : c.end + stop };
  });
  if (spans.length === 0) return f;
  const outside = (p: { start: number }) => !spans.some((s) => p.start >= s.start && p.start < s.end);
  return { ...f, triggers: f.triggers.filter(outside), actors: f.actors.filter(outside) };
}

export function sentenceCandidates(f: SentenceFacts, ctx: CandidateContext): Candidate[] {
  if (f.blocked.length > 0 || f.triggers.length === 0) return [];
  f = outsideContextPhrases(f, ctx.lex);
  if (f.triggers.length === 0) return [];
  const norm = f.sentence.norm;
  const clauses = splitClauses(norm, ctx.lang);
  const withTriggers = clauses.filter((c) => f.triggers.some((t) => inside(t, c)));
  const resolve = (s: SiteMention | null): ResolvedPlace | null => {
    if (!s || s.foreign) return null;
    const p = choosePlace(s, norm, ctx.votes);
    return p ? resolvePlace(p, s) : null;
  };
  const sentenceSite = f.sites.find((s) => !s.demoted && !s.foreign) ?? null;
  let demotedSite: SiteMention | null = null;
  for (const kind of FALLBACK_ORDER) demotedSite ??= f.sites.find((s) => s.demoted === kind && !s.foreign) ?? null;
  const isTitle = f.sentence.isTitle;
  const out: Candidate[] = [];

  const ownerOf = (c: Clause): Clause | undefined =>
    [...withTriggers].reverse().find((w) => w.start < c.start) ?? withTriggers.find((w) => w.start > c.start);
  for (const clause of withTriggers) {
    const triggers = f.triggers.filter((t) => inside(t, clause));
    const groups: Group[] = [];
    const attack = triggers.filter((t) => t.type !== 'kidnapping');
    const kidnap = triggers.filter((t) => t.type === 'kidnapping');
    const clauseSites = f.sites.filter((s) => inside(s, clause));
    // A raid or gunfire that is the means of an abduction is part of the kidnapping, unless it killed someone.
    const killedHere = f.counts.some((c) => inside(c, clause) && c.field === 'killed' && (c.value ?? 1) > 0);
    const attackType = attack.filter((t) => t.strong).map((t) => t.type).reduce(moreSpecific, 'kidnapping');
    const subsumed = kidnap.length > 0 && attackType === 'armed_attack' && !killedHere;
    if (!subsumed && (attack.some((t) => t.strong) || (attack.length > 0 && kidnap.length === 0))) {
      for (const part of splitBySite(attack, clauseSites, norm, ctx.lang)) groups.push({ triggers: part, kidnapping: false });
    }
    if (kidnap.length > 0) groups.push({ triggers: kidnap, kidnapping: true });
    const clauseDates = f.dates.filter((d) => inside(d, clause));
    // "…, فيما جرح سبعة من المقاتلين": a toll in a clause with no attack word of its own continues the report before it.
    const orphanClauses = clauses.filter((c) => !withTriggers.includes(c) && ownerOf(c) === clause);
    const ownCounts = f.counts.filter((c) => inside(c, clause));
    const clauseCounts = [
      ...ownCounts,
      ...f.counts.filter((c) => orphanClauses.some((o) => inside(c, o)) && !ownCounts.some((x) => x.field === c.field)),
    ];
    const dates = clauseDates.length > 0 || withTriggers.length > 1 ? clauseDates : f.dates;
    const counts = clauseCounts.length > 0 || withTriggers.length > 1 ? clauseCounts : f.counts;

    for (const g of groups) {
      const strong = g.triggers.filter((t) => t.strong);
      const typed = strong.length > 0 ? strong : g.triggers;
      let type = typed.map((t) => t.type).reduce(moreSpecific, PRECEDENCE[PRECEDENCE.length - 1]!);
      // Mortars or RPGs fired alongside small arms in an assault on a position support a ground attack: an armed attack.
      if (
        type === 'rocket_attack' &&
        ctx.lex.cues.small_arms(norm).some((a) => inside(a, clause)) &&
        ctx.lex.cues.assault(norm).some((a) => inside(a, clause) && distanceTo(a, g.triggers) <= NEAR_TRIGGER * 2)
      ) {
        type = 'armed_attack';
      }
      const anchor = (typed[0] ?? g.triggers[0])!.start;
      const gi = groups.indexOf(g);
      const prevEnd = gi > 0 ? Math.max(...groups[gi - 1]!.triggers.map((t) => t.end)) : clause.start;
      const attackParts = groups.filter((o) => !o.kidnapping);
      const nextStart = attackParts[attackParts.indexOf(g) + 1]?.triggers[0]?.start ?? -1;
      const noneBetween = nextStart >= 0 && !clauseSites.some((x) => !x.demoted && x.start >= anchor && x.start < nextStart);
      const site =
        (groups.length > 1 && ctx.lang === 'ar' && instrumental(norm, anchor) ? siteJustBefore(clauseSites, norm, prevEnd, anchor) : null) ??
        (gi === 0 && noneBetween ? lastSiteBefore(clauseSites, clause.start, anchor) : null) ??
        pickSite(clauseSites, anchor);
      if (site === 'foreign') continue;
      const unplaceable = site?.straddles === true;
      const own = unplaceable
        ? null
        : (resolve(site) ??
          (withTriggers.length === 1 ? resolve(sentenceSite) : null) ??
          resolve(directionSite(clauseSites, anchor)) ??
          (withTriggers.length === 1 ? resolve(directionSite(f.sites, anchor)) : null));
      const others = groups.filter((o) => o !== g).flatMap((o) => o.triggers);
      const mine = (p: { start: number; end: number }) => others.length === 0 || distanceTo(p, g.triggers) <= distanceTo(p, others);
      // An old date far from the attack word dates another clause ("defeated at the end of 2017, …").
      const farAndOld = (d: DateMention) =>
        distanceTo(d, g.triggers) > OLD_DATE_REACH && ctx.published !== null && daysBetween(d.date, ctx.published) > 30;
      const myDates = dates
        .filter((d) => mine(d) && !farAndOld(d))
        .sort((a, b) => distanceTo(a, g.triggers) - distanceTo(b, g.triggers));
      // The day of the report in a dateline ("BASRA, July 11, 2023 —") yields to the event's own day in the text.
      const dl = datelineEnd(norm);
      const datePick =
        myDates.find((d) => d.kind !== 'announcement' && d.end > dl) ?? myDates.find((d) => d.kind !== 'announcement') ?? myDates[0];
      // Abductee counts go to the kidnapping, tolls to the attack nearest to them.
      const attackGroups = groups.filter((o) => !o.kidnapping);
      const nearestAttack = (c: { start: number; end: number }) =>
        attackGroups.every((o) => o === g || distanceTo(c, g.triggers) <= distanceTo(c, o.triggers));
      const myCounts = counts.filter((c) =>
        c.field === 'kidnapped'
          ? g.kidnapping || !groups.some((o) => o.kidnapping)
          : g.kidnapping
            ? attackGroups.length === 0
            : nearestAttack(c),
      );
      const count = (field: 'killed' | 'injured' | 'kidnapped') => myCounts.find((c) => c.field === field)?.value ?? null;

      // (Or when the clause's reports are of one kind: "X shelled A, and two more rockets fell on B".)
      const oneFamily = attackParts.every((o) => o.triggers.every((t) => !t.strong || familyOf(t.type) === familyOf(type)));
      // "تبنت المقاومة استهداف حرير بمسيرتين وعين الأسد بالصواريخ": an attacker named before every attack word of the clause did them all.
      const leadsClause = (a: ActorMention) =>
        a.role === 'perpetrator' && (a.claimant === true || oneFamily) && triggers.every((t) => !t.strong || t.start >= a.start);
      const actorsHere = f.actors.filter((a) => inside(a, clause) && (mine(a) || leadsClause(a)));
      const perpetrators: ActorId[] = [];
      const targets: ActorId[] = [];
      for (const a of actorsHere) {
        if (a.role === 'perpetrator' && canPerpetrate(a.id, type)) {
          if (!perpetrators.includes(a.id)) perpetrators.push(a.id);
        } else if ((a.role === 'target' || (a.role === 'perpetrator' && TARGET_SIDE.has(a.id))) && !targets.includes(a.id)) {
          targets.push(a.id);
        }
      }
      const tribal = actorsHere.some((a) => a.id === 'tribal_group' && distanceTo(a, g.triggers) <= NEAR_TRIGGER);
      const killed = count('killed');
      const injured = count('injured');
      const kidnapped = count('kidnapped');
      const hasFigure = [killed, injured, kidnapped].some((v) => v !== null && v > 0);
      const specific = strong.length > 0;
      const anchored = own !== null || datePick !== undefined || hasFigure || perpetrators.length > 0;
      // A bare toll counts only where it names its own place; it never adds to another report.
      // Without a place it may only complete the report of the sentence just before ("Four fighters lost their lives…").
      const bareToll = g.triggers.every((t) => t.fromToll) && own === null;
      // A headline only summarises: it supports the body's reports but founds none.
      // Words for the victims or the captors (المختطفين، "the hostages") refer to a kidnapping reported elsewhere.
      const victimNounsOnly = g.kidnapping && strong.length === 0;
      const standalone =
        !bareToll &&
        !isTitle &&
        !victimNounsOnly &&
        (specific ? anchored : (hasFigure || perpetrators.length > 0 || tribal) && (own !== null || datePick !== undefined));
      out.push({
        type,
        specific,
        sentenceIndex: f.sentence.index,
        clause: `${f.sentence.index}:${clause.start}`,
        where: own,
        ownPlace: own !== null,
        fallback: unplaceable ? null : resolve(demotedSite),
        standalone,
        unplaceable,
        date: datePick ? dateOf(datePick, datelineEnd(norm)) : null,
        killed,
        injured,
        kidnapped,
        perpetrators,
        targets,
        lang: ctx.lang,
        // "shot dead" names a death, not a deliberate killing: an assault on a position still wins over it.
        explicitKilling: g.triggers.some((t) => t.type === 'killing' && t.strong && !SHOT_DEAD.test(norm.slice(t.start, t.end))),
        tribal,
        assault: ctx.lex.cues.assault(norm).some((a) => inside(a, clause) && distanceTo(a, g.triggers) <= NEAR_TRIGGER),
        separate: ctx.lex.cues.separate(norm).some((c) => c.start <= SEPARATE_OPENING),
        noCasualties: f.noCasualties,
        ...(bareToll ? { followsOnly: true } : {}),
      });
    }
  }
  return out;
}
