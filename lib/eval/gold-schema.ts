/**
 * Gold files of a corpus (codebook section 7). A gold count may be a range
 * [lowest, highest] where the article gives conflicting figures (section 6).
 */
import { z } from 'zod';
import { ACTOR_IDS, ACTOR_ROLES, DATE_PRECISIONS, GOVERNORATE_CODES, INCIDENT_TYPES } from '@/lib/codebook';
import type { Incident } from '@/lib/codebook';

const count = z.union([
  z.number().int().nonnegative(),
  z
    .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
    .refine(([lo, hi]) => lo <= hi, { message: 'range must be [lowest, highest]' }),
]);

export const goldIncidentSchema = z.object({
  type: z.enum(INCIDENT_TYPES),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  date_precision: z.enum(DATE_PRECISIONS).nullable().optional().default(null),
  governorate: z.enum(GOVERNORATE_CODES).nullable(),
  place: z.string().nullable().optional().default(null),
  lat: z.number().nullable().optional().default(null),
  lon: z.number().nullable().optional().default(null),
  actors: z.array(z.object({ id: z.enum(ACTOR_IDS), role: z.enum(ACTOR_ROLES) })).optional().default([]),
  killed: count.nullable().optional().default(null),
  injured: count.nullable().optional().default(null),
  kidnapped: count.nullable().optional().default(null),
  evidence: z.string().optional(),
  note: z.string().optional(),
});

export const goldFileSchema = z.object({
  id: z.string(),
  incidents: z.array(goldIncidentSchema),
  note: z.string().optional(),
});

export type GoldCount = number | [number, number] | null;
export type GoldIncident = Omit<Incident, 'killed' | 'injured' | 'kidnapped' | 'evidence'> & {
  killed: GoldCount;
  injured: GoldCount;
  kidnapped: GoldCount;
  evidence?: string;
  note?: string;
};
export type GoldFile = z.infer<typeof goldFileSchema>;
