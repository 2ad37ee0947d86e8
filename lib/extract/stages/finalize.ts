/**
 * Stage 9: a merged incident as codebook §6 prints it. Decides killing versus armed
 * attack on the whole incident (an assassination, execution or body found → killing;
 * an assault on a position, an ambush, a clash or a tribal fight → armed attack; else
 * one person shot dead and nobody hurt → killing), settles actors (a named group makes "unknown gunmen" redundant; tribal
 * fights have tribes on both sides), fills 0 for "no casualties", dates unplaced
 * reports to the publication day (precision week) and drops background events more
 * than 30 days old.
 */
import type { ActorId, Incident, IncidentActor } from '@/lib/codebook';
import { daysBetween } from '../dates';
import { BACKGROUND_DAYS } from './candidate-dates';
import { canPerpetrate, familyOf } from '../type-rules';
import type { MergedIncident, Sentence } from '../types';


function decideType(inc: MergedIncident): Incident['type'] {
  if (familyOf(inc.type) !== 'armed') return inc.type;
  if (inc.explicitKilling) return 'killing';
  if (inc.attempt && !(inc.killed && inc.killed > 0)) return 'armed_attack';
  if (inc.tribal || inc.assault) return 'armed_attack';
  if (inc.type === 'killing' && inc.specific) return 'killing';
  if (inc.killed === 1 && !(inc.injured && inc.injured > 0)) return 'killing';
  return 'armed_attack';
}

const STRIKING_STATES: ActorId[] = ['turkey', 'iran', 'us_forces', 'israel'];

function actorsOf(inc: MergedIncident, type: Incident['type']): IncidentActor[] {
  let perps: ActorId[] = inc.perpetrators.filter((p) => canPerpetrate(p, type));
  let targets: ActorId[] = [...inc.targets];
  // Tribesmen fighting off ISIS are defenders, not a tribal feud: a named armed group rules the feud out.
  const namedGroup = perps.some((p) => p !== 'unknown_gunmen' && p !== 'tribal_group' && p !== 'isf');
  if (inc.tribal && familyOf(type) === 'armed' && !namedGroup) {
    perps = ['tribal_group', ...perps.filter((p) => p !== 'unknown_gunmen' && p !== 'tribal_group')];
    targets = ['tribal_group', ...targets.filter((t) => t !== 'tribal_group' && t !== 'civilians')];
  }
  if (perps.some((p) => p !== 'unknown_gunmen' && p !== 'tribal_group' && p !== 'isf')) perps = perps.filter((p) => p !== 'unknown_gunmen');
  // A group named specifically makes the generic "Iran-backed militias" redundant.
  const SPECIFIC_MILITIAS: ActorId[] = ['islamic_resistance_iraq', 'kataib_hezbollah', 'asaib_ahl_al_haq', 'harakat_al_nujaba', 'saraya_awliya_al_dam'];
  if (perps.some((p) => SPECIFIC_MILITIAS.includes(p))) perps = perps.filter((p) => p !== 'iran_backed_militias');
  // Security forces count as the attacker only when nobody else is named (a raid); otherwise they defend.
  if (perps.length > 1) perps = perps.filter((p) => p !== 'isf');
  // "a Turkish drone struck … Ankara said it neutralised two PKK militants": a state's strike is on
  // the armed group named with it, not made together with it.
  if (familyOf(type) === 'air' && perps.some((p) => STRIKING_STATES.includes(p))) {
    const groups = perps.filter((p) => !STRIKING_STATES.includes(p) && p !== 'isf');
    perps = perps.filter((p) => !groups.includes(p));
    targets = [...targets, ...groups.filter((g) => !targets.includes(g))];
  }
  targets = targets.filter((t) => t === 'tribal_group' || !perps.includes(t));
  if (targets.length === 0 && ((inc.killed ?? 0) > 0 || (inc.injured ?? 0) > 0 || (inc.kidnapped ?? 0) > 0)) targets = ['civilians'];
  return [
    ...perps.map((id) => ({ id, role: 'perpetrator' as const })),
    ...targets.map((id) => ({ id, role: 'target' as const })),
  ];
}

export function finalizeIncident(inc: MergedIncident, sentences: Sentence[], published: string | null): Incident | null {
  let date = inc.date;
  if (date && published) {
    const age = daysBetween(date.date, published);
    if (age > BACKGROUND_DAYS) return null;
  }
  if (!date && published) date = { date: published, precision: 'week' };
  const type = decideType(inc);
  const noneSaid = inc.noCasualties;
  // "gunmen assassinated an activist": one victim even where no figure is printed.
  // A killing reported with no figure ("gunmen shot dead a shop owner") has one victim.
  const killed = inc.killed ?? (type === 'killing' && !noneSaid ? 1 : null);
  const evidence = [...inc.sentenceIndexes]
    .sort((a, b) => a - b)
    .map((i) => sentences[i]?.raw ?? '')
    .filter(Boolean)
    .join(' ');
  return {
    type,
    date: date?.date ?? null,
    date_precision: date?.precision ?? null,
    governorate: inc.where?.gov ?? null,
    place: inc.where?.label ?? null,
    lat: inc.where?.lat ?? null,
    lon: inc.where?.lon ?? null,
    actors: actorsOf(inc, type),
    killed: killed ?? (noneSaid ? 0 : null),
    injured: inc.injured ?? (noneSaid ? 0 : null),
    kidnapped: inc.kidnapped ?? (type === 'kidnapping' ? 1 : null),
    evidence,
  };
}
