/**
 * A month named without a day ("in March", "في مارس/آذار الماضي"): a cue the date
 * module may leave unresolved. A month other than the publication month or the one
 * before it puts the event more than 30 days back — background (codebook §1).
 */
import type { Lang } from '../lexicon';

const AR_MONTHS: [string, number][] = [
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['ابريل', 4], ['نيسان', 4], ['مايو', 5], ['ايار', 5], ['يونيو', 6], ['يونيه', 6],
  ['حزيران', 6], ['يوليو', 7], ['يوليه', 7], ['تموز', 7], ['اغسطس', 8], ['سبتمبر', 9], ['ايلول', 9], ['اكتوبر', 10],
  ['تشرين الاول', 10], ['نوفمبر', 11], ['تشرين الثاني', 11], ['ديسمبر', 12], ['كانون الاول', 12], ['كانون الثاني', 1],
  ['شباط', 2], ['اذار', 3],
];
const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const AR_NAMES = AR_MONTHS.map(([n]) => n).sort((a, b) => b.length - a.length).join('|');
// Only where the word is clearly a month: after في/شهر/منذ… or before "/", "(" or الماضي.
const AR_RE = new RegExp(
  `(?:(?:في|شهر|منذ|خلال|مطلع|اواخر|اوائل|اوايل|منتصف|بداية|بدايه|نهاية|نهايه)\\s+(?:شهر\\s+)?(${AR_NAMES})(?![\\u0621-\\u064A])|(?<![\\u0621-\\u064A])(${AR_NAMES})\\s*(?:/|\\(|الماضي))`,
  'g',
);
const EN_RE = /\b(?:in|since|last|early|late|mid-?|during|earlier in)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/gi;

export interface MonthMention {
  start: number;
  end: number;
  month: number;
}

export function monthMentions(norm: string, lang: Lang): MonthMention[] {
  const out: MonthMention[] = [];
  const re = lang === 'ar' ? AR_RE : EN_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm)) !== null) {
    const name = (m[1] ?? m[2] ?? '').toLowerCase();
    const month = lang === 'ar' ? (AR_MONTHS.find(([n]) => n === name)?.[1] ?? 0) : EN_MONTHS.indexOf(name) + 1;
    // A day number next to it makes it a full date, which the date module resolves.
    const around = norm.slice(Math.max(0, m.index - 6), m.index + m[0].length + 6);
    if (month > 0 && !/[0-9]/.test(around)) out.push({ start: m.index, end: m.index + m[0].length, month });
  }
  return out;
}

/** True when the month cannot be the publication month or the one before it. */
export function monthIsBackground(month: number, published: string): boolean {
  const pub = Number(published.slice(5, 7));
  const prev = pub === 1 ? 12 : pub - 1;
  return month !== pub && month !== prev;
}
