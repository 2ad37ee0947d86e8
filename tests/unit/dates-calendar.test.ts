import { describe, expect, it } from 'vitest';
import { daysBetween, mondayOf } from '@/lib/extract/dates';
import { addDays, firstOfMonth, latestWeekdayOnOrBefore, weekdayIndex } from '@/lib/extract/dates/calendar';

describe('calendar arithmetic', () => {
  it('daysBetween is b - a in whole days, across months, years and leap days', () => {
    expect(daysBetween('2022-01-10', '2022-01-10')).toBe(0);
    expect(daysBetween('2022-01-03', '2022-01-10')).toBe(7);
    expect(daysBetween('2022-01-10', '2022-01-03')).toBe(-7);
    expect(daysBetween('2021-12-28', '2022-01-03')).toBe(6);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
  });

  it('daysBetween gives NaN for malformed or impossible dates', () => {
    expect(daysBetween('2022-02-30', '2022-03-01')).toBeNaN();
    expect(daysBetween('yesterday', '2022-03-01')).toBeNaN();
  });

  it('mondayOf returns the Monday of the week (weeks start on Monday)', () => {
    expect(mondayOf('2022-01-10')).toBe('2022-01-10'); // Monday
    expect(mondayOf('2022-01-16')).toBe('2022-01-10'); // Sunday belongs to the week before
    expect(mondayOf('2022-01-13')).toBe('2022-01-10');
    expect(mondayOf('2021-01-01')).toBe('2020-12-28'); // across a year
    expect(mondayOf('not a date')).toBe('not a date');
  });

  it('weekday helpers', () => {
    expect(weekdayIndex('2022-01-10')).toBe(0);
    expect(weekdayIndex('2022-01-16')).toBe(6);
    expect(latestWeekdayOnOrBefore('2022-01-10', 0)).toBe('2022-01-10');
    expect(latestWeekdayOnOrBefore('2022-01-10', 0, true)).toBe('2022-01-03');
    expect(latestWeekdayOnOrBefore('2022-01-10', 6)).toBe('2022-01-09');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
    expect(firstOfMonth('2022-01-15', 1)).toBe('2021-12-01');
    expect(firstOfMonth('2022-03-15', 0)).toBe('2022-03-01');
  });
});
