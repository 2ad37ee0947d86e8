/**
 * Stage 7: from the facts of each sentence to candidate incidents, one per clause and
 * event kind. A clause's triggers of the attack kinds make one candidate of the most
 * specific type; a kidnapping in the same clause is a second event (kidnapped, later
 * killed = two incidents). The site is the first non-demoted place after the trigger
 * in the clause (else before it, else anywhere in the sentence); if the nearest
 * location after the trigger is abroad, the clause reports a foreign event and is
 * skipped. Dates and counts go to the event whose trigger is nearest.
 */
import type { ActorId } from '@/lib/codebook';
import type { DateMention } from '../dates';
import { daysBetween } from '../dates';
import type { Lang, Lexicon } from '../lexicon';
import { canPerpetrate, familyOf, moreSpecific, PRECEDENCE } from '../type-rules';
import type { ActorMention, Candidate, ResolvedPlace, SentenceFacts, SiteMention, Trigger } from '../types';
import { splitClauses, type Clause } from './clauses';
import { type GovVotes } from './resolve-place';
import { siteResolvers } from './site-resolvers';
import { datelineEnd } from './places';
import { anchoredDayOffset } from './anchored-days';
import { BACKGROUND_DAYS, dateOf, isStale } from './candidate-dates';
import { withCompanion } from './companions';
import { outsideContextPhrases, secondTargets, shareInOtherGovernorate } from './other-events';
import { dateBefore, gapAround } from './gap-dates';
import { directionSite, distanceTo, instrumental, lastSiteBefore, pickSite, siteJustBefore, splitBySite } from './clause-sites';

interface Group {
  triggers: Trigger[];
  kidnapping: boolean;
}

function inside(pos: { start: number }, c: Clause): boolean {
  return pos.start >= c.start && pos.start < c.end;
}

const FALLBACK_ORDER: SiteMention['demoted'][] = ['distance', 'job', 'dateline'];
const NEAR_TRIGGER = 60;
const ATTEMPT_REACH = 24;
const OWN_DAY_REACH = 25;
const ROUND_UP_ITEM = /^\W*(?:(?:و|ف|اما\s+)?في\s+محافظه\s|in\s+(?:the\s+)?(?:[a-z-]+\s+){1,2}(?:province|governorate)\s*,)/i;
const SEPARATE_OPENING = 30;
const OLD_DATE_REACH = 80;
// "ضحايا التفجيرين", "the toll of the bombings": a figure for several events at once.
const PLURAL_EVENT = /(?:تفجير|انفجار|هجوم|اعتداء)(?:ين|ات)$|هجمات$|\b(?:bombings|attacks|blasts|explosions)$/i;
const SHOT_DEAD = /shot dead|gunned down|shot and killed/i;
// Sides that are attacked far more often than they attack: a misread subject is still a side.
const TARGET_SIDE = new Set<ActorId>(['isf', 'us_forces']);

export interface CandidateContext {
  lang: Lang;
  lex: Lexicon;
  votes: GovVotes;
  published: string | null;
}

export function sentenceCandidates(f: SentenceFacts, ctx: CandidateContext): Candidate[] {
  if (f.blocked.length > 0 || f.triggers.length === 0) return [];
  f = outsideContextPhrases(f, ctx.lex);
  if (f.triggers.length === 0) return [];
  const norm = f.sentence.norm;
  const clauses = splitClauses(norm, ctx.lang);
  const extra = secondTargets(norm, clauses, f.triggers, f.sites);
  if (extra.length > 0) f = { ...f, triggers: [...f.triggers, ...extra].sort((a, b) => a.start - b.start) };
  const withTriggers = clauses.filter((c) => f.triggers.some((t) => inside(t, c)));
  const { resolve, resolveSettled, resolveRef, finerBefore } = siteResolvers(norm, ctx.lang, ctx.votes);
  const sentenceSite = f.sites.find((s) => !s.demoted && !s.foreign) ?? null;
  let demotedSite: SiteMention | null = null;
  for (const kind of FALLBACK_ORDER) demotedSite ??= f.sites.find((s) => s.demoted === kind && !s.foreign) ?? null;
  const isTitle = f.sentence.isTitle;
  // The day of the report in a dateline ("BASRA, July 11, 2023 —") yields to the event's own day in the text.
  const dl = datelineEnd(norm);
  const out: Candidate[] = [];
  const dayOffset = anchoredDayOffset(norm, ctx.lang);
  const separate = dayOffset !== null || ctx.lex.cues.separate(norm).some((c) => c.start <= SEPARATE_OPENING);

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
    // A clause with no day of its own shares the day of an earlier clause of the sentence ("…late Tuesday, then struck…").
    const earlierDays = f.dates.filter((d) => d.end <= clause.start && d.kind !== 'announcement');
    const dates = clauseDates.length > 0 || clause.earlier ? clauseDates : withTriggers.length > 1 ? earlierDays : f.dates;
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
        : (finerBefore(resolveSettled(site, clauseSites), site, clauseSites, prevEnd) ??
          (withTriggers.length === 1 ? resolve(sentenceSite) : null) ??
          resolveRef(directionSite(clauseSites, anchor)) ??
          (withTriggers.length === 1 ? resolveRef(directionSite(f.sites, anchor)) : null));
      const others: Trigger[] = [];
      for (const o of groups) if (o !== g) for (const t of o.triggers) others.push(t);
      const mine = (p: { start: number; end: number }) => others.length === 0 || distanceTo(p, g.triggers) <= distanceTo(p, others);
      // An old date far from the attack word dates another clause ("defeated at the end of 2017, …").
      const farAndOld = (d: DateMention) =>
        distanceTo(d, g.triggers) > OLD_DATE_REACH && ctx.published !== null && daysBetween(d.date, ctx.published) > BACKGROUND_DAYS;
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
      // "نجا من محاولة اغتيال", "an attempt to assassinate": the killing word names what failed.
      const attempt = ctx.lex.cues.attempt(norm).some((a) => g.triggers.some((t) => t.type === 'killing' && t.start >= a.end && t.start - a.end <= ATTEMPT_REACH));
      const tribal = actorsHere.some((a) => a.id === 'tribal_group' && distanceTo(a, g.triggers) <= NEAR_TRIGGER);
      const killed = withCompanion(count('killed'), norm, clause);
      const injured = count('injured');
      const kidnapped = count('kidnapped');
      const hasFigure = [killed, injured, kidnapped].some((v) => v !== null && v > 0);
      const specific = strong.length > 0;
      // "A day earlier, an IED went off…": the text itself says this is an event of its own.
      const anchored = own !== null || datePick !== undefined || hasFigure || perpetrators.length > 0 || dayOffset !== null;
      // A bare toll counts only where it names its own place; it never adds to another report.
      // Without a place it may only complete the report of the sentence just before ("Four fighters lost their lives…").
      const bareToll = g.triggers.every((t) => t.fromToll) && own === null;
      // A headline only summarises: it supports the body's reports but founds none.
      // Words for the victims or the captors (المختطفين، "the hostages") refer to a kidnapping reported elsewhere.
      const victimNounsOnly = g.kidnapping && strong.length === 0;
      // "وفي محافظة الأنبار، … استهداف مقر في عكاشات": a round-up item opens with its governorate;
      // even a generic attack word there, with a place of its own, reports an event.
      const roundUpItem = !specific && own !== null && ROUND_UP_ITEM.test(norm.slice(0, 40));
      // "attacks on PMF sites in Muthanna, Anbar and Diyala": a summary of the items told after it.
      const summary = own === null && clauseSites.some((x) => x.demoted === 'listed');
      const standalone =
        !bareToll &&
        !summary &&
        !isTitle &&
        !victimNounsOnly &&
        (specific ? anchored : roundUpItem || ((hasFigure || perpetrators.length > 0 || tribal) && (own !== null || datePick !== undefined)));
      // "…gunned down two days earlier", "بعد نحو أسبوعين من هجوم": a day counted back from the sentence's other day.
      // (A day printed with the event itself — "a drone strike on July 2" — still wins.)
      const ownDay = f.dates.some((d) => d.kind === 'absolute' || distanceTo(d, g.triggers) <= OWN_DAY_REACH);
      // (The gap phrase may stand before the first weapon of the clause: "two months after a US drone strike … and an Iranian missile barrage".)
      const groupEnd = Math.max(...g.triggers.map((t) => t.start));
      const gapTriggers = triggers.filter((t) => t.start <= groupEnd);
      const gap = ownDay ? null : (gapTriggers.map((t) => gapAround(norm, t.start, t.end, ctx.lang)).find((x) => x !== null) ?? null);
      const sentenceDay = f.dates.find((d) => d.kind !== 'announcement' && d.precision === 'day')?.date;
      const gapDate = gap && sentenceDay ? dateBefore(sentenceDay, gap) : null;
      // A counted gap with no day in its sentence is dated later, from the report before it (anchored-days.ts).
      const date = gapDate ?? (gap ? null : datePick ? dateOf(datePick, dl) : null);
      // A supporting mention dated long before the report ("The attacks came as Iraq prepares for the
      // May 12 vote") speaks of something else: attaching it would date the report into the past.
      const stale = isStale(date, ctx.published);
      if (!standalone && stale) continue;
      out.push({
        type,
        specific,
        sentenceIndex: f.sentence.index,
        clause: `${f.sentence.index}:${clause.start}`,
        where: own,
        ownPlace: own !== null,
        fallback: unplaceable ? null : resolveRef(demotedSite),
        // (Not Baghdad: wire stories about the whole country carry its bureau's dateline.)
        ...(demotedSite?.demoted === 'dateline' && !unplaceable && !demotedSite.places.some((p) => p.gov === 'IQ-BG') ? { fromDateline: true } : {}),
        standalone,
        unplaceable,
        date,
        killed,
        injured,
        kidnapped,
        perpetrators,
        targets,
        lang: ctx.lang,
        // "shot dead" names a death, not a deliberate killing: an assault on a position still wins over it.
        explicitKilling: !attempt && g.triggers.some((t) => t.type === 'killing' && t.strong && !SHOT_DEAD.test(norm.slice(t.start, t.end))),
        ...(attempt ? { attempt } : {}),
        tribal,
        assault: ctx.lex.cues.assault(norm).some((a) => inside(a, clause) && distanceTo(a, g.triggers) <= NEAR_TRIGGER),
        separate,
        ...(ctx.lex.cues.follow_up(norm).some((a) => inside(a, clause)) ? { followUp: true } : {}),
        ...(dayOffset !== null && !datePick ? { dayOffset } : {}),
        ...(gap && !gapDate ? { gapBack: gap } : {}),
        ...(stale ? { stale: true } : {}),
        noCasualties: f.noCasualties,
        ...(bareToll ? { followsOnly: true } : {}),
        ...(hasFigure && strong.length > 0 && strong.every((t) => PLURAL_EVENT.test(norm.slice(t.start, t.end))) ? { totalOfSeveral: true } : {}),
      });
    }
  }
  return out;
}
