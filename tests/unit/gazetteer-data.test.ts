import { describe, expect, it } from 'vitest';
import { GOVERNORATES } from '@/lib/codebook';
import { allPlaces, placeById, type PlaceKind } from '@/lib/gazetteer';
import { governorateOf } from '@/lib/geo';

describe('gazetteer data', () => {
  const places = allPlaces();

  it('puts every point inside the boundary of its governorate', () => {
    const offenders = places
      .map((p) => ({ p, found: governorateOf(p.lat, p.lon) }))
      .filter(({ p, found }) => found !== p.gov)
      .map(({ p, found }) => `${p.id} "${p.en}" (${p.lat}, ${p.lon}) declared ${p.gov}, lies in ${found ?? 'no governorate'}`);
    expect(offenders, `points outside their governorate:\n${offenders.join('\n')}`).toEqual([]);
  });

  it('has the 18 governorates, 101 districts and 294 sub-districts', () => {
    const count = (k: PlaceKind) => places.filter((p) => p.kind === k).length;
    expect(count('governorate')).toBe(18);
    expect(new Set(places.filter((p) => p.kind === 'governorate').map((p) => p.gov))).toEqual(
      new Set(GOVERNORATES.map((g) => g.code)),
    );
    expect(count('district')).toBe(101);
    expect(count('subdistrict')).toBe(294);
  });

  it('has bases, airports, crossings, neighbourhoods and natural features', () => {
    for (const kind of ['town', 'neighbourhood', 'base', 'airport', 'crossing', 'feature', 'facility'] as const) {
      expect(places.filter((p) => p.kind === kind).length, kind).toBeGreaterThan(0);
    }
  });

  it('links every sub-district to a district of the same governorate', () => {
    const bad = places
      .filter((p) => p.kind === 'subdistrict')
      .filter((p) => {
        const d = p.district ? placeById(p.district) : undefined;
        return !d || d.kind !== 'district' || d.gov !== p.gov;
      })
      .map((p) => p.id);
    expect(bad).toEqual([]);
  });

  it('gives every place an Arabic name in Arabic script and an English name in Latin script', () => {
    const bad = places.filter((p) => !/[\u0621-\u064A]/.test(p.ar) || !/[A-Za-z]/.test(p.en)).map((p) => p.id);
    expect(bad).toEqual([]);
  });

  it('looks places up by id and returns undefined for unknown ids', () => {
    expect(placeById('gov:IQ-NI')?.en).toBe('Nineveh');
    expect(placeById('airport:baghdad')?.gov).toBe('IQ-BG');
    expect(placeById('no-such-place')).toBeUndefined();
  });

  it('returns frozen places so callers cannot corrupt the shared gazetteer', () => {
    const p = places[0]!;
    expect(Object.isFrozen(p)).toBe(true);
  });
});
