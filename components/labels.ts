/** Display names for codes, falling back to the code itself for anything unknown. */
import {
  ACTORS,
  INCIDENT_TYPE_LABELS,
  governorateName,
  isGovernorateCode,
  isIncidentType,
  type IncidentActor,
} from '@/lib/codebook';

export function typeLabel(type: string): string {
  return isIncidentType(type) ? INCIDENT_TYPE_LABELS[type].en : type;
}

export function actorLabel(id: string): string {
  return ACTORS.find((a) => a.id === id)?.en ?? id;
}

export function governorateLabel(code: string | null): string {
  if (!code) return '—';
  return isGovernorateCode(code) ? governorateName(code).en : code;
}

export function actorsByRole(actors: readonly IncidentActor[], role: IncidentActor['role']): string {
  return actors
    .filter((a) => a.role === role)
    .map((a) => actorLabel(a.id))
    .join(', ');
}

/** null means "not reported", which is different from 0. */
export function casualty(n: number | null): string {
  return n === null ? '–' : String(n);
}

export const STATUS_LABELS: Record<string, string> = {
  unreviewed: 'Unreviewed',
  confirmed: 'Confirmed',
  rejected: 'Rejected',
};
