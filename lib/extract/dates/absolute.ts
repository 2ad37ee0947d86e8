import {
  AR_MONTHS,
  alternation,
  arabicMonthNumber,
  arabicOrdinalAlternation,
  arabicOrdinalDay,
  englishMonthAlternation,
  englishMonthNumber,
  englishOrdinalAlternation,
  englishOrdinalDay,
} from './lexicon';
import { candidate, dayMonthBefore, monthBefore, numericDate, yearStart, type Candidate } from './candidate';
import { isoOrNull, ymd } from './calendar';

/**
 * Explicit dates: "5 January 2022", "January 5", "في الخامس من كانون الثاني", "10/يناير/2022",
 * "2022-01-10", "10-01-2022", "March 2015", "in 2014", "نهايه عام 2017". A date without a year
 * takes the publication year, or the year before when that would fall after publication.
 */

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const YEAR = '(?:19|20)\\d\\d';

const AR_MONTH = `(?:${alternation(AR_MONTHS.keys())})`;
const AR_MONTH_PAIR = `[وبل]?(?<month>${AR_MONTH})(?:\\s*[\\/\\-]\\s*(?:${AR_MONTH}))?`;
const AR_YEAR_TAIL = `(?:\\s*[\\/\\-.,،]?\\s*(?:(?:من\\s+)?(?:عام|العام|سنه|لعام)\\s+)?(?<year>${YEAR})(?:\\s*م${E})?)`;

const AR_DMY = new RegExp(
  `${B}(?<day>\\d{1,2}|${arabicOrdinalAlternation()})(?:\\s*[\\/\\-.]\\s*|\\s+(?:من\\s+)?(?:شهر\\s+)?|\\s*(?=[وبل]?${AR_MONTH}))${AR_MONTH_PAIR}${AR_YEAR_TAIL}?(?:\\s+(?:الماضي|المنصرم|الفايت))?(?!\\p{L})(?!\\d)`,
  'gu',
);
const AR_MY = new RegExp(`${B}(?:شهر\\s+)?${AR_MONTH_PAIR}\\s*[,،]?\\s*(?:(?:من\\s+)?(?:عام|العام|سنه)\\s+)?(?<year>${YEAR})${E}`, 'gu');
const AR_MONTH_ONLY = new RegExp(
  `${B}(?:(?:[وبلف]?شهر\\s+${AR_MONTH_PAIR}(?:\\s+(?<last1>الماضي|المنصرم|الفايت))?)|(?:[وبل]?(?<month2>${AR_MONTH})\\s+(?<last2>الماضي|المنصرم|الفايت)))${E}`,
  'gu',
);
const AR_YEAR = new RegExp(
  `${B}(?:[وف]?(?:في|خلال|منذ|مطلع|نهايه|اواخر|اوايل|منتصف|بدايه|اواسط|حتي|عام|العام|سنه|السنه|لعام)\\s+)*(?:عام|العام|سنه|السنه|منذ|لعام)\\s+(?<year>${YEAR})(?:\\s*م)?${E}`,
  'gu',
);

const EN_MONTH = `(?:${englishMonthAlternation()})`;
const EN_DMY = new RegExp(
  `\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?,?\\s+(?<month>${EN_MONTH})\\b\\.?(?:,?\\s+(?<year>${YEAR})\\b)?`,
  'g',
);
const EN_MDY = new RegExp(`\\b(?<month>${EN_MONTH})\\b\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)(?:,?\\s+(?<year>${YEAR})\\b)?`, 'g');
// Day-ordinal words need "the … of" or a month right before them: "the second attack" is no date.
const EN_ORD = englishOrdinalAlternation();
const EN_ORD_DMY = new RegExp(`\\b[Tt]he\\s+(?<day>${EN_ORD})\\s+of\\s+(?<month>${EN_MONTH})\\b\\.?(?:,?\\s+(?<year>${YEAR})\\b)?`, 'g');
const EN_ORD_MDY = new RegExp(`\\b(?<month>${EN_MONTH})\\b\\.?\\s+(?:the\\s+)?(?<day>${EN_ORD})\\b(?:,?\\s+(?<year>${YEAR})\\b)?`, 'g');
const EN_MY = new RegExp(`\\b(?<month>${EN_MONTH})\\b\\.?,?\\s+(?<year>${YEAR})\\b`, 'g');
const EN_MONTH_ONLY = new RegExp(
  `\\b(?<cue>[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|[Uu]ntil|[Bb]y|[Ff]rom|[Ll]ast|[Tt]his|mid-|[Ee]nd of|[Bb]eginning of|[Ss]tart of)\\s*(?<month>${EN_MONTH})\\b(?!\\.?\\s*\\d)`,
  'g',
);
const EN_YEAR = new RegExp(
  `\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]hrough|[Bb]y|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]nd of|[Tt]he end of|[Bb]eginning of|[Ss]tart of|[Ss]ummer of|[Ss]pring of|[Aa]utumn of|[Ff]all of|[Ww]inter of|[Yy]ear)\\s*(?<year>${YEAR})\\b(?![,.]?\\d)`,
  'g',
);

const NUMERIC_DMY = /(?<![\d.\/-])(\d{1,2})\s*([\/\-.])\s*(\d{1,2})\s*\2\s*((?:19|20)\d\d)(?!\d)/g;
const NUMERIC_YMD = /(?<![\d.\/-])((?:19|20)\d\d)\s*([\/\-.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)/g;

// Cheap necessary conditions: every pattern above needs a digit or a month name (most need
// both), and most sentences have neither. These tests run once per text instead of trying a
// dozen lookbehind-led patterns at every position.
const ANY_DIGIT = /[0-9]/;
const ANY_AR_MONTH = new RegExp(AR_MONTH, 'u');
const ANY_EN_MONTH = new RegExp(EN_MONTH);

const end = (m: RegExpExecArray) => m.index + m[0].length;

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

function dayMonthYear(day: number | null, month: number | undefined, yearText: string | undefined, published: string | null) {
  if (day === null || month === undefined) return null;
  if (yearText !== undefined) return isoOrNull(Number(yearText), month, day);
  return dayMonthBefore(day, month, published);
}

export function findAbsoluteDates(text: string, lang: 'ar' | 'en', published: string | null): Candidate[] {
  const out: (Candidate | null)[] = [];
  const digit = ANY_DIGIT.test(text);
  const arMonth = lang === 'ar' && ANY_AR_MONTH.test(text);
  const enMonth = ANY_EN_MONTH.test(text);
  if (!digit && !arMonth && !enMonth) return [];

  if (digit) {
    for (const m of matches(NUMERIC_DMY, text)) {
      out.push(candidate(m.index, end(m), numericDate(Number(m[1]), Number(m[3]), Number(m[4]), published), 'day', 'absolute'));
    }
    for (const m of matches(NUMERIC_YMD, text)) {
      out.push(candidate(m.index, end(m), isoOrNull(Number(m[1]), Number(m[3]), Number(m[4])), 'day', 'absolute'));
    }
  }
  if (arMonth) {
    for (const m of matches(AR_DMY, text)) {
      const g = m.groups ?? {};
      const dayText = g.day ?? '';
      const day = /^\d/.test(dayText) ? Number(dayText) : arabicOrdinalDay(dayText);
      out.push(candidate(m.index, end(m), dayMonthYear(day, arabicMonthNumber(g.month ?? ''), g.year, published), 'day', 'absolute'));
    }
    for (const m of digit ? matches(AR_MY, text) : []) {
      const month = arabicMonthNumber(m.groups?.month ?? '');
      out.push(candidate(m.index, end(m), month ? ymd(Number(m.groups?.year), month, 1) : null, 'month', 'absolute'));
    }
    for (const m of matches(AR_MONTH_ONLY, text)) {
      const g = m.groups ?? {};
      const month = arabicMonthNumber(g.month ?? g.month2 ?? '');
      const strict = Boolean(g.last1 ?? g.last2);
      out.push(candidate(m.index, end(m), month ? monthBefore(month, published, strict) : null, 'month', 'absolute'));
    }
  }
  if (lang === 'ar' && digit) {
    for (const m of matches(AR_YEAR, text)) {
      out.push(candidate(m.index, end(m), yearStart(Number(m.groups?.year)), 'year', 'absolute'));
    }
  }
  // English patterns run on Arabic text too: Arabic articles quote English datelines.
  for (const re of enMonth && digit ? [EN_DMY, EN_MDY] : []) {
    for (const m of matches(re, text)) {
      const g = m.groups ?? {};
      out.push(candidate(m.index, end(m), dayMonthYear(Number(g.day), englishMonthNumber(g.month ?? ''), g.year, published), 'day', 'absolute'));
    }
  }
  for (const re of enMonth ? [EN_ORD_DMY, EN_ORD_MDY] : []) {
    for (const m of matches(re, text)) {
      const g = m.groups ?? {};
      // "May first" is as often the verb "may"; only the day-of form counts for it
      if (re === EN_ORD_MDY && /^may$/i.test(g.month ?? '')) continue;
      out.push(candidate(m.index, end(m), dayMonthYear(englishOrdinalDay(g.day ?? ''), englishMonthNumber(g.month ?? ''), g.year, published), 'day', 'absolute'));
    }
  }
  for (const m of enMonth && digit ? matches(EN_MY, text) : []) {
    const month = englishMonthNumber(m.groups?.month ?? '');
    out.push(candidate(m.index, end(m), month ? ymd(Number(m.groups?.year), month, 1) : null, 'month', 'absolute'));
  }
  if (lang === 'en' && enMonth) {
    for (const m of matches(EN_MONTH_ONLY, text)) {
      const g = m.groups ?? {};
      const month = englishMonthNumber(g.month ?? '');
      // "May" alone is too often the verb; it needs a day or a year
      if (!month || /^may$/i.test(g.month ?? '')) continue;
      out.push(candidate(m.index, end(m), monthBefore(month, published, /^last$/i.test(g.cue ?? '')), 'month', 'absolute'));
    }
  }
  if (lang === 'en' && digit) {
    for (const m of matches(EN_YEAR, text)) {
      out.push(candidate(m.index, end(m), yearStart(Number(m.groups?.year)), 'year', 'absolute'));
    }
  }
  return out.filter((c): c is Candidate => c !== null);
}
