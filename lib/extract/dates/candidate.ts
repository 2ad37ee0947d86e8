import type { DateMention, Precision } from './types';
import { addDays, firstOfMonth, isoOrNull, latestWeekdayOnOrBefore, mondayOf, toDayNumber, ymd } from './calendar';

/** A date expression found in the scanned (normalised) text; offsets are into that text. */
export type Candidate = Omit<DateMention, 'surface'>;

export function candidate(
  start: number,
  end: number,
  date: string | null,
  precision: Precision,
  kind: DateMention['kind'],
): Candidate | null {
  return date === null ? null : { start, end, date, precision, kind };
}

/** A day and month without a year: the latest such date on or before publication. */
export function dayMonthBefore(day: number, month: number, published: string | null): string | null {
  if (published === null) return null;
  const year = Number(published.slice(0, 4));
  const same = isoOrNull(year, month, day);
  if (same !== null && same <= published) return same;
  return isoOrNull(year - 1, month, day);
}

/** A month without a year: its first day, in the latest such month on or before publication. */
export function monthBefore(month: number, published: string | null, strictlyBefore = false): string | null {
  if (published === null) return null;
  const year = Number(published.slice(0, 4));
  const pubMonth = Number(published.slice(5, 7));
  const y = month < pubMonth || (month === pubMonth && !strictlyBefore) ? year : year - 1;
  return ymd(y, month, 1);
}

/** A numeric date a/b/yyyy: day-first (Iraqi and Arab press), month-first only when that is the one that fits. */
export function numericDate(a: number, b: number, year: number, published: string | null): string | null {
  const dayFirst = isoOrNull(year, b, a);
  const monthFirst = isoOrNull(year, a, b);
  if (dayFirst && monthFirst && published && dayFirst > published && monthFirst <= published) return monthFirst;
  return dayFirst ?? monthFirst;
}

export const relativeDay = (published: string, days: number) => addDays(published, days);
export const weekdayBefore = (published: string, weekday: number, strict: boolean) =>
  latestWeekdayOnOrBefore(published, weekday, strict);
/**
 * "Last weekend": the Friday opening the latest Friday–Saturday weekend (Iraq's) that is over
 * before publication; a weekend still under way on a Saturday is not "last".
 */
export function lastWeekendFriday(published: string): string {
  const friday = latestWeekdayOnOrBefore(published, FRIDAY, true);
  return addDays(friday, 1) < published ? friday : addDays(friday, -7);
}
const FRIDAY = 4; // weekdays count from Monday = 0 (data/lexicons/dates/weekdays.json)

export const mondayWeeksBack = (published: string, weeks: number) => addDays(mondayOf(published), -7 * weeks);
export const monthStartBack = (published: string, months: number) => firstOfMonth(published, months);
export const yearStart = (year: number) => (year >= 1 && year <= 9999 ? ymd(year, 1, 1) : null);

export function isIsoDate(s: string | null): s is string {
  return typeof s === 'string' && toDayNumber(s) !== null;
}
