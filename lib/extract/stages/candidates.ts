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
import { directionSite, distanceTo, instrumental, lastSiteBefore, pickSite, siteJustBefore, splitBySite } from './clause-sites';

interface Group {
  triggers: Trigger[];
  kidnapping: boolean;
}

function inside(pos: { start: number }, c: Clause): boolean {
  return pos.start >= c.start && pos.start < c.end;
}

const FALLBACK_ORDER: SiteMention['demoted'][] = ['job', 'distance', 'dateline'];
const NEAR_TRIGGER = 60;
const SEPARATE_OPENING = 30;
const OLD_DATE_REACH = 80;
// "ضحايا التفجيرين", "the toll of the bombings": a figure for several events at once.
const PLURAL_EVENT = /(?:تفجير|انفجار|هجوم|اعتداء)(?:ين|ات)$|هجمات$|\b(?:bombings|attacks|blasts|explosions)$/i;
const SHOT_DEAD = /shot dead|gunned down|shot and killed/i;
// Sides that are attacked far more often than they attack: a misread subject is still a side.
const TARGET_SIDE = new Set<ActorId>(['isf', 'us_forces']);

/** A date in a dateline ("JNN 25 May 2012 Baghdad :") is the day of the report, like an announcement. */
function dateOf(d: DateMention, dateline: number): { date: string; precision: DatePrecision } {
  const precision: DatePrecision =
    d.kind === 'announcement' || d.end <= dateline ? 'week' : d.precision === 'year' ? 'month' : d.precision;
  return { date: d.date, precision };
}

// "22 صاروخا، منها 17 على عين الأسد، وخمسة على مقر التحالف في أربيل", "…, and five at Erbil": a share of one salvo.
const SHARE_ITEM =
  /[،,]\s*(?:و|and\s+)?(?:[0-9]+|(?:ال)?(?:واحد|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر)\S*|one|two|three|four|five|six|seven|eight|nine|ten|\w+ others?)\s+(?:منها\s+|of them\s+)?(?:علي|على|في|on|at|in|hit)\s+/gi;

/** A share of the salvo that landed in another governorate than the report's first site, as an attack word of its own. */
function shareInOtherGovernorate(norm: string, clause: Clause, sites: SiteMention[], triggers: Trigger[]): Trigger[] {
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
  // The day of the report in a dateline ("BASRA, July 11, 2023 —") yields to the event's own day in the text.
  const dl = datelineEnd(norm);
  const out: Candidate[] = [];

  // Each clause without an attack word is owned by the last clause with one before it (else the first after it): one pass.
  const orphansOf = new Map<Clause, Clause[]>();
  let owner: Clause | undefined;
  const leading: Clause[] = [];
  const hasTrigger = new Set(withTriggers);
  for (const c of clauses) {
    if (hasTrigger.has(c)) {
      orphansOf.set(c, owner ? [] : leading.splice(0));
      owner = c;
    } else if (owner) orphansOf.get(owner)!.push(c);
    else leading.push(c);
  }
  // "freed on Saturday, two days after he was abducted": the day next to the release is not the abduction's.
  const releases = ctx.lex.cues.release(norm).map((r) => ({ ...r, type: 'kidnapping' as const, strong: true }));
  const releaseDay = (d: DateMention) =>
    releases.length > 0 && distanceTo(d, releases) < distanceTo(d, f.triggers.filter((t) => t.type === 'kidnapping'));
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
      const only = groups.length === 1 ? groups[0] : undefined;
      if (only) for (const item of shareInOtherGovernorate(norm, clause, clauseSites, only.triggers)) groups.push({ triggers: [item], kidnapping: false });
    }
    if (kidnap.length > 0) groups.push({ triggers: kidnap, kidnapping: true });
    const clauseDates = f.dates.filter((d) => inside(d, clause));
    // "…, فيما جرح سبعة من المقاتلين": a toll in a clause with no attack word of its own continues the report before it.
    const orphanClauses = orphansOf.get(clause) ?? [];
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
      const others: Trigger[] = [];
      for (const o of groups) if (o !== g) for (const t of o.triggers) others.push(t);
      const mine = (p: { start: number; end: number }) => others.length === 0 || distanceTo(p, g.triggers) <= distanceTo(p, others);
      // An old date far from the attack word dates another clause ("defeated at the end of 2017, …").
      const farAndOld = (d: DateMention) =>
        distanceTo(d, g.triggers) > OLD_DATE_REACH && ctx.published !== null && daysBetween(d.date, ctx.published) > 30;
      const myDates = dates
        .filter((d) => mine(d) && !farAndOld(d) && !(g.kidnapping && releaseDay(d)))
        .sort((a, b) => distanceTo(a, g.triggers) - distanceTo(b, g.triggers));
      // Reports of one kind in one clause (a salvo's shares) share its day.
      const sameKind = groups.every((o) => o.kidnapping === g.kidnapping && o.triggers.every((t) => !t.strong || familyOf(t.type) === familyOf(type)));
      const datePick =
        myDates.find((d) => d.kind !== 'announcement' && d.end > dl) ??
        myDates.find((d) => d.kind !== 'announcement') ??
        myDates[0] ??
        (sameKind && groups.length > 1 ? dates.find((d) => d.kind !== 'announcement' && d.end > dl && !farAndOld(d)) : undefined);
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
        date: datePick ? dateOf(datePick, dl) : null,
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
        ...(hasFigure && strong.length > 0 && strong.every((t) => PLURAL_EVENT.test(norm.slice(t.start, t.end))) ? { totalOfSeveral: true } : {}),
      });
    }
  }
  return out;
}
