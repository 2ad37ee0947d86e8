/**
 * Stage 4: place mentions of a sentence, from the gazetteer, plus mentions of places
 * abroad. A mention is demoted — kept only as a fallback — when it is a reference
 * point rather than the site: after a direction phrase ("west of Baghdad", "غربي
 * بغداد", "27 km southeast of"), inside a job title or affiliation ("director of
 * Adhamiya passports", "شرطة كربلاء"), or in a dateline ("BAGHDAD —").
 */
import { findPlaceMentions, type Place } from '@/lib/gazetteer';
import type { Lexicon } from '../lexicon';
import type { Match } from '../lexicon/compile';
import type { SiteMention } from '../types';

const DIRECTION_WINDOW = 14;
const JOB_WINDOW = 16;
const ORIGIN_BEFORE = /(?:\bfrom|\bborders?(?: with)?|الحدود(?: مع)?|حدود|مع)\s*$/i;
const EN_AFFILIATION_AFTER = /^\s*(?:'s\s+)?(?:police|health|operations command|provincial council|governor|governorate council|security committee)/i;

function endsShortlyBefore(cues: Match[], start: number, window: number, text: string): boolean {
  return cues.some((c) => c.end <= start && start - c.end <= window && !/[.،,;؛:]/.test(text.slice(c.end, start)));
}

/** Where a dateline ("BAGHDAD —", "Basra [Iraq], Dec 7 (Xinhua):") ends, or 0. */
function datelineEnd(text: string): number {
  const m = /^[^\n.]{0,60}?(?:\s[-—–]\s|[-—–]\s|\):\s|:\s)/.exec(text);
  return m ? m[0].length : 0;
}

export function findSites(lex: Lexicon, norm: string): SiteMention[] {
  const directions = lex.cues.direction(norm);
  const jobs = lex.cues.job_title(norm);
  const dateline = lex.lang === 'en' ? datelineEnd(norm) : 0;
  const sites: SiteMention[] = [];
  for (const m of findPlaceMentions(norm, lex.lang)) {
    const places: Place[] = m.candidates;
    if (places.length === 0) continue;
    const demoted =
      endsShortlyBefore(directions, m.start, DIRECTION_WINDOW, norm) ||
      endsShortlyBefore(jobs, m.start, JOB_WINDOW, norm) ||
      m.end <= dateline ||
      (lex.lang === 'en' && EN_AFFILIATION_AFTER.test(norm.slice(m.end, m.end + 40)));
    sites.push({ start: m.start, end: m.end, places, demoted, foreign: false });
  }
  for (const f of lex.cues.foreign(norm)) {
    if (sites.some((s) => f.start < s.end && s.start < f.end)) continue;
    if (ORIGIN_BEFORE.test(norm.slice(Math.max(0, f.start - 16), f.start))) continue;
    sites.push({ start: f.start, end: f.end, places: [], demoted: false, foreign: true });
  }
  return sites.sort((a, b) => a.start - b.start);
}
