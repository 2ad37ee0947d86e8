/**
 * What a well-formed extractor incident looks like (codebook section 6), for
 * checking the engine's output in tests and tooling. Unlike gold, counts are single
 * whole numbers, never ranges.
 */
import { z } from 'zod';
import { ACTOR_IDS, ACTOR_ROLES, DATE_PRECISIONS, GOVERNORATE_CODES, INCIDENT_TYPES } from '@/lib/codebook';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int().nonnegative().nullable();

export const predictedIncidentSchema = z
  .object({
    type: z.enum(INCIDENT_TYPES),
    date: isoDay.nullable(),
    date_precision: z.enum(DATE_PRECISIONS).nullable(),
    governorate: z.enum(GOVERNORATE_CODES).nullable(),
    place: z.string().nullable(),
    lat: z.number().min(-90).max(90).nullable(),
    lon: z.number().min(-180).max(180).nullable(),
    actors: z.array(z.object({ id: z.enum(ACTOR_IDS), role: z.enum(ACTOR_ROLES) })),
    killed: count,
    injured: count,
    kidnapped: count,
    evidence: z.string(),
  })
  .refine((i) => (i.date === null) === (i.date_precision === null), { message: 'date and date_precision must be null together' })
  .refine((i) => (i.lat === null) === (i.lon === null), { message: 'lat and lon must be null together' });

export const extractionResultSchema = z.object({
  published: isoDay.nullable(),
  incidents: z.array(predictedIncidentSchema),
});
