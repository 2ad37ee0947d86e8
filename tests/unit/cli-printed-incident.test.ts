import { describe, expect, it } from 'vitest';
import type { Incident } from '@/lib/codebook';
import { printedIncident } from '@/lib/extract/printed-incident';

describe('printedIncident', () => {
  it('puts keys in the codebook section 6 order and fills missing ones with null', () => {
    const scrambled = {
      evidence: 'A bomb exploded.',
      actors: [{ role: 'perpetrator', id: 'isis' }],
      type: 'bombing',
      governorate: 'IQ-BG',
      killed: 2,
      date: '2022-01-10',
      date_precision: 'day',
    } as unknown as Incident;
    const out = printedIncident(scrambled);
    expect(Object.keys(out)).toEqual(['type', 'date', 'date_precision', 'governorate', 'place', 'lat', 'lon', 'actors', 'killed', 'injured', 'kidnapped', 'evidence']);
    expect(Object.keys(out.actors[0]!)).toEqual(['id', 'role']);
    expect(out).toMatchObject({ place: null, lat: null, lon: null, injured: null, kidnapped: null, killed: 2 });
    expect(JSON.stringify(out)).toBe(
      '{"type":"bombing","date":"2022-01-10","date_precision":"day","governorate":"IQ-BG","place":null,"lat":null,"lon":null,"actors":[{"id":"isis","role":"perpetrator"}],"killed":2,"injured":null,"kidnapped":null,"evidence":"A bomb exploded."}',
    );
  });
});
