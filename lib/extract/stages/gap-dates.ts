/**
 * An event dated by its distance from another one in the same sentence: "a reporter who
 * was gunned down outside his home two days earlier", "جاءت الضربة بعد نحو أسبوعين من
 * هجوم صاروخي…" (the attack came two weeks before the strike). The day is the
 * sentence's other day minus the gap, else the day of the report told before it (resolved
 * in anchored-days.ts), else the publication day.
 */
import type { DatePrecision } from '@/lib/codebook';
import { addDays } from '../dates/calendar';
import type { Lang } from '../lexicon';
import { countOf } from '../numbers';

export interface Gap {
  days: number;
  precision: DatePrecision;
}

const AR_UNITS: Record<string, [number, DatePrecision]> = {
  يوم: [1, 'day'], يومين: [2, 'day'], اسبوع: [7, 'week'], اسبوعين: [14, 'week'], شهر: [30, 'month'], شهرين: [60, 'month'],
};

// After the attack word: "…gunned down outside his home two days earlier".
const EN_AFTER = /^[^.;,]{0,50}?\b(a|an|one|two|three|four|five|six|seven|ten|[0-9]+)\s+(days?|weeks?|months?|years?)\s+(?:earlier|before)\b(?!\s+(?:the|his|her|their|its|a|an)\b)/i;
// Before the attack word: "two weeks after an attack", "بعد نحو أسبوعين من هجوم".
const EN_BEFORE = /\b(a|an|one|two|three|four|five|six|seven|ten|[0-9]+)\s+(days?|weeks?|months?|years?)\s+after\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}$/i;
const AR_BEFORE =
  /(?:^|\s)بعد\s+(?:نحو\s+|قرابه\s+|حوالي\s+|اقل من\s+|اكثر من\s+)?(?:(ثلاثه|اربعه|خمسه|سته|عشره)\s+(ايام|اسابيع)|(يوم|يومين|اسبوع|اسبوعين|شهر|شهرين))\s+(?:من|علي)\s+(?:\S+\s+){0,1}$/;

function enGap(count: string, unit: string): Gap | null {
  const n = countOf(count, 'en');
  if (n <= 0) return null;
  if (/^year/i.test(unit)) return { days: n * 365, precision: 'month' };
  if (/^month/i.test(unit)) return { days: n * 30, precision: 'month' };
  const week = /^week/i.test(unit);
  return { days: week ? n * 7 : n, precision: week ? 'week' : 'day' };
}

/** The gap stated around the attack word at [start, end), or null. */
export function gapAround(norm: string, start: number, end: number, lang: Lang): Gap | null {
  if (lang === 'en') {
    const after = EN_AFTER.exec(norm.slice(end, end + 90));
    if (after) return enGap(after[1]!, after[2]!);
    const before = EN_BEFORE.exec(norm.slice(Math.max(0, start - 60), start));
    return before ? enGap(before[1]!, before[2]!) : null;
  }
  const m = AR_BEFORE.exec(norm.slice(Math.max(0, start - 50), start));
  if (!m) return null;
  if (m[3]) {
    const unit = AR_UNITS[m[3]];
    return unit ? { days: unit[0], precision: unit[1] } : null;
  }
  const n = countOf(m[1]!, 'ar');
  return n > 0 ? { days: m[2] === 'اسابيع' ? n * 7 : n, precision: m[2] === 'اسابيع' ? 'week' : 'day' } : null;
}

export function dateBefore(reference: string, gap: Gap): { date: string; precision: DatePrecision } {
  return { date: addDays(reference, -gap.days), precision: gap.precision };
}
