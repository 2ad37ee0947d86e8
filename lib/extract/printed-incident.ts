import type { Incident } from '@/lib/codebook';

/**
 * An incident with its keys in the order codebook section 6 prints them, whatever
 * order the engine built the object in, so the output is stable and diffable.
 */
export function printedIncident(i: Incident): Incident {
  return {
    type: i.type,
    date: i.date ?? null,
    date_precision: i.date_precision ?? null,
    governorate: i.governorate ?? null,
    place: i.place ?? null,
    lat: i.lat ?? null,
    lon: i.lon ?? null,
    actors: (i.actors ?? []).map((a) => ({ id: a.id, role: a.role })),
    killed: i.killed ?? null,
    injured: i.injured ?? null,
    kidnapped: i.kidnapped ?? null,
    evidence: i.evidence ?? '',
  };
}
