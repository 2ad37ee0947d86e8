import { describe, expect, it } from 'vitest';
import { patchedDashboardHref } from '@/components/dashboard-url';
import { readDashboardParams } from '@/components/dashboard-params';
import { parseIncidentFilter, parsePageRequest } from '@/lib/filter';

const paramsOf = (href: string) => new URL(href, 'http://x').searchParams;

describe('patchedDashboardHref (map and timeline clicks)', () => {
  it('adds a governorate and keeps sort, direction, page size and other filters, dropping only page', () => {
    const href = patchedDashboardHref('?type=bombing&sort=killed&dir=asc&pageSize=10&page=3', { add: { governorate: 'IQ-NI' } });
    const p = paramsOf(href);
    expect(p.getAll('governorate')).toEqual(['IQ-NI']);
    expect(p.get('type')).toBe('bombing');
    expect([p.get('sort'), p.get('dir'), p.get('pageSize')]).toEqual(['killed', 'asc', '10']);
    expect(p.has('page')).toBe(false);
    // What it produces is a URL the one filter accepts.
    expect(parseIncidentFilter(p).ok && parsePageRequest(p).ok).toBe(true);
  });

  it('does not repeat a governorate already present in either list form', () => {
    for (const search of ['?governorate=IQ-BG&governorate=IQ-NI', '?governorate=IQ-BG,IQ-NI']) {
      const p = paramsOf(patchedDashboardHref(search, { add: { governorate: 'IQ-NI' } }));
      expect(p.getAll('governorate').flatMap((v) => v.split(','))).toEqual(['IQ-BG', 'IQ-NI']);
    }
    expect(paramsOf(patchedDashboardHref('?governorate=IQ-BG', { add: { governorate: 'IQ-NI' } })).getAll('governorate')).toEqual(['IQ-BG', 'IQ-NI']);
  });

  it('replaces single-valued parameters (the timeline brush) and keeps the rest', () => {
    const p = paramsOf(patchedDashboardHref('?from=2020-01-01&sort=type&page=2', { set: { from: '2021-03-01', to: '2021-03-31' } }));
    expect([p.get('from'), p.get('to'), p.get('sort'), p.has('page')]).toEqual(['2021-03-01', '2021-03-31', 'type', false]);
    expect(patchedDashboardHref('?page=4', {})).toBe('/');
  });
});

describe('readDashboardParams (the page under a bad URL)', () => {
  it('reports every bad parameter and keeps the valid rest of the filter and paging', () => {
    const r = readDashboardParams({ from: 'not-a-date', governorate: 'XX', type: 'bombing', sort: 'killed', pageSize: '0' });
    expect(r.problems.map((p) => p.param)).toEqual(['governorate', 'from', 'pageSize']);
    expect(r.problems.find((p) => p.param === 'from')!.message).toMatch(/YYYY-MM-DD/);
    expect(r.filter.type).toEqual(['bombing']);
    expect(r.filter.governorate).toEqual([]);
    expect(r.filter.from).toBeUndefined();
    expect(r.page.sort).toBe('killed');
    expect(r.page.pageSize).toBe(50);
  });

  it('reports nothing for a valid URL and parses it exactly as the one filter does', () => {
    const raw = { governorate: ['IQ-NI', 'IQ-BG'], from: '2024-01-01', to: '2024-02-01', dir: 'asc' };
    const r = readDashboardParams(raw);
    expect(r.problems).toEqual([]);
    const f = parseIncidentFilter(raw);
    const pg = parsePageRequest(raw);
    expect(f.ok && pg.ok).toBe(true);
    if (f.ok && pg.ok) expect([r.filter, r.page]).toEqual([f.value, pg.value]);
  });

  it('drops the parameter a cross-field rule names (from after to) and keeps the other', () => {
    const r = readDashboardParams({ from: '2024-05-01', to: '2024-01-01' });
    expect(r.problems).toEqual([{ param: 'from', message: 'from must not be after to' }]);
    expect([r.filter.from, r.filter.to]).toEqual([undefined, '2024-01-01']);
  });
});
