/**
 * IncidentFilter → one parameterised SQL condition over `incidents`. Every query that
 * honours the dashboard filter (list, stats, map, export) goes through here, so they
 * always agree on which incidents are in.
 */
import { and, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { IncidentFilter } from '@/lib/filter';
import type { DatabaseHandle } from '../client';
import { incidentActors, incidents } from '../schema';
import { foldForSearch } from '../search-index';
import { cachedStatement } from '../statement-cache';

/** The trigram tokenizer cannot use its index for fewer than three characters. */
const TRIGRAM = 3;

/**
 * How conditions on joined data are phrased. 'drive' (the default) lets SQLite start from
 * the actor index or the free-text index and look the incidents up; 'probe' tests each
 * incident as an index in the page's sort order is walked, and hides the other filter
 * columns' indexes (unary +) so the planner does walk the sort order. Probing wins when
 * many incidents match (the first page is found after a few hundred rows) and loses badly
 * when few do; listIncidents picks by the match count.
 */
export type FilterShape = 'drive' | 'probe';

export interface ConditionOptions {
  shape?: FilterShape;
  /** The column the caller orders by: its index stays usable in 'probe' shape. */
  sortColumn?: string;
  /**
   * In 'drive' shape, how the actor condition is phrased: 'in' (the default) starts from
   * the actor's links, 'exists' tests each incident the other conditions' index yields.
   * filter-plan.ts picks it from the rollups' counts.
   */
  actorShape?: ActorShape;
}

export type ActorShape = 'in' | 'exists';

function textCondition(q: string, shape: FilterShape): SQL {
  const folded = foldForSearch(q);
  if (shape === 'probe') {
    // The stored body is folded like q, so a substring test is what the trigram phrase
    // (or the short-q scan below) matches.
    return sql`EXISTS (SELECT 1 FROM incident_search s WHERE s.rowid = ${incidents.id} AND instr(s.body, ${folded}) > 0)`;
  }
  if ([...folded].length >= TRIGRAM) {
    // A quoted FTS5 phrase: with the trigram tokenizer this is a substring match.
    const phrase = `"${folded.replace(/"/g, '""')}"`;
    return sql`${incidents.id} IN (SELECT rowid FROM incident_search WHERE incident_search MATCH ${phrase})`;
  }
  return sql`${incidents.id} IN (SELECT rowid FROM incident_search WHERE instr(body, ${folded}) > 0)`;
}

function actorCondition(f: IncidentFilter, shape: FilterShape, actorShape: ActorShape): SQL {
  const role = f.actorRole === 'perpetrator' ? sql` AND ${incidentActors.role} = 'perpetrator'` : sql``;
  if (shape === 'probe' || actorShape === 'exists') {
    return sql`EXISTS (SELECT 1 FROM ${incidentActors} WHERE ${incidentActors.incidentId} = ${incidents.id} AND ${inArray(
      incidentActors.actor,
      f.actor,
    )}${role})`;
  }
  // `id IN (subquery)` lets SQLite drive the lookup from the actor index instead of
  // probing every incident with EXISTS.
  return sql`${incidents.id} IN (SELECT ${incidentActors.incidentId} FROM ${incidentActors} WHERE ${inArray(
    incidentActors.actor,
    f.actor,
  )}${role})`;
}

/** The filter as a condition, or undefined when it lets everything through. */
export function filterCondition(f: IncidentFilter, opts: ConditionOptions = {}): SQL | undefined {
  const shape = opts.shape ?? 'drive';
  // In 'probe' shape `+col` keeps SQLite from choosing that column's index over the sort's.
  const hide = (col: SQLiteColumn) => shape === 'probe' && col.name !== opts.sortColumn;
  const anyOf = (col: SQLiteColumn, values: readonly string[]) =>
    hide(col) ? sql`+${col} IN (${sql.join(values.map((v) => sql`${v}`), sql`, `)})` : inArray(col, values as string[]);
  const parts: (SQL | undefined)[] = [];
  if (f.governorate.length) parts.push(anyOf(incidents.governorate, f.governorate));
  if (f.type.length) parts.push(anyOf(incidents.type, f.type));
  if (f.status.length) parts.push(anyOf(incidents.status, f.status));
  if (f.actor.length) parts.push(actorCondition(f, shape, opts.actorShape ?? 'in'));
  if (f.from) parts.push(gte(incidents.date, f.from));
  if (f.to) parts.push(lte(incidents.date, f.to));
  // minKilled=0 would otherwise drop incidents whose toll is unknown (NULL).
  if (f.minKilled !== undefined && f.minKilled > 0)
    parts.push(hide(incidents.killed) ? sql`+${incidents.killed} >= ${f.minKilled}` : gte(incidents.killed, f.minKilled));
  if (f.q) parts.push(textCondition(f.q, shape));
  return parts.length ? and(...parts) : undefined;
}

/** The statement that finds the incidents matching free text `q` alone, as `what`. */
function textMatchStatement(q: string, what: SQL): SQL {
  const folded = foldForSearch(q);
  return [...folded].length >= TRIGRAM
    ? sql`SELECT ${what} FROM incident_search WHERE incident_search MATCH ${`"${folded.replace(/"/g, '""')}"`}`
    : sql`SELECT ${what} FROM incident_search WHERE instr(body, ${folded}) > 0`;
}

/**
 * How many incidents match free text `q` alone, counted in the search index (one
 * document per incident, rowid = incident id, deleted with it).
 */
export function textMatchCount(h: DatabaseHandle, q: string): number {
  return h.db.get<{ n: number }>(textMatchStatement(q, sql`count(*) AS n`))?.n ?? 0;
}

/** The ids of the incidents matching free text `q` alone, ascending (one number each, no row objects). */
export function textMatchIds(h: DatabaseHandle, q: string): number[] {
  const folded = foldForSearch(q);
  const [text, param] =
    [...folded].length >= TRIGRAM
      ? ['SELECT rowid FROM incident_search WHERE incident_search MATCH ? ORDER BY rowid', `"${folded.replace(/"/g, '""')}"`]
      : ['SELECT rowid FROM incident_search WHERE instr(body, ?) > 0 ORDER BY rowid', folded];
  return cachedStatement(h.sqlite, text).pluck().all(param) as number[];
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
