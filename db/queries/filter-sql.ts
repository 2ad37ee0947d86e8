/**
 * IncidentFilter → one parameterised SQL condition over `incidents`. Every query that
 * honours the dashboard filter (list, stats, map, export) goes through here, so they
 * always agree on which incidents are in.
 */
import { and, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { IncidentFilter } from '@/lib/filter';
import { incidentActors, incidents } from '../schema';
import { foldForSearch } from '../search-index';

/** The trigram tokenizer cannot use its index for fewer than three characters. */
const TRIGRAM = 3;

function textCondition(q: string): SQL {
  const folded = foldForSearch(q);
  if ([...folded].length >= TRIGRAM) {
    // A quoted FTS5 phrase: with the trigram tokenizer this is a substring match.
    const phrase = `"${folded.replace(/"/g, '""')}"`;
    return sql`${incidents.id} IN (SELECT rowid FROM incident_search WHERE incident_search MATCH ${phrase})`;
  }
  return sql`${incidents.id} IN (SELECT rowid FROM incident_search WHERE instr(body, ${folded}) > 0)`;
}

function actorCondition(f: IncidentFilter): SQL {
  const role = f.actorRole === 'perpetrator' ? sql` AND ${incidentActors.role} = 'perpetrator'` : sql``;
  // `id IN (subquery)` lets SQLite drive the lookup from the actor index instead of
  // probing every incident with EXISTS.
  return sql`${incidents.id} IN (SELECT ${incidentActors.incidentId} FROM ${incidentActors} WHERE ${inArray(
    incidentActors.actor,
    f.actor,
  )}${role})`;
}

/** The filter as a condition, or undefined when it lets everything through. */
export function filterCondition(f: IncidentFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.governorate.length) parts.push(inArray(incidents.governorate, f.governorate));
  if (f.type.length) parts.push(inArray(incidents.type, f.type));
  if (f.status.length) parts.push(inArray(incidents.status, f.status));
  if (f.actor.length) parts.push(actorCondition(f));
  if (f.from) parts.push(gte(incidents.date, f.from));
  if (f.to) parts.push(lte(incidents.date, f.to));
  // minKilled=0 would otherwise drop incidents whose toll is unknown (NULL).
  if (f.minKilled !== undefined && f.minKilled > 0) parts.push(gte(incidents.killed, f.minKilled));
  if (f.q) parts.push(textCondition(f.q));
  return parts.length ? and(...parts) : undefined;
}

/** `WHERE …` (or nothing) for hand-written statements. */
export function whereSql(f: IncidentFilter): SQL {
  const c = filterCondition(f);
  return c ? sql`WHERE ${c}` : sql``;
}

/** A filter that lets everything through, for callers that want all incidents. */
export const EMPTY_FILTER: IncidentFilter = {
  governorate: [],
  type: [],
  actor: [],
  actorRole: 'any',
  status: [],
  q: undefined,
};
