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
import { blockReasons } from './stages/filters';
import { sentenceCandidates } from './stages/candidates';
import { mergeCandidates } from './stages/merge';
import { finalizeIncident } from './stages/finalize';
import { choosePlace, governorateVotes, resolvePlace } from './stages/resolve-place';
import type { ResolvedPlace, Sentence, SentenceFacts } from './types';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
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
    out.push({ index: out.length, raw, norm: normaliseFor(lang, raw), isTitle: out.length === 0 });
  }
  return out;
}

function sentenceFacts(lex: Lexicon, s: Sentence, published: string | null): SentenceFacts {
  const triggers = findTriggers(lex, s.norm);
  if (triggers.length === 0) {
    // Places still matter as context for later sentences; nothing else does.
    return { sentence: s, triggers, sites: findSites(lex, s.norm), dates: [], counts: [], noCasualties: false, actors: [], blocked: [] };
  }
  const sites = findSites(lex, s.norm);
  const dates = findDateMentions(s.norm, lex.lang, published);
  const casualties = findCasualtyCounts(s.norm, lex.lang);
  const noCasualties =
    hasCue(lex, 'no_casualties', s.norm) ||
    (casualties.mentions.length > 0 && casualties.mentions.every((m) => m.value === 0));
  const actors = findActors(lex, s.norm, triggers);
  const blocked = blockReasons(lex, s.norm, triggers, dates, published);
  return { sentence: s, triggers, sites, dates, counts: casualties.mentions, noCasualties, actors, blocked };
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
  const facts = sentences.map((s) => sentenceFacts(lex, s, published));
  const votes = governorateVotes(facts.flatMap((f) => f.sites));

  const contextPlace = (index: number): ResolvedPlace | null => {
    for (let i = index - 1; i >= 0; i--) {
      const f = facts[i];
      if (!f || (f.sentence.raw.length < CONTEXT_MIN_CHARS && f.triggers.length === 0 && !f.sentence.isTitle)) continue;
      if (f.blocked.length > 0) continue;
      const site = f.sites.find((s) => !s.demoted && !s.foreign);
      if (!site) continue;
      const p = choosePlace(site, f.sentence.norm, votes);
      if (p) return resolvePlace(p);
    }
    return null;
  };

  const candidates = facts.flatMap((f) => sentenceCandidates(f, { lang, votes }));
  const merged = mergeCandidates(candidates, contextPlace);
  const incidents: Incident[] = [];
  for (const m of merged.sort((a, b) => Math.min(...a.sentenceIndexes) - Math.min(...b.sentenceIndexes))) {
    const inc = finalizeIncident(m, sentences, published);
    if (inc) incidents.push(inc);
  }
  return { published, incidents };
}
