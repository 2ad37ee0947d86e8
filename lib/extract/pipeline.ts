/**
 * The extraction pipeline, one small pure stage after another (stages/*.ts):
 *   clean → sentences → normalise → triggers → places → dates → counts → actors →
 *   filters → candidates → merge → finalize
 * Each stage reads the sentence facts built so far; nothing reads the clock — every
 * relative date resolves against the publication date passed in.
 */
import type { Article, Incident } from '@/lib/codebook';
import { isMostlyArabic } from '@/lib/text/arabic';
import { findDateMentions, findPublicationDate } from './dates';
import { findCasualtyCounts } from './numbers';
import { hasCue, lexicon, type Lang, type Lexicon } from './lexicon';
import { cleanText } from './stages/clean';
import { normaliseFor } from './stages/normalise';
import { splitSentences } from './stages/sentences';
import { findTriggers } from './stages/triggers';
import { findSites } from './stages/places';
import { findActors } from './stages/actors';
import { blockAccidentBlasts, blockReasons, keepTriggers } from './stages/filters';
import { sentenceCandidates } from './stages/candidates';
import { mergeCandidates } from './stages/merge';
import { resolveAnchoredDays } from './stages/anchored-days';
import { applyAbductorsToKilling, applyBackReferenceClaims, applyLeadNoCasualties, applyPluralClaims, applyStandaloneClaims, applyTrailingNoCasualties, BARE_CLAIM } from './stages/across-reports';
import { finalizeIncident } from './stages/finalize';
import { choosePlace, governorateVotes, resolvePlace } from './stages/resolve-place';
import type { Candidate, ResolvedPlace, Sentence, SentenceFacts, SiteMention } from './types';
import { familyOf } from './type-rules';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const TOLL_WORD = /kill|dead|died|death|wound|injur|casualt|قتل|قتيل|مقتل|مصرع|حتف|استشهاد|استشهد|شهيد|شهداء|اصاب|اصيب|جرح|جريح|ضحايا/i;
const CONTEXT_MIN_CHARS = 40;

export function articleLang(article: Article, text: string): Lang {
  if (article.lang === 'ar' || article.lang === 'en') return article.lang;
  return isMostlyArabic(text) ? 'ar' : 'en';
}

export function toSentences(title: string, text: string, lang: Lang): Sentence[] {
  const out: Sentence[] = [];
  const t = title.trim();
  if (t && !text.trimStart().startsWith(t.slice(0, Math.min(t.length, 40)))) {
    out.push({ index: 0, raw: t, norm: normaliseFor(lang, t), isTitle: true });
  }
  for (const span of splitSentences(text)) {
    const raw = text.slice(span.start, span.end);
    // A headline line repeated at the top of the text is still a headline; a lead the title was cut from is not.
    const headline = out.length === 0 && t.length > 0 && raw.trim() === t;
    out.push({ index: out.length, raw, norm: normaliseFor(lang, raw), isTitle: headline });
  }
  return out;
}

function sentenceFacts(lex: Lexicon, s: Sentence, published: string | null, legalArticle: boolean): SentenceFacts {
  let found = findTriggers(lex, s.norm);
  // Counting casualties is costly; a sentence with no attack word needs it only if it speaks of dead or wounded.
  const casualties =
    found.length > 0 || TOLL_WORD.test(s.norm)
      ? findCasualtyCounts(s.norm, lex.lang)
      : { killed: null, injured: null, kidnapped: null, mentions: [] };
  if (found.length === 0) {
    // "At least 50 people died in Nasiriyah": a toll with no weapon word still reports violence.
    const toll = casualties.mentions.find((m) => (m.field === 'killed' || m.field === 'injured') && (m.value ?? 0) > 0);
    if (toll && !s.isTitle) found = [{ type: 'armed_attack', strong: false, start: toll.start, end: toll.end, fromToll: true }];
  }
  if (found.length === 0) {
    // Places still matter as context for later sentences, and "no casualties" for the report before.
    const noCasualties = hasCue(lex, 'no_casualties', s.norm);
    // …and a group's bare claim ("X claimed responsibility in a statement") for the report before.
    const actors = BARE_CLAIM.test(s.norm) ? findActors(lex, s.norm, []) : [];
    return { sentence: s, triggers: found, sites: findSites(lex, s.norm), dates: [], counts: [], noCasualties, actors, blocked: [] };
  }
  const sites = findSites(lex, s.norm);
  const dates = findDateMentions(s.norm, lex.lang, published);
  const triggers = keepTriggers(lex, s.norm, found, dates, published);
  // A figure inside a date ("July 11, 2023") is not a toll.
  const counts = casualties.mentions.filter((c) => !dates.some((d) => c.start < d.end && d.start < c.end));
  const noCasualties =
    hasCue(lex, 'no_casualties', s.norm) ||
    // (all figures zero, the wounded among them: "no one was killed" says nothing of the wounded)
    (counts.length > 0 && counts.every((m) => m.value === 0) && counts.some((m) => m.field === 'injured'));
  const actors = findActors(lex, s.norm, found);
  const blocked = blockReasons(lex, s.norm, triggers, dates, published, legalArticle);
  return { sentence: s, triggers, sites, dates, counts, noCasualties, actors, blocked };
}

const CARRY_SENTENCES = 1;

/**
 * "On Thursday, three explosions were heard in Amara. A source said a device blew up
 * near a house…": a report without its own day or place continues the sentence just
 * before it when that one spoke of the same kind of event.
 */
function carryOver(candidates: Candidate[]): Candidate[] {
  const bySentence = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = bySentence.get(c.sentenceIndex) ?? [];
    list.push(c);
    bySentence.set(c.sentenceIndex, list);
  }
  return candidates.map((c) => {
    if (c.date && c.where) return c;
    let prev: Candidate | undefined;
    for (let back = 1; back <= CARRY_SENTENCES && !prev; back++) {
      prev = bySentence.get(c.sentenceIndex - back)?.find((p) => familyOf(p.type) === familyOf(c.type));
    }
    if (!prev) return c;
    const where = c.where ?? (c.unplaceable ? null : prev.where);
    // "Militia attacked police in Basra. Two officers were killed.": the toll, now placed, stands.
    const figure = (c.killed ?? 0) > 0 || (c.injured ?? 0) > 0;
    const standalone = c.standalone || (where !== null && figure && familyOf(c.type) !== 'kidnapping');
    return { ...c, date: c.date ?? prev.date, where, standalone };
  });
}

export function runPipeline(article: Article): { published: string | null; incidents: Incident[] } {
  const text = cleanText(article.text);
  const title = cleanText(article.title ?? '');
  const published =
    typeof article.published === 'string' && ISO_DAY.test(article.published)
      ? article.published
      : findPublicationDate(`${title}\n${text}`);
  const lang = articleLang(article, `${title}\n${text}`);
  const lex = lexicon(lang);
  const sentences = toSentences(title, text, lang);
  const legalArticle = sentences.slice(0, 2).some((s) => lex.cues.legal(s.norm).length > 0);
  const facts = sentences.map((s) => sentenceFacts(lex, s, published, legalArticle));
  // A bare toll ("50 people died in Nasiriyah") reads as violence only in an article that names a weapon or an attack.
  if (!facts.some((f) => f.triggers.some((t) => t.strong))) {
    for (const f of facts) if (f.triggers.some((t) => t.fromToll)) f.triggers = f.triggers.filter((t) => !t.fromToll);
  }
  blockAccidentBlasts(facts);
  // Plain loops rather than flatMap here and below: V8's flatMap is generic and was a visible cost.
  const allSites: SiteMention[] = [];
  for (const f of facts) for (const site of f.sites) allSites.push(site);
  const votes = governorateVotes(allSites);

  // For each sentence, the last place named before it (computed once: linear).
  // Until the text names a site, a local outlet's dateline or the police command that reports
  // ("كربلاء - واع", "شرطة كربلاء") is the best guess of the governorate.
  const lastPlaceBefore: (ResolvedPlace | 'foreign' | null)[] = [];
  let current: ResolvedPlace | 'foreign' | null = null;
  let reporter: ResolvedPlace | null = null;
  for (const f of facts) {
    lastPlaceBefore.push(current ?? reporter);
    if (!reporter) {
      const local = f.sites.find((s) => (s.demoted === 'dateline' || s.demoted === 'job') && !s.foreign);
      const p = local ? choosePlace(local, f.sentence.norm, votes) : null;
      // (Not a Baghdad dateline: the capital hosts every national and wire bureau.)
      if (p && local && !(local.demoted === 'dateline' && p.gov === 'IQ-BG')) reporter = { ...resolvePlace(p, local), coarse: true };
    }
    if (f.sentence.raw.length < CONTEXT_MIN_CHARS && f.triggers.length === 0 && !f.sentence.isTitle) continue;
    if (f.blocked.length > 0) continue;
    const site = f.sites.find((s) => !s.demoted);
    if (!site) continue;
    if (site.foreign) current = 'foreign';
    else {
      const p = choosePlace(site, f.sentence.norm, votes);
      if (p) current = resolvePlace(p, site);
    }
  }
  const contextPlace = (index: number): ResolvedPlace | 'foreign' | null => lastPlaceBefore[index] ?? null;

  const ctx = { lang, lex, votes, published };
  const found: Candidate[] = [];
  for (const f of facts) for (const c of sentenceCandidates(f, ctx)) found.push(c);
  const candidates = carryOver(resolveAnchoredDays(found, published));
  const merged = mergeCandidates(candidates, contextPlace);
  applyTrailingNoCasualties(merged, facts);
  applyLeadNoCasualties(merged, facts);
  applyPluralClaims(merged, facts);
  applyBackReferenceClaims(merged, facts);
  applyStandaloneClaims(merged, facts);
  applyAbductorsToKilling(merged);
  const incidents: Incident[] = [];
  for (const m of merged.sort((a, b) => Math.min(...a.sentenceIndexes) - Math.min(...b.sentenceIndexes))) {
    const inc = finalizeIncident(m, sentences, published);
    if (inc) incidents.push(inc);
  }
  return { published, incidents };
}
