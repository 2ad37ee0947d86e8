/**
 * Codebook §2 precedence and the scorer's type families, in one place.
 * More specific wins inside one report: a strike mixing drones and rockets is a drone
 * attack; missiles fired from a jet are an airstrike; a gun-and-bomb assault is a
 * bombing. Killing versus armed attack is decided on the merged incident (merge.ts).
 */
import type { ActorId, IncidentType } from '@/lib/codebook';

export const PRECEDENCE: IncidentType[] = [
  'drone_attack',
  'airstrike',
  'rocket_attack',
  'bombing',
  'killing',
  'armed_attack',
  'kidnapping',
];

export function moreSpecific(a: IncidentType, b: IncidentType): IncidentType {
  return PRECEDENCE.indexOf(a) <= PRECEDENCE.indexOf(b) ? a : b;
}

export type Family = 'air' | 'rocket' | 'bombing' | 'armed' | 'kidnapping';

export function familyOf(t: IncidentType): Family {
  switch (t) {
    case 'drone_attack':
    case 'airstrike':
      return 'air';
    case 'rocket_attack':
      return 'rocket';
    case 'bombing':
      return 'bombing';
    case 'kidnapping':
      return 'kidnapping';
    default:
      return 'armed';
  }
}

/** Which incident types an actor can be the perpetrator of, as news describe them. */
export function canPerpetrate(actor: ActorId, type: IncidentType): boolean {
  switch (actor) {
    case 'us_forces':
    case 'israel':
      return type === 'airstrike' || type === 'drone_attack';
    case 'turkey':
    case 'iran':
      return type === 'airstrike' || type === 'drone_attack' || type === 'rocket_attack';
    case 'unknown_gunmen':
      return type === 'armed_attack' || type === 'killing' || type === 'kidnapping' || type === 'rocket_attack';
    case 'isf':
      // security raids that turn into gunfights, Iraqi air force strikes
      return type === 'armed_attack' || type === 'airstrike';
    case 'krg_forces':
    case 'civilians':
    case 'pmf':
      return false;
    case 'other':
      return true;
    default:
      // Armed groups have no aircraft: an airstrike in their report is someone else's.
      return type !== 'airstrike';
  }
}
