/**
 * Stage 6: reasons a sentence cannot report a new incident (codebook §1): hypotheticals
 * and threats, denials, court cases, arrests, weapons caches and controlled
 * detonations, statistics and habitual statements, anniversaries and history, violence
 * at protests. Habitual/background wording is forgiven when the sentence itself dates
 * the event within the last 30 days ("the third attack this week, late on Monday").
 */
import type { IncidentType } from '@/lib/codebook';
import type { DateMention } from '../dates';
import { daysBetween } from '../dates';
import { hasCue, type CueName, type Lexicon } from '../lexicon';
import type { Trigger } from '../types';

const ALWAYS: CueName[] = ['hypothetical', 'denial', 'legal', 'generic_strong', 'protest'];
const FORGIVABLE: CueName[] = ['generic', 'background', 'arrest'];
const WEAPON_TYPES = new Set<IncidentType>(['bombing', 'rocket_attack', 'drone_attack']);

export function recentAnchor(dates: DateMention[], published: string | null): boolean {
  if (!published) return false;
  return dates.some((d) => {
    if (d.kind === 'announcement' || d.precision === 'month' || d.precision === 'year') return false;
    const age = daysBetween(d.date, published);
    return age >= 0 && age <= 30;
  });
}

export function blockReasons(
  lex: Lexicon,
  norm: string,
  triggers: Trigger[],
  dates: DateMention[],
  published: string | null,
): string[] {
  const reasons: string[] = [];
  for (const c of ALWAYS) if (hasCue(lex, c, norm)) reasons.push(c);
  if (triggers.length > 0 && triggers.every((t) => WEAPON_TYPES.has(t.type)) && hasCue(lex, 'cache', norm)) {
    reasons.push('cache');
  }
  const anchored = recentAnchor(dates, published);
  if (!anchored) for (const c of FORGIVABLE) if (hasCue(lex, c, norm)) reasons.push(c);
  if (published) {
    // A sentence whose every dated mention is older than 30 days (or in an earlier year) recalls history.
    const old = dates.filter((d) => daysBetween(d.date, published) > 30 || (d.precision === 'year' && d.date.slice(0, 4) < published.slice(0, 4)));
    if (old.length > 0 && !anchored) reasons.push('old_date');
  }
  return reasons;
}
