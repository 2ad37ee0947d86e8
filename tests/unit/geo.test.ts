import { describe, expect, it } from 'vitest';
import { GOVERNORATES, type GovernorateCode } from '@/lib/codebook';
import { distanceKm, governorateCentroid, governorateOf, nearestGovernorate } from '@/lib/geo';
import boundaries from '@/data/boundaries/iraq-governorates.json';
import neighbours from '@/data/boundaries/neighbours.json';

// City centres written out independently of lib/geo's own table (OpenStreetMap, rounded).
const CAPITALS: [GovernorateCode, string, number, number][] = [
  ['IQ-AN', 'Ramadi', 33.4258, 43.2994],
  ['IQ-AR', 'Erbil', 36.19, 44.0089],
  ['IQ-BA', 'Basra', 30.5085, 47.7804],
  ['IQ-BB', 'Hilla', 32.4637, 44.4196],
  ['IQ-BG', 'Baghdad', 33.3152, 44.3661],
  ['IQ-DA', 'Duhok', 36.8669, 42.9503],
  ['IQ-DI', 'Baqubah', 33.7466, 44.6437],
  ['IQ-DQ', 'Nasiriyah', 31.0439, 46.2576],
  ['IQ-KA', 'Karbala', 32.6149, 44.0245],
  ['IQ-KI', 'Kirkuk', 35.4681, 44.3922],
  ['IQ-MA', 'Amarah', 31.8356, 47.1448],
  ['IQ-MU', 'Samawah', 31.3199, 45.2803],
  ['IQ-NA', 'Najaf', 32.0259, 44.3462],
  ['IQ-NI', 'Mosul', 36.335, 43.1189],
  ['IQ-QA', 'Diwaniyah', 31.9929, 44.9255],
  ['IQ-SD', 'Tikrit', 34.6071, 43.6782],
  ['IQ-SU', 'Sulaymaniyah', 35.5613, 45.4309],
  ['IQ-WA', 'Kut', 32.5128, 45.8182],
];

describe('governorate boundaries file', () => {
  it('has exactly one feature per codebook governorate', () => {
    const codes = boundaries.features.map((f) => f.properties.code).sort();
    expect(codes).toEqual(GOVERNORATES.map((g) => g.code).sort());
  });

  it('has the six neighbouring countries', () => {
    expect(neighbours.features.map((f) => f.properties.iso).sort()).toEqual(['IR', 'JO', 'KW', 'SA', 'SY', 'TR']);
  });
});

describe('governorateOf', () => {
  it.each(CAPITALS)('%s: %s lies in its governorate', (code, _city, lat, lon) => {
    expect(governorateOf(lat, lon)).toBe(code);
  });

  it('puts Baghdad-governorate towns that Natural Earth leaves outside the city polygon in IQ-BG', () => {
    // Taji, Tarmiyah, Abu Ghraib, Mahmudiya, Nahrawan (see BAGHDAD_OUTLINE in scripts/derive-boundaries.ts)
    const towns: [number, number][] = [[33.525, 44.27], [33.67, 44.39], [33.29, 44.06], [33.062, 44.36], [33.3, 44.66]];
    expect(towns.map(([lat, lon]) => governorateOf(lat, lon))).toEqual(Array(towns.length).fill('IQ-BG'));
    // …while Fallujah, Baqubah, Iskandariya and Balad stay where they belong.
    expect(governorateOf(33.349, 43.784)).toBe('IQ-AN');
    expect(governorateOf(33.75, 44.643)).toBe('IQ-DI');
    expect(governorateOf(32.892, 44.355)).toBe('IQ-BB');
    expect(governorateOf(34.015, 44.145)).toBe('IQ-SD');
  });

  it('returns null outside Iraq', () => {
    expect(governorateOf(33.5138, 36.2765)).toBeNull(); // Damascus
    expect(governorateOf(35.33, 40.14)).toBeNull(); // Deir ez-Zor
    expect(governorateOf(37.07, 41.22)).toBeNull(); // Nusaybin, Turkey
    expect(governorateOf(34.31, 47.07)).toBeNull(); // Kermanshah, Iran
    expect(governorateOf(29.3759, 47.9774)).toBeNull(); // Kuwait City
  });

  it('returns null for non-finite input', () => {
    expect(governorateOf(Number.NaN, 44)).toBeNull();
    expect(governorateOf(33, Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('nearestGovernorate', () => {
  it('agrees with governorateOf inside Iraq', () => {
    expect(nearestGovernorate(36.335, 43.1189)).toBe('IQ-NI');
  });

  it('snaps a point just across the border to the nearest governorate but not a far one', () => {
    // 3–4 km into Kuwait south of Safwan
    expect(governorateOf(30.07, 47.7)).toBeNull();
    expect(nearestGovernorate(30.07, 47.7, 10)).toBe('IQ-BA');
    expect(nearestGovernorate(29.3759, 47.9774, 10)).toBeNull();
  });
});

describe('governorateCentroid', () => {
  it.each(GOVERNORATES.map((g) => g.code))('%s: the representative point lies inside the governorate', (code) => {
    const c = governorateCentroid(code);
    expect(governorateOf(c.lat, c.lon)).toBe(code);
  });
});

describe('distanceKm', () => {
  it('is zero for the same point and symmetric', () => {
    const a = { lat: 33.3152, lon: 44.3661 };
    const b = { lat: 36.335, lon: 43.1189 };
    expect(distanceKm(a, a)).toBe(0);
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
  });

  it('matches known great-circle distances', () => {
    // Baghdad–Mosul ≈ 350 km, Baghdad–Basra ≈ 447 km (haversine, mean Earth radius)
    expect(distanceKm({ lat: 33.3152, lon: 44.3661 }, { lat: 36.335, lon: 43.1189 })).toBeGreaterThan(340);
    expect(distanceKm({ lat: 33.3152, lon: 44.3661 }, { lat: 36.335, lon: 43.1189 })).toBeLessThan(360);
    expect(distanceKm({ lat: 33.3152, lon: 44.3661 }, { lat: 30.5085, lon: 47.7804 })).toBeGreaterThan(440);
    expect(distanceKm({ lat: 33.3152, lon: 44.3661 }, { lat: 30.5085, lon: 47.7804 })).toBeLessThan(455);
    // one degree of latitude ≈ 111.2 km
    expect(distanceKm({ lat: 33, lon: 44 }, { lat: 34, lon: 44 })).toBeCloseTo(111.2, 0);
  });
});
