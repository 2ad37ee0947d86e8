import months from '@/data/lexicons/dates/months.json';
import weekdays from '@/data/lexicons/dates/weekdays.json';
import ordinals from '@/data/lexicons/dates/ordinals.json';
import relative from '@/data/lexicons/dates/relative.json';
import { normaliseArabic } from '@/lib/text/arabic';

const norm = (w: string) => normaliseArabic(w).trim().replace(/\s+/g, ' ');

function arMap(entries: Record<string, number>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [k, v] of Object.entries(entries)) m.set(norm(k), v);
  return m;
}

export const EN_MONTHS = new Map<string, number>(Object.entries(months.en));
export const AR_MONTHS = arMap(months.ar);
export const EN_WEEKDAYS = new Map<string, number>(Object.entries(weekdays.en));
export const AR_WEEKDAYS = arMap(weekdays.ar);

export const AR_ORDINAL_UNITS = arMap(ordinals.arUnits);
export const AR_ORDINAL_TEN = arMap(ordinals.arTen);
export const AR_ORDINAL_TENS = arMap(ordinals.arTens);
export const AR_TEEN_SUFFIX = norm(ordinals.arTeenSuffix);

export const AR_TIMES_OF_DAY = relative.arTimesOfDay.map(norm);
export const AR_NOT_TODAY_AFTER = relative.arNotToday.map(norm);
export const AR_NOT_TODAY_BEFORE = relative.arNotTodayBefore.map(norm);
export const AR_ANNOUNCE_VERBS = new Set(relative.arAnnounceVerbs.map(norm));
export const AR_CLAUSE_STARTERS = new Set(relative.arClauseStarters.map(norm));
export const EN_ANNOUNCE_VERBS = relative.enAnnounceVerbs;
export const EN_PUBLICATION_CUES = relative.enPublicationCues;
export const AR_PUBLICATION_CUES = relative.arPublicationCues.map(norm);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex alternation of words, longest first, spaces matching any run of whitespace. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /g, '\\s+'))
    .join('|');
}

/** English month names as written in news: Title case or upper case (never the verb "may"). */
export function englishMonthAlternation(): string {
  const forms: string[] = [];
  for (const m of EN_MONTHS.keys()) forms.push(m[0]!.toUpperCase() + m.slice(1), m.toUpperCase());
  return alternation(forms);
}

export function englishMonthNumber(word: string): number | undefined {
  return EN_MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
}

export function arabicMonthNumber(word: string): number | undefined {
  return AR_MONTHS.get(norm(word).replace(/^[وبل](?=..)/, '')) ?? AR_MONTHS.get(norm(word));
}

/** Arabic ordinal day words: الخامس = 5, الحادي عشر = 11, الخامس والعشرين = 25. */
export function arabicOrdinalDay(phrase: string): number | null {
  const words = norm(phrase).split(' ').filter((w) => w !== 'و');
  let total = 0;
  for (const raw of words) {
    const w = raw.replace(/^و/, '');
    const unit = AR_ORDINAL_UNITS.get(w) ?? AR_ORDINAL_UNITS.get('ال' + w);
    if (unit !== undefined) total += unit;
    else if (w === AR_TEEN_SUFFIX || w === AR_TEEN_SUFFIX + 'ه') total += 10;
    else if (AR_ORDINAL_TEN.has(w)) total += 10;
    else if (AR_ORDINAL_TENS.has(w)) total += AR_ORDINAL_TENS.get(w)!;
    else if (AR_ORDINAL_TENS.has('ال' + w)) total += AR_ORDINAL_TENS.get('ال' + w)!;
    else return null;
  }
  return total >= 1 && total <= 31 ? total : null;
}

/** English day-ordinal words, lower case: "fifth" = 5, "twenty-first" = 21, "thirtieth" = 30. */
const EN_ORDINAL_DAYS = new Map<string, number>([...Object.entries(ordinals.enTeens), ...Object.entries(ordinals.enTens)]);
for (const [unit, u] of Object.entries(ordinals.enUnits)) {
  EN_ORDINAL_DAYS.set(unit, u);
  for (const [tens, t] of Object.entries(ordinals.enTensPrefix)) {
    if (t + u <= 31) EN_ORDINAL_DAYS.set(`${tens}-${unit}`, t + u).set(`${tens} ${unit}`, t + u);
  }
}

export function englishOrdinalDay(word: string): number | null {
  return EN_ORDINAL_DAYS.get(word.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** Alternation matching English day-ordinal words in lower or Title case (validated by englishOrdinalDay). */
export function englishOrdinalAlternation(): string {
  const forms: string[] = [];
  for (const w of EN_ORDINAL_DAYS.keys()) forms.push(w, w[0]!.toUpperCase() + w.slice(1));
  return alternation(forms);
}

/** Alternation matching Arabic ordinal day words (validated by arabicOrdinalDay). */
export function arabicOrdinalAlternation(): string {
  const units = alternation(AR_ORDINAL_UNITS.keys());
  const tens = alternation([...AR_ORDINAL_TENS.keys()].map((w) => w.replace(/^ال/, '')));
  return `(?:${units})(?:\\s+${escape(AR_TEEN_SUFFIX)}|\\s+و\\s*ال(?:${tens}))?|${alternation(AR_ORDINAL_TEN.keys())}|${alternation(AR_ORDINAL_TENS.keys())}`;
}
