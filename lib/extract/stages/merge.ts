/**
 * Stage 8: candidates to incidents — one incident per (type, place, day) however many
 * sentences report it (codebook §1). A candidate joins an incident when the types are
 * of one family (or the candidate is only a generic "attack"/"explosion"), the
 * governorates agree, two named sites are within a few kilometres (two car bombs 400 m
 * apart are one incident; the airport and an oil field are two), and two stated days
 * are at most a day apart. Candidates that only support (no place, date or figure of
 * their own) join the nearest compatible incident or are dropped.
 */
import { distanceKm } from '@/lib/geo';
import { districtOf, type Place } from '@/lib/gazetteer';
import { familyOf, moreSpecific } from '../type-rules';
import type { Candidate, MergedIncident, ResolvedPlace } from '../types';
import { daysBetween } from '../dates';
import { liesWithin } from './place-within';

const SAME_SITE_KM = 8;
const ADJACENT_QUARTERS_KM = 1.5;
const PLACE_SUPPORT_REACH = 2;
// Reports of one incident sit close together; looking back this far keeps merging linear on huge inputs.
const LOOK_BACK = 64;

function recent<T>(list: T[]): T[] {
  return list.length > LOOK_BACK ? list.slice(-LOOK_BACK) : list;
}

function placesAgree(a: ResolvedPlace | null, b: ResolvedPlace | null, tollsDiffer = false): boolean {
  if (!a || !b) return true;
  if (a.gov !== b.gov) return false;
  if (!a.precise || !b.precise || a.coarse || b.coarse || !a.place || !b.place) return true;
  // A desert, a mountain range or a long wadi spans tens of kilometres: its point cannot tell two reports apart.
  if (a.place.kind === 'feature' || b.place.kind === 'feature') return true;
  if (a.place.id === b.place.id) return true;
  // "in Hawija district" and "in al-Riyadh, a subdistrict of Hawija": the wider report holds the finer one.
  // (Not when each gives its own, different toll: "eight killed in Kadhimiya … another car bomb in Shula killed six".)
  if (!tollsDiffer && ((a.place.kind === 'district' && districtOf(b.place) === a.place.id) || (b.place.kind === 'district' && districtOf(a.place) === b.place.id))) return true;
  const km = distanceKm({ lat: a.place.lat, lon: a.place.lon }, { lat: b.place.lat, lon: b.place.lon });
  // "قاعدة عين الأسد" and "القاعدة الواقعة في ناحية البغدادي": a base or village and the area around it.
  // (Not a city and its quarters: a report "in Baghdad" and one in Karrada may be two of a day's bombings.)
  const cityScale = (p: Place) => p.kind === 'city' || p.kind === 'neighbourhood';
  if (!tollsDiffer && !cityScale(a.place) && !cityScale(b.place) && (liesWithin(a.place, b.place) || liesWithin(b.place, a.place))) return true;
  // Two named places, each with its own different toll, are two events even a few kilometres apart
  // (a wave of car bombs across Baghdad's quarters), unless they touch.
  if (tollsDiffer && km > ADJACENT_QUARTERS_KM) return false;
  // "قاعدة حرير" and "حرير": a base, airport or field named after the town next to it is that site.
  return km <= SAME_SITE_KM || (km <= NAMESAKE_KM && namesake(a.place.en, b.place.en));
}

const NAMESAKE_KM = 25;
const KIND_WORDS = /\b(?:air ?base|base|airport|airfield|camp|field|oil ?field|refinery|dam|crossing|international)\b/gi;

function namesake(x: string, y: string): boolean {
  const core = (s: string) => s.replace(KIND_WORDS, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const a = core(x);
  const b = core(y);
  return a.length >= 3 && a === b;
}

function datesAgree(a: Candidate['date'], b: Candidate['date']): boolean {
  if (!a || !b || a.precision !== 'day' || b.precision !== 'day') return true;
  // A report that opens on its own printed day ("On Thursday, three explosions…") after one
  // "on Friday evening" tells another day; relative days ("last night") and days of claims
  // or statements may straddle midnight or trail the event.
  if (a.printed && b.printed && (a.printed === 'opening' || b.printed === 'opening')) return a.date === b.date;
  return Math.abs(daysBetween(a.date, b.date)) <= 1;
}

function typesAgree(inc: MergedIncident, c: Candidate): boolean {
  const fi = familyOf(inc.type);
  const fc = familyOf(c.type);
  if (fi === fc) return true;
  if (fi === 'kidnapping' || fc === 'kidnapping') return false;
  // "a roadside bomb then struck the reinforcements": a follow-up attack with another weapon is a second incident.
  if (c.followUp && inc.type !== c.type && c.specific) return false;
  // "a soldier was killed by an IED, while two fighters died in an attack": another clause, another event.
  if (inc.sentenceIndexes.includes(c.sentenceIndex) && !inc.clauses.includes(c.clause)) return false;
  return !c.specific || !inc.specific;
}

/** leadIndex: the sentence of the lead (the first report in the body). */
function compatible(inc: MergedIncident, c: Candidate, leadIndex: number): boolean {
  // "In a separate incident…" opens a new report: it joins nothing the body told before
  // it — only a lead that sums up several events of the article (leadIndex, else -1).
  if (c.separate && Math.max(...inc.sentenceIndexes) < c.sentenceIndex && inc.sentenceIndexes.some((i) => i > leadIndex)) {
    return false;
  }
  // "3,000 civilians were killed in October": a background figure never dates a current report.
  if (Boolean(c.stale) !== Boolean(inc.stale)) return false;
  const tollsDiffer = inc.killed !== null && c.killed !== null && inc.killed !== c.killed;
  // "Turkish jets pound Mount Matin; drone kills two near Batifa": two clauses of one sentence, each
  // naming its own place and weapon, are two reports (even where a mountain's point could hold both).
  // (One weapon at two spots is a salvo: "two rockets fell near the embassy, a third near the bridge".)
  if (
    inc.sentenceIndexes.includes(c.sentenceIndex) && !inc.clauses.includes(c.clause) && c.ownPlace && inc.ownPlace && c.specific &&
    inc.specific && inc.type !== c.type && inc.where?.place && c.where?.place && inc.where.place.id !== c.where.place.id
  ) {
    return false;
  }
  return typesAgree(inc, c) && placesAgree(inc.where, c.where, tollsDiffer) && datesAgree(inc.date, c.date);
}

function start(c: Candidate): MergedIncident {
  const { sentenceIndex, clause, ...rest } = c;
  return { ...rest, perpetrators: [...c.perpetrators], targets: [...c.targets], sentenceIndexes: [sentenceIndex], clauses: [clause] };
}

function absorb(inc: MergedIncident, c: Candidate): void {
  if (c.specific && !inc.specific) {
    inc.type = c.type;
    inc.specific = true;
  } else if (c.specific === inc.specific) {
    inc.type = moreSpecific(inc.type, c.type);
  }
  const better = (x: ResolvedPlace, y: ResolvedPlace) => (x.precise && !y.precise) || (!x.coarse && y.coarse);
  if (c.where && (!inc.where || better(c.where, inc.where))) {
    inc.where = c.where;
    inc.ownPlace = inc.ownPlace || c.ownPlace;
  }
  inc.fallback ??= c.fallback;
  // "…on a farm road (30 km) north-east of Baquba": an estimated point beats the bare governorate of a summary.
  if (!c.where && c.fallback?.estimated && inc.where && !inc.where.precise && c.fallback.gov === inc.where.gov) inc.where = c.fallback;
  if (c.date && (!inc.date || (inc.date.precision !== 'day' && c.date.precision === 'day'))) inc.date = c.date;
  if (inc.totalOfSeveral && !c.totalOfSeveral && (c.killed !== null || c.injured !== null)) {
    // The report's own figures replace a toll of several events given for it.
    inc.killed = c.killed;
    inc.injured = c.injured;
    inc.totalOfSeveral = false;
  }
  inc.killed ??= c.killed;
  inc.injured ??= c.injured;
  inc.kidnapped ??= c.kidnapped;
  for (const p of c.perpetrators) if (!inc.perpetrators.includes(p)) inc.perpetrators.push(p);
  for (const t of c.targets) if (!inc.targets.includes(t)) inc.targets.push(t);
  inc.explicitKilling ||= c.explicitKilling;
  if (c.attempt) inc.attempt = true;
  inc.tribal ||= c.tribal;
  inc.assault ||= c.assault;
  inc.noCasualties ||= c.noCasualties;
  inc.standalone ||= c.standalone;
  inc.unplaceable ||= c.unplaceable;
  if (!inc.clauses.includes(c.clause) && inc.clauses.length < LOOK_BACK) inc.clauses.push(c.clause);
  if (!inc.sentenceIndexes.includes(c.sentenceIndex)) inc.sentenceIndexes.push(c.sentenceIndex);
}

function nearestCompatible(
  incidents: MergedIncident[],
  c: Candidate,
  leadIndex: number,
  excluded: (inc: MergedIncident) => boolean = () => false,
): MergedIncident | undefined {
  let best: MergedIncident | undefined;
  let bestGap = Infinity;
  for (const inc of recent(incidents)) {
    if (excluded(inc) || !compatible(inc, c, leadIndex)) continue;
    // At equal distance, a sentence speaks of the report told before it ("X claimed responsibility…")
    // rather than of the one told next.
    const gap = Math.min(...inc.sentenceIndexes.map((i) => (i <= c.sentenceIndex ? c.sentenceIndex - i : i - c.sentenceIndex + 1.5)));
    if (gap < bestGap) {
      best = inc;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * contextPlace(i): where an unplaced report at sentence i most likely happened — the
 * last place named before it — or 'foreign' when that was abroad, or null.
 */
export function mergeCandidates(
  candidates: Candidate[],
  contextPlace: (sentenceIndex: number) => ResolvedPlace | 'foreign' | null,
): MergedIncident[] {
  const incidents: MergedIncident[] = [];
  // The lead counts as a summary (which later "separately…" reports may re-tell) when it tells several events.
  const firstReport = Math.min(...candidates.filter((c) => c.standalone).map((c) => c.sentenceIndex), Number.MAX_SAFE_INTEGER);
  const leadIndex = candidates.filter((c) => c.sentenceIndex === firstReport).length >= 2 ? firstReport : -1;
  for (const c of candidates) {
    if (!c.standalone || !c.where) continue;
    const target = recent(incidents).find((inc) => compatible(inc, c, leadIndex));
    if (target) absorb(target, c);
    else incidents.push(start(c));
  }
  const unplaced: MergedIncident[] = [];
  for (const c of candidates) {
    if (!c.standalone || c.where) continue;
    // A job title or dateline place says nothing about where this happened: it is not compared.
    // Its paragraph's dateline ("KIRKUK - A roadside bomb…") still rules out a report in another governorate
    // (a job title's place does not: "the director of Adhamiya passports" was killed elsewhere).
    const elsewhere = (inc: MergedIncident) =>
      c.fromDateline === true && c.fallback !== null && inc.where !== null && c.fallback.gov !== null && inc.where.gov !== c.fallback.gov;
    const target = nearestCompatible(incidents, c, leadIndex, elsewhere) ?? nearestCompatible(unplaced, c, leadIndex, elsewhere);
    if (target) absorb(target, c);
    else unplaced.push(start(c));
  }
  // Unplaced incidents take a reference-point place of their own sentences, else the context.
  // …but first a supporting sentence close by that says where ("In Iraq, the strikes hit al-Qaim").
  for (const inc of unplaced) {
    if (!inc.unplaceable) {
      const near = candidates.find(
        (c) => !c.standalone && c.where && !c.where.coarse && typesAgree(inc, c) && datesAgree(inc.date, c.date) &&
          inc.sentenceIndexes.some((i) => c.sentenceIndex > i && c.sentenceIndex - i <= PLACE_SUPPORT_REACH),
      );
      if (near) {
        absorb(inc, near);
        incidents.push(inc);
        continue;
      }
      const first = Math.min(...inc.sentenceIndexes);
      const ctx = inc.fallback ?? contextPlace(first);
      if (ctx === 'foreign') continue;
      inc.where = ctx;
    }
    incidents.push(inc);
  }
  for (const c of candidates) {
    if (c.standalone) continue;
    const target = nearestCompatible(incidents, c, leadIndex);
    if (c.followsOnly && !target?.sentenceIndexes.includes(c.sentenceIndex - 1)) continue;
    if (target) absorb(target, c);
    // "On Thursday, three explosions were heard in Amara. … a device blew up in a quarter…":
    // a weapon report that took its day and place from the sentence before and fits no
    // incident told so far is the report of that other day.
    else if (c.specific && c.where && c.date?.printed === 'opening') incidents.push(start(c));
  }
  return incidents;
}
