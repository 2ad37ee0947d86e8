/**
 * Calendar arithmetic on YYYY-MM-DD strings. Dates are handled as whole UTC days so
 * that no time zone or daylight-saving shift can move a date; nothing reads the clock.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid YYYY-MM-DD, else null. */
export function toDayNumber(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isValidYmd(y, mo, d)) return null;
  return Date.UTC(y, mo - 1, d) / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  const t = new Date(day * MS_PER_DAY);
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

// Module level rather than a closure per call: it runs for every date candidate.
const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function ymd(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** b − a in whole days; NaN when either is not a valid YYYY-MM-DD. */
export function daysBetween(a: string, b: string): number {
  const da = toDayNumber(a);
  const db = toDayNumber(b);
  if (da === null || db === null) return Number.NaN;
  return db - da;
}

export function addDays(date: string, n: number): string {
  const d = toDayNumber(date);
  return d === null ? date : fromDayNumber(d + n);
}

/** 0 = Monday … 6 = Sunday (the codebook's weeks start on Monday). */
export function weekdayIndex(date: string): number {
  const d = toDayNumber(date);
  if (d === null) return 0;
  // 1970-01-01 was a Thursday (index 3).
  return (((d + 3) % 7) + 7) % 7;
}

/** The Monday of the week holding `date`; an invalid date comes back unchanged. */
export function mondayOf(date: string): string {
  const d = toDayNumber(date);
  if (d === null) return date;
  return fromDayNumber(d - weekdayIndex(date));
}

/** The latest day with this weekday (0 = Monday) on or before `date` (strictly before if `strict`). */
export function latestWeekdayOnOrBefore(date: string, weekday: number, strict = false): string {
  let back = (weekdayIndex(date) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(date, -back);
}

export function firstOfMonth(date: string, monthsBack = 0): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const index = y * 12 + (m - 1) - monthsBack;
  return ymd(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** YYYY-MM-DD for a real calendar day, else null (31 February, month 13). */
export function isoOrNull(year: number, month: number, day: number): string | null {
  return isValidYmd(year, month, day) ? ymd(year, month, day) : null;
}
