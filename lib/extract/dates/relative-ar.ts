import {
  AR_NOT_TODAY_AFTER,
  AR_NOT_TODAY_BEFORE,
  AR_TIMES_OF_DAY,
  AR_WEEKDAYS,
  alternation,
} from './lexicon';
import { candidate, lastWeekendFriday, mondayWeeksBack, monthStartBack, relativeDay, weekdayBefore, yearStart, type Candidate } from './candidate';
import { parseNumber } from '../numbers/parse';
import { AR_TENS, AR_UNITS } from '../numbers/lexicon';

/**
 * Arabic relative dates and weekday names (normal form of lib/text/arabic.ts), resolved
 * against the publication date: امس, ليله امس, اول امس, اليوم, فجر السبت, يوم الجمعه الماضي,
 * قبل ثلاثه ايام, الاسبوع الماضي, مطلع الشهر الجاري, العام الماضي.
 */

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const TOD = `(?:[وف]?(?:في\\s+|خلال\\s+)?(?:${alternation(AR_TIMES_OF_DAY)})\\s+)`;
const WD = `(?:${alternation(AR_WEEKDAYS.keys())})`;
const WD_TAIL = `(?:\\s*[،,]?\\s*\\(?\\s*${TOD}?[وف]?(?<wd>${WD})${E}\\s*\\)?)?`;
const NUMBER_WORD = alternation([...AR_UNITS.keys(), ...AR_TENS.keys()]);
const LAST = '(?:الماضي|الماضيه|المنصرم|المنصرمه|الفايت|الفايته|السابق)';
const CURRENT = '(?:الجاري|الحالي|الحاليه|الجاريه)';
const START = '(?:مطلع|بدايه|اوايل|اول|منتصف|خلال|في)';

// A multi-word name always contains its first word.
const WEEKDAY_CUES = [...AR_WEEKDAYS.keys()].map((w) => w.split(' ')[0]!);

/**
 * `cues`: words every match contains, at least one of them. A rule whose cues are all absent
 * from the text cannot match, and its regex (which starts with a lookbehind, so the engine
 * tries it at every position) is skipped: most sentences name no date at all.
 */
type Rule = { cues: readonly string[]; re: RegExp; resolve: (m: RegExpExecArray, published: string) => Candidate | null };
const span = (m: RegExpExecArray) => [m.index, m.index + m[0].length] as const;

const RULES: Rule[] = [
  {
    cues: ['امس'],
    re: new RegExp(`${B}${TOD}?[وف]?(?:اول\\s+(?:من\\s+)?امس|امس\\s+الاول)${E}`, 'gu'),
    resolve: (m, p) => candidate(...span(m), relativeDay(p, -2), 'day', 'relative'),
  },
  {
    cues: ['امس', 'ليله'],
    re: new RegExp(`${B}${TOD}?[وف]?(?:بال|ب|ال)?امس${E}(?!\\s+الاول)${WD_TAIL}|${B}[وف]?(?:في\\s+)?(?:الليله|ليله)\\s+الماضيه${E}`, 'gu'),
    resolve: (m, p) => candidate(...span(m), relativeDay(p, -1), 'day', 'relative'),
  },
  {
    cues: ['اليوم'],
    re: new RegExp(
      `${B}(?<!(?:${alternation(AR_NOT_TODAY_BEFORE)})\\s*)${TOD}?[وف]?اليوم${E}(?!\\s+(?:${alternation(AR_NOT_TODAY_AFTER)})${E})${WD_TAIL}`,
      'gu',
    ),
    resolve: (m, p) => candidate(...span(m), p, 'day', 'relative'),
  },
  {
    cues: ['قبل', 'منذ'],
    re: new RegExp(
      `${B}[وف]?(?:قبل|منذ)\\s+(?:(?:نحو|حوالي|قرابه|زهاء|اكثر\\s+من|اقل\\s+من)\\s+)?(?:(?<n>\\d{1,3}|${NUMBER_WORD})\\s+)?(?<unit>يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور|عام|عامين|اعوام|سنه|سنتين|سنوات)${E}(?!\\s*\\d)(?!\\s+من\\s+(?!الان${E}))`,
      'gu',
    ),
    resolve: (m, p) => {
      const g = m.groups ?? {};
      const unit = g.unit ?? '';
      const dual = /(?:ين|تين)$/.test(unit) && !/^(?:ايام)$/.test(unit);
      let n: number | null = g.n ? parseNumber(g.n, 'ar') : dual ? 2 : /^(?:يوم|اسبوع|شهر|عام|سنه)$/.test(unit) ? 1 : null;
      if (n === null || !Number.isInteger(n)) return null; // "قبل ايام": some days ago
      if (g.n && dual) n = 2;
      const [s, e] = span(m);
      if (unit.startsWith('يوم') || unit === 'ايام') return candidate(s, e, relativeDay(p, -n), 'day', 'relative');
      if (unit.startsWith('اسبوع') || unit === 'اسابيع') return candidate(s, e, relativeDay(p, -7 * n), 'week', 'relative');
      if (unit.startsWith('شهر') || unit === 'اشهر') return candidate(s, e, monthStartBack(p, n), 'month', 'relative');
      return candidate(s, e, yearStart(Number(p.slice(0, 4)) - n), 'year', 'relative');
    },
  },
  {
    // "عطله نهايه الاسبوع الماضي": Iraq's weekend is Friday–Saturday
    cues: ['نهايه'],
    re: new RegExp(`${B}[وفبل]?(?:(?:في|خلال)\\s+)?(?:عطله\\s+)?نهايه\\s+(?:ال)?اسبوع\\s+${LAST}${E}`, 'gu'),
    resolve: (m, p) => candidate(...span(m), lastWeekendFriday(p), 'week', 'relative'),
  },
  {
    cues: ['اسبوع'],
    re: new RegExp(`${B}[وفبل]?(?:${START}\\s+)?(?:ال)?اسبوع\\s+${LAST}${E}`, 'gu'),
    resolve: (m, p) => candidate(...span(m), mondayWeeksBack(p, 1), 'week', 'relative'),
  },
  {
    cues: ['اسبوع'],
    re: new RegExp(`${B}[وفبل]?(?:(?:${START}\\s+)?(?:هذا\\s+)?(?:ال)?اسبوع\\s+${CURRENT}|(?:${START}\\s+)?هذا\\s+الاسبوع|(?:مطلع|بدايه|اوايل)\\s+الاسبوع)${E}`, 'gu'),
    resolve: (m, p) => candidate(...span(m), mondayWeeksBack(p, 0), 'week', 'relative'),
  },
  {
    cues: ['شهر'],
    re: new RegExp(`${B}[وفبل]?(?:${START}\\s+)?(?:ال)?شهر\\s+${LAST}${E}`, 'gu'),
    resolve: (m, p) => candidate(...span(m), monthStartBack(p, 1), 'month', 'relative'),
  },
  {
    cues: ['شهر'],
    re: new RegExp(`${B}[وفبل]?(?:(?:${START}\\s+)?(?:هذا\\s+)?(?:ال)?شهر\\s+${CURRENT}|(?:${START}\\s+)?هذا\\s+الشهر|(?:مطلع|بدايه|اوايل)\\s+الشهر)${E}`, 'gu'),
    resolve: (m, p) => candidate(...span(m), monthStartBack(p, 0), 'month', 'relative'),
  },
  {
    cues: ['العام', 'السنه'],
    re: new RegExp(`${B}[وفبل]?(?:${START}\\s+)?(?:العام|السنه)\\s+${LAST}${E}`, 'gu'),
    resolve: (m, p) => candidate(...span(m), yearStart(Number(p.slice(0, 4)) - 1), 'year', 'relative'),
  },
  {
    cues: ['العام', 'السنه'],
    re: new RegExp(`${B}[وفبل]?(?:(?:${START}\\s+)?(?:العام|السنه)\\s+${CURRENT}|(?:${START}\\s+)?هذا\\s+العام|(?:مطلع|بدايه|اوايل)\\s+العام)${E}`, 'gu'),
    resolve: (m, p) => candidate(...span(m), yearStart(Number(p.slice(0, 4))), 'year', 'relative'),
  },
  {
    // "مساء الجمعه", "يوم الاحد الماضي", "فجر السبت"; not "الاحد عشر" (eleven)
    cues: WEEKDAY_CUES,
    re: new RegExp(`${B}${TOD}?[وفب]?(?<wd>${WD})(?:\\s+(?<rel>${LAST}|المقبل|القادم))?${E}(?!\\s+عشر)`, 'gu'),
    resolve: (m, p) => {
      const g = m.groups ?? {};
      if (g.rel === 'المقبل' || g.rel === 'القادم') return null;
      const wd = AR_WEEKDAYS.get(g.wd ?? '');
      if (wd === undefined) return null;
      return candidate(...span(m), weekdayBefore(p, wd, Boolean(g.rel)), 'day', 'weekday');
    },
  },
];

export function findRelativeDatesAr(text: string, published: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { cues, re, resolve } of RULES) {
    if (!cues.some((c) => text.includes(c))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const c = resolve(m, published);
      if (c) out.push(c);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}
