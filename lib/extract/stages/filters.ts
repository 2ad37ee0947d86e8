/**
 * Stage 6: reasons a report is not a new incident (codebook §1). Some cues taint the
 * whole sentence — a court case, a statistic, violence at a protest, an accident or
 * a disease. Others only
 * matter near the trigger they qualify, because Arabic news chains several clauses
 * into one sentence: hypotheticals and threats, denials, arrests, caches and
 * controlled detonations, habitual statements ("from time to time") and history.
 * Habitual/background wording is forgiven when the sentence itself dates an event
 * within the last 30 days ("the third attack this week, late on Monday").
 */
import type { IncidentType } from '@/lib/codebook';
import type { DateMention } from '../dates';
import { daysBetween } from '../dates';
import type { CueName, Lexicon } from '../lexicon';
import type { SentenceFacts, Trigger } from '../types';
import { monthIsBackground, monthMentions } from './month-names';
import { BACKGROUND_DAYS } from './candidate-dates';

const SENTENCE_WIDE: CueName[] = ['legal', 'generic_strong', 'protest', 'not_violence'];
const NEAR_ALWAYS: CueName[] = ['hypothetical'];
// Denying a role ("denied responsibility", نفت علاقتها) is not denying the event.
const ROLE_AFTER = /^.{0,40}?(?:responsib|involvement|role|link|مس[ؤو]ولي|علاق|تورط|صله)/i;
const NEAR_FORGIVABLE: CueName[] = ['generic', 'background', 'arrest'];
const WEAPON_TYPES = new Set<IncidentType>(['bombing', 'rocket_attack', 'drone_attack']);
const FIRE = /حريق|fire/i;
const PLANTED = /\b(?:had been|has been|was|were|been) (?:planted|placed|hidden|attached)\b|\bplanted (?:under|near|on|in|at|beside|by)\b|(?:^|\s)(?:زرعت|زرعها|مزروعه|وضعت|موضوعه|مزروعتين|زرعتا)(?:\s|$)/i;
const REMNANT = /remnants?|left over|leftover|old (?:mines?|ordnance|explosives?|IEDs?|bombs?)|unexploded|مخلفات|تحت السيطره|قديمه|من بقايا/i;
const STORED_BEFORE =
  /(?:\bstor(?:e|es|ed|ing|age)|\bstockpil\w*|\bwarehous\w*|\bmanufactur\w*|\bassembl\w*|\bsmuggl\w*|(?:^|\s)(?:لتخزين|تخزين|مخازن|مخزن|مستودع|مستودعات|معمل|لتصنيع|تصنيع|تهريب|ورشه))\s+(?:(?:of|for|the|and|its|their|launch\w*|one-way|attack|armed|explosive-laden|suicide|kamikaze|ل\S*|ال\S*)\s+){0,4}$/i;
const BEFORE = 70;
const AFTER = 50;

export function recentAnchor(dates: DateMention[], published: string | null): boolean {
  if (!published) return false;
  return dates.some((d) => {
    if (d.kind === 'announcement' || d.precision === 'month' || d.precision === 'year') return false;
    const age = daysBetween(d.date, published);
    return age >= 0 && age <= BACKGROUND_DAYS;
  });
}

function oldDates(dates: DateMention[], published: string | null): DateMention[] {
  if (!published) return [];
  return dates.filter(
    (d) => daysBetween(d.date, published) > BACKGROUND_DAYS || (d.precision === 'year' && d.date.slice(0, 4) < published.slice(0, 4)),
  );
}

const YEAR_WINDOW = 90;
const SINCE_BEFORE = /(?:\bsince|(?:^|\s)منذ)\s+(?:the\s+|عام\s+|العام\s+)?$/i;
const OPENING = 12;

/** A year before the publication year named near the trigger ("In 2020 it was hit…"). */
function earlierYearNear(norm: string, t: Trigger, published: string | null): boolean {
  if (!published) return false;
  const pubYear = Number(published.slice(0, 4));
  for (const m of norm.matchAll(/(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?![0-9])/g)) {
    if (Number(m[1]) >= pubYear) continue;
    const at = m.index ?? 0;
    // "the deadliest since the 2003 invasion": a year of comparison, not the date of this event.
    if (SINCE_BEFORE.test(norm.slice(Math.max(0, at - 16), at))) continue;
    if (at <= OPENING + 4) return true;
    const gap = at >= t.end ? norm.slice(t.end, at) : norm.slice(at, t.start);
    if (reaches(gap, YEAR_WINDOW)) return true;
  }
  return false;
}

/**
 * Reasons that rule out every trigger of the sentence. `legalArticle`: the article
 * opens with a court ruling, so crimes it recounts are the case file, not news,
 * unless a sentence dates them within the last 30 days.
 */
export function blockReasons(
  lex: Lexicon,
  norm: string,
  triggers: Trigger[],
  dates: DateMention[],
  published: string | null,
  legalArticle = false,
): string[] {
  const reasons: string[] = [];
  // "two drones hit the field, starting a fire": a named weapon makes the fire its result, not an accident.
  const weapon = triggers.some((t) => t.strong && WEAPON_TYPES.has(t.type));
  for (const c of SENTENCE_WIDE) {
    const found = lex.cues[c](norm);
    if (c === 'not_violence' && weapon && found.every((m) => FIRE.test(m.surface))) continue;
    if (found.length > 0) reasons.push(c);
  }
  if (lex.cues.denial(norm).some((d) => !ROLE_AFTER.test(norm.slice(d.end, d.end + 60)))) reasons.push('denial');
  const anchored = recentAnchor(dates, published);
  if (!anchored && legalArticle) reasons.push('legal_article');
  return reasons;
}

// A cue reaches its trigger when close, or further away within one comma-free stretch.
const CLOSE = 30;
// Habitual and background wording colours a whole sentence, so it crosses commas.
function reaches(gap: string, max: number, crossCommas = false): boolean {
  if (gap.length > max || /[.!?؟\n]/.test(gap)) return false;
  return crossCommas || gap.length <= CLOSE || !/[,،;؛]/.test(gap);
}

function near(lex: Lexicon, name: CueName, norm: string, t: Trigger, crossCommas = false): boolean {
  return lex.cues[name](norm).some((m) => {
    if (m.end <= t.start) return reaches(norm.slice(m.end, t.start), BEFORE, crossCommas);
    if (m.start >= t.end) return reaches(norm.slice(t.end, m.start), AFTER, crossCommas);
    return true;
  });
}

const SUPPORT_GAP = 24;
function airSupport(lex: Lexicon, norm: string, t: Trigger): boolean {
  // (A full stop ends the phrase, not the dots of "U.S.-led".)
  return lex.cues.air_support(norm).some((m) => m.end <= t.start && t.start - m.end <= SUPPORT_GAP && !/[,،;؛]|\.(?:\s|$)/.test(norm.slice(m.end, t.start)));
}

/** The triggers that survive the cues around them. */
export function keepTriggers(
  lex: Lexicon,
  norm: string,
  triggers: Trigger[],
  dates: DateMention[],
  published: string | null,
): Trigger[] {
  if (triggers.length === 0) return triggers;
  const anchored = recentAnchor(dates, published);
  // A bomb defused where it had been planted is a foiled attack under way (codebook §1), not a cache — unless it is a war remnant.
  const plantedDefused = PLANTED.test(norm) && !REMNANT.test(norm);
  const cacheTaint = triggers.every((t) => WEAPON_TYPES.has(t.type)) && lex.cues.cache(norm).length > 0 && !plantedDefused;
  const oldMonths = published ? monthMentions(norm, lex.lang).filter((m) => monthIsBackground(m.month, published)) : [];
  // "في مثل هذه الأيام قبل عامين، …", "Two years ago, …": a background phrase opening the sentence dates all of it.
  const openingBackground = !anchored && lex.cues.background(norm).some((m) => m.start <= OPENING);
  const noFight = triggers.some((t) => t.type === 'armed_attack') && lex.cues.no_fight(norm).length > 0;
  return triggers.filter((t) => {
    if (cacheTaint || openingBackground) return false;
    // "facilities used to store drones and rockets", "مخازن للصواريخ": weapons named as stock, not as the means of an attack.
    if (WEAPON_TYPES.has(t.type) && STORED_BEFORE.test(norm.slice(Math.max(0, t.start - 32), t.start))) return false;
    if (NEAR_ALWAYS.some((c) => near(lex, c, norm, t))) return false;
    // An anniversary is held today about an old event: a recent day in the sentence does not make it news.
    if (near(lex, 'anniversary', norm, t, true)) return false;
    // "a sweep backed by army helicopters", "بإسناد من طيران الجيش": aircraft supporting a ground operation, not a strike.
    if (t.type === 'airstrike' && airSupport(lex, norm, t)) return false;
    // "raided the house and freed the boy without a shot fired": a raid with no fight is no armed attack.
    if (t.type === 'armed_attack' && noFight) return false;
    if (!anchored && NEAR_FORGIVABLE.some((c) => near(lex, c, norm, t, true))) return false;
    if (!anchored && earlierYearNear(norm, t, published)) return false;
    // A time phrase opening the sentence ("In March, two officers were killed…") dates all of it.
    if (!anchored && oldMonths.some((m) => m.start <= OPENING || Math.abs(m.start >= t.end ? m.start - t.end : t.start - m.end) <= YEAR_WINDOW)) return false;
    return true;
  });
}

/**
 * "A gas cylinder exploded in a restaurant… The blast killed three": once the article says
 * it was an accident, its bare blasts and explosions are that accident, in every sentence.
 */
export function blockAccidentBlasts(facts: SentenceFacts[]): void {
  if (!facts.some((f) => f.blocked.includes('not_violence'))) return;
  for (const f of facts) {
    if (f.triggers.length > 0 && f.triggers.every((t) => !t.strong && t.type === 'bombing')) f.blocked = [...f.blocked, 'accident_article'];
  }
}
