import { describe, expect, it } from 'vitest';
import { fillPeriods, periodEnd, periodStart } from '@/components/timeline/period-range';
import { choroplethClasses, choroplethColour, NO_DATA_COLOUR } from '@/components/map/choropleth';
import { dashboardHref, exportHref } from '@/components/dashboard-url';
import { parseIncidentFilter } from '@/lib/filter';

describe('timeline periods → date range', () => {
  it('maps day, ISO week (Monday) and month periods to inclusive from/to', () => {
    expect([periodStart('day', '2024-02-28'), periodEnd('day', '2024-02-28')]).toEqual(['2024-02-28', '2024-02-28']);
    expect([periodStart('week', '2024-12-30'), periodEnd('week', '2024-12-30')]).toEqual(['2024-12-30', '2025-01-05']);
    expect([periodStart('month', '2024-02'), periodEnd('month', '2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect(periodEnd('month', '2023-12')).toBe('2023-12-31');
  });

  it('fills quiet periods between the first and last bar', () => {
    expect(fillPeriods('month', '2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(fillPeriods('week', '2024-01-01', '2024-01-15')).toEqual(['2024-01-01', '2024-01-08', '2024-01-15']);
    expect(fillPeriods('day', '2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(fillPeriods('day', '2024-01-01', '2030-01-01', 10)).toHaveLength(10);
  });
});

describe('choropleth classes', () => {
  it('covers 1..max without gaps or overlaps and leaves 0 uncoloured', () => {
    for (const max of [1, 2, 3, 7, 100, 12345]) {
      const classes = choroplethClasses(max);
      expect(classes[0]!.min).toBe(1);
      expect(classes.at(-1)!.max).toBe(max);
      for (let i = 1; i < classes.length; i++) expect(classes[i]!.min).toBe(classes[i - 1]!.max + 1);
      expect(choroplethColour(0, classes)).toBe(NO_DATA_COLOUR);
      expect(choroplethColour(max, classes)).toBe(classes.at(-1)!.colour);
    }
    expect(choroplethClasses(0)).toEqual([]);
  });
});

describe('dashboard links', () => {
  it('carry the parsed filter, drop default paging, and round-trip through the parser', () => {
    const parsed = parseIncidentFilter(new URLSearchParams('governorate=IQ-DI&type=kidnapping&actor=isis&actorRole=perpetrator&from=2022-01-01&q=سيارة'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const href = dashboardHref(parsed.value, { page: 1, pageSize: 50, sort: 'date', dir: 'desc' });
    expect(href).not.toMatch(/page=|sort=|dir=/);
    const again = parseIncidentFilter(new URLSearchParams(href.slice(2)));
    expect(again).toEqual(parsed);
    expect(dashboardHref(parsed.value, { page: 3, sort: 'killed', dir: 'asc' })).toMatch(/page=3.*|sort=killed/);
    expect(exportHref('csv', parsed.value)).toBe(`/api/incidents/export.csv?${href.slice(2)}`);
    expect(dashboardHref({})).toBe('/');
  });
});
