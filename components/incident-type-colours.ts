import { INCIDENT_TYPES, type IncidentType } from '@/lib/codebook';

/**
 * One colour per incident type, shared by the map markers, the map legend and the
 * timeline bars so a type reads the same everywhere. Chosen from a colour-blind-safe
 * qualitative palette (Okabe–Ito plus two darker tones).
 */
export const INCIDENT_TYPE_COLOURS: Record<IncidentType, string> = {
  drone_attack: '#0072B2',
  airstrike: '#56B4E9',
  rocket_attack: '#E69F00',
  bombing: '#D55E00',
  armed_attack: '#CC79A7',
  kidnapping: '#009E73',
  killing: '#4B3F72',
};

export const TYPE_ORDER: readonly IncidentType[] = INCIDENT_TYPES;
