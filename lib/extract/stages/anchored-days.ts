/**
 * Days told relative to the event reported just before, not to the publication date:
 * "A day earlier, an IED went off…", "Earlier in the day, a sticky bomb…", "وقبل ذلك
 * بيوم…", "وفي اليوم التالي…". Such a phrase both dates the report (the earlier event's
 * day plus the offset) and says it is another event than the one before it.
 */
import type { DatePrecision } from '@/lib/codebook';
import { addDays } from '../dates/calendar';
import type { Lang } from '../lexicon';
import { countOf } from '../numbers';
import type { Candidate } from '../types';

const AR_COUNT: Record<string, number> = { يوم: 1, بيوم: 1, يومين: 2, بيومين: 2, ثلاثه: 3, بثلاثه: 3, اربعه: 4, باربعه: 4 };

// Only near the opening of a sentence: further in, the phrase usually qualifies another clause.
const OPENING = 48;

const EN_SAME_DAY = /\b(?:earlier|later)\s+(?:in|on)\s+the\s+(?:same\s+)?day\b|\b(?:earlier|later)\s+that\s+day\b|\bon\s+the\s+same\s+day\b/i;
const EN_SHIFT = /\b(a|one|two|three|four|five|six|[0-9])\s+days?\s+(earlier|before|later|after(?:wards)?)\b(?!\s+(?:the|his|her|their|its)\b)/i;
const EN_NEIGHBOUR = /\bthe\s+(?:day|night)\s+before\b|\bthe\s+previous\s+(?:day|night)\b|\bthe\s+(?:next|following)\s+(?:day|morning)\b/i;
const AR_SAME_DAY = /(?:^|\s)(?:و)?في\s+وقت\s+(?:سابق|لاحق)\s+من\s+(?:اليوم|النهار)\s+(?:ذاته|نفسه)?/;
const AR_SHIFT = /(?:^|\s)(?:و)?(قبل|بعد)\s+ذلك\s+(بيوم|بيومين|بثلاثه|باربعه)(?:\s|$|[،,])/;
const AR_NEIGHBOUR = /(?:^|\s)(?:و)?(?:في\s+)?(?:صباح\s+|مساء\s+|ليله\s+)?اليوم\s+(السابق|التالي)(?:\s|$|[،,])/;

/** The day offset an opening phrase gives relative to the event before, or null. */
export function anchoredDayOffset(norm: string, lang: Lang): number | null {
  const head = norm.slice(0, OPENING);
  if (lang === 'en') {
    if (EN_SAME_DAY.test(head)) return 0;
    const shift = EN_SHIFT.exec(head);
    if (shift) {
      const n = countOf(shift[1]!, 'en');
      if (n > 0) return /^(?:earlier|before)$/i.test(shift[2]!) ? -n : n;
    }
    const neighbour = EN_NEIGHBOUR.exec(head);
    if (neighbour) return /before|previous/i.test(neighbour[0]) ? -1 : 1;
    return null;
  }
  if (AR_SAME_DAY.test(head)) return 0;
  const shift = AR_SHIFT.exec(head);
  if (shift) {
    const n = AR_COUNT[shift[2]!] ?? 1;
    return shift[1] === 'قبل' ? -n : n;
  }
  const neighbour = AR_NEIGHBOUR.exec(head);
  if (neighbour) return neighbour[1] === 'السابق' ? -1 : 1;
  return null;
}

const LOOK_BACK_SENTENCES = 4;

/**
 * Gives each anchored report without a day of its own the day of the nearest dated
 * report before it (within a few sentences) shifted by its offset.
 */
export function resolveAnchoredDays(candidates: Candidate[], published: string | null): Candidate[] {
  return candidates.map((c, i) => {
    if (c.gapBack && !c.date) return counted(candidates, i, c.gapBack, published);
    if (c.dayOffset === undefined || c.date) return c;
    for (let j = i - 1; j >= 0; j--) {
      const prev = candidates[j]!;
      if (c.sentenceIndex - prev.sentenceIndex > LOOK_BACK_SENTENCES) break;
      if (prev.sentenceIndex === c.sentenceIndex || !prev.date || prev.date.precision !== 'day') continue;
      return { ...c, date: { date: addDays(prev.date.date, c.dayOffset), precision: 'day' } };
    }
    return c;
  });
}

/** A gap counted back from the last report dated to the day before it, else from the publication day. */
function counted(candidates: Candidate[], i: number, gap: { days: number; precision: DatePrecision }, published: string | null): Candidate {
  const c = candidates[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const prev = candidates[j]!;
    if (prev.sentenceIndex === c.sentenceIndex || !prev.date || prev.date.precision !== 'day') continue;
    return { ...c, date: { date: addDays(prev.date.date, -gap.days), precision: gap.precision } };
  }
  return published ? { ...c, date: { date: addDays(published, -gap.days), precision: gap.precision === 'day' ? 'week' : gap.precision } } : c;
}
