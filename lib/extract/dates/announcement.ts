import { AR_ANNOUNCE_VERBS, AR_CLAUSE_STARTERS, EN_ANNOUNCE_VERBS, alternation } from './lexicon';
import type { Candidate } from './candidate';

/**
 * Is this day the day an official spoke rather than the day of the event? Codebook §5:
 * "police said on Saturday" dates the incident to that day with precision week. The day
 * must hang on a reporting verb: "said on Saturday", "the ministry on Monday announced",
 * اعلنت خليه الاعلام الامني اليوم الاحد — but not "قال مصدر ان مسلحين هاجموا يوم السبت".
 */

const EN_VERB = `(?:${alternation(EN_ANNOUNCE_VERBS)})`;
const EN_BEFORE = new RegExp(
  `\\b(?:${EN_VERB}(?:\\s+(?:in|on|at)\\s+(?:an?\\s+|the\\s+)?(?:statement|press\\s+release|news\\s+conference|press\\s+conference|interview|briefing))?|told\\s+[^,.;"“”]{1,40}?)\\s*,?\\s*(?:on\\s+|late\\s+|early\\s+)*$`,
  'i',
);
const EN_AFTER = new RegExp(`^\\s*,?\\s*${EN_VERB}\\b`, 'i');
const SENTENCE_END = /[.!?؟\n]/g;

function clauseBefore(text: string, start: number, width: number): string {
  const from = Math.max(0, start - width);
  const window = text.slice(from, start);
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) cut = m.index + 1;
  return window.slice(cut);
}

const stripConj = (w: string) => (w.length > 2 ? w.replace(/^[وف]/, '') : w);

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Is the end of `clause` inside an open quotation? (A quoted agency name «شفق نيوز» is closed.) */
function insideQuote(clause: string): boolean {
  return count(clause, /«/g) > count(clause, /»/g) || count(clause, /“/g) > count(clause, /”/g) || count(clause, /"/g) % 2 === 1;
}

function arabicAnnouncement(text: string, c: Candidate): boolean {
  const clause = clauseBefore(text, c.start, 90);
  if (insideQuote(clause)) return false;
  const words = clause
    .split(/[\s،,:()«»"“”]+/)
    .filter(Boolean);
  for (let i = words.length - 1; i >= 0 && i >= words.length - 9; i--) {
    const w = words[i] as string;
    if (AR_CLAUSE_STARTERS.has(w) || AR_CLAUSE_STARTERS.has(stripConj(w))) return false;
    if (AR_ANNOUNCE_VERBS.has(w) || AR_ANNOUNCE_VERBS.has(stripConj(w))) return true;
  }
  const after = text.slice(c.end, c.end + 30).split(/[\s،,]+/).filter(Boolean)[0] ?? '';
  return AR_ANNOUNCE_VERBS.has(stripConj(after)) || AR_ANNOUNCE_VERBS.has(after);
}

function englishAnnouncement(text: string, c: Candidate): boolean {
  const clause = clauseBefore(text, c.start, 90);
  if (insideQuote(clause)) return false;
  if (EN_BEFORE.test(clause)) return true;
  return EN_AFTER.test(text.slice(c.end, c.end + 40));
}

/** Marks day-level weekday/relative mentions that date an announcement. */
export function markAnnouncements(text: string, lang: 'ar' | 'en', candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.precision !== 'day' || (c.kind !== 'weekday' && c.kind !== 'relative')) return c;
    const isAnnouncement = lang === 'ar' ? arabicAnnouncement(text, c) : englishAnnouncement(text, c);
    return isAnnouncement ? { ...c, kind: 'announcement', precision: 'week' } : c;
  });
}
