/**
 * The day a candidate takes from a date mention: announcements and datelines count as the
 * week of the report, a printed day is marked (it keeps reports of other days apart), and
 * a day more than a month old marks a background event.
 */
import type { DatePrecision } from '@/lib/codebook';
import type { DateMention } from '../dates';
import { daysBetween } from '../dates';
import type { Candidate } from '../types';

const OPENING_DAY = 12;
/** Codebook §1: an event more than this many days before publication is background, not news. */
export const BACKGROUND_DAYS = 30;

/** A date in a dateline ("JNN 25 May 2012 Baghdad :") is the day of the report, like an announcement. */
export function dateOf(d: DateMention, dateline: number): Candidate['date'] {
  const precision: DatePrecision =
    d.kind === 'announcement' || d.end <= dateline ? 'week' : d.precision === 'year' ? 'month' : d.precision;
  // A day printed as such ("on Thursday", "10 February") rather than told relatively ("last night").
  if (precision !== 'day' || (d.kind !== 'weekday' && d.kind !== 'absolute')) return { date: d.date, precision };
  // "On Thursday, three explosions…" opens a report of its own day.
  return { date: d.date, precision, printed: d.start <= OPENING_DAY ? 'opening' : 'inline' };
}

/** Dated more than a month before publication: background, never one report with a current one. */
export function isStale(date: Candidate['date'], published: string | null): boolean {
  return date !== null && published !== null && daysBetween(date.date, published) > BACKGROUND_DAYS;
}
