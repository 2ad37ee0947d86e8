import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, type ExportRow } from '@/db/types';
import { exportRowToFeature, exportRowToFeatureJson } from '@/lib/export/geojson';
import { GET as geojsonRoute } from '@/app/api/incidents/export.geojson/route';
import { useApiTestDb, get, HOSTILE_PLACES } from './api-fixture';

const ROW: ExportRow = {
  incident_id: 7, event_date: '2024-01-02', date_precision: 'day', type: 'drone_attack', governorate_code: 'IQ-AR',
  governorate_name: 'Erbil', place: 'Erbil airport', latitude: 36.24, longitude: 43.96, perpetrators: 'islamic_resistance_iraq',
  targets: 'us_forces', killed: 0, injured: null, kidnapped: null, status: 'unreviewed', source_urls: 'https://x', source_titles: 't', evidence: 'e',
};

describe('GeoJSON features', () => {
  it('puts [lon, lat] in the geometry and every export column in properties', () => {
    const f = exportRowToFeature(ROW)!;
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [43.96, 36.24] });
    expect(Object.keys(f.properties)).toEqual([...EXPORT_COLUMNS]);
    expect(f.id).toBe(7);
  });
  it('leaves out rows without a position', () => {
    expect(exportRowToFeature({ ...ROW, latitude: null, longitude: null })).toBeNull();
    expect(exportRowToFeatureJson({ ...ROW, latitude: null, longitude: null })).toBeNull();
  });

  it('writes each feature exactly as JSON.stringify writes the feature object', () => {
    // Text with quotes, backslashes, control characters, Arabic, emoji and lone surrogates;
    // numbers with signs, fractions, -0 and non-finite values.
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('"q"\\', '\n\t\u0001', 'بغداد', '😀', '\ud800x', '\u2028'));
    const num = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY));
    const row = fc.record({
      incident_id: fc.nat(), event_date: fc.option(text, { nil: null }), date_precision: fc.constantFrom('day', 'week', 'month', null),
      type: fc.constant('bombing'), governorate_code: fc.option(text, { nil: null }), governorate_name: fc.option(text, { nil: null }),
      place: fc.option(text, { nil: null }), latitude: fc.option(num, { nil: null }), longitude: fc.option(num, { nil: null }),
      perpetrators: text, targets: text, killed: fc.option(num, { nil: null }), injured: fc.option(num, { nil: null }),
      kidnapped: fc.option(num, { nil: null }), status: fc.constant('unreviewed'), source_urls: text, source_titles: text, evidence: text,
    }) as fc.Arbitrary<ExportRow>;
    fc.assert(
      fc.property(row, (r) => {
        const f = exportRowToFeature(r);
        expect(exportRowToFeatureJson(r)).toBe(f ? JSON.stringify(f) : null);
      }),
      { numRuns: 2000 },
    );
  });
});

interface Collection {
  type: string;
  features: { type: string; id: number; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[];
}

describe('GET /api/incidents/export.geojson', () => {
  const t = useApiTestDb();

  it('is a valid FeatureCollection of the located incidents of the filter', async () => {
    const res = await geojsonRoute(get('/api/incidents/export.geojson?governorate=IQ-DI'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect(res.headers.get('content-disposition')).toMatch(/filename="incidents-\d{4}-\d{2}-\d{2}\.geojson"/);
    const fc = JSON.parse(await res.text()) as Collection;
    expect(fc.type).toBe('FeatureCollection');
    const located = (
      t.sqlite.prepare("SELECT count(*) AS n FROM incidents WHERE governorate = 'IQ-DI' AND lat IS NOT NULL").get() as { n: number }
    ).n;
    expect(fc.features.length).toBe(located);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      expect(f.geometry.coordinates).toHaveLength(2);
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(lon).toBe(f.properties.longitude);
      expect(lat).toBe(f.properties.latitude);
      expect(f.properties.governorate_code).toBe('IQ-DI');
    }
    const places = fc.features.map((f) => f.properties.place);
    // JSON needs no formula protection: text arrives exactly as stored.
    expect(places).toContain(HOSTILE_PLACES.newline);
    expect(places).toContain(HOSTILE_PLACES.arabic);
    expect(places).toContain(HOSTILE_PLACES.formulaEq);
  });

  it('is valid JSON for an empty result too', async () => {
    const res = await geojsonRoute(get('/api/incidents/export.geojson?q=zzzznothingzzzz'));
    expect(JSON.parse(await res.text())).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('400s on a bad filter', async () => {
    const res = await geojsonRoute(get('/api/incidents/export.geojson?actor=nobody'));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ param: 'actor' });
  });
});
