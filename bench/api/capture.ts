/**
 * Records the exact statements a named query runs (SQL text, parameters, and how the
 * rows were read) so the benchmark can replay the very same SQL on bare
 * better-sqlite3 as the raw baseline, without re-writing any query by hand.
 */
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { DatabaseHandle } from '@/db/client';
import * as schema from '@/db/schema';

export interface CapturedStatement {
  sql: string;
  params: unknown[];
  method: 'all' | 'get' | 'run' | 'iterate';
  raw: boolean;
  pluck: boolean;
}

const EXEC_METHODS = new Set(['all', 'get', 'run', 'iterate']);

function bindAll<T extends object>(target: T, prop: string | symbol): unknown {
  const v = Reflect.get(target, prop, target) as unknown;
  return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
}

function recordingStatement(stmt: Database.Statement, sql: string, log: CapturedStatement[]): Database.Statement {
  let raw = false;
  let pluck = false;
  const wrapped: Database.Statement = new Proxy(stmt, {
    get(target, prop) {
      if (prop === 'raw')
        return (on = true) => {
          raw = on;
          target.raw(on);
          return wrapped;
        };
      if (prop === 'pluck')
        return (on = true) => {
          pluck = on;
          target.pluck(on);
          return wrapped;
        };
      if (typeof prop === 'string' && EXEC_METHODS.has(prop)) {
        return (...params: unknown[]) => {
          log.push({ sql, params, method: prop as CapturedStatement['method'], raw, pluck });
          return (target[prop as 'all'] as (...a: unknown[]) => unknown)(...params);
        };
      }
      return bindAll(target, prop);
    },
  });
  return wrapped;
}

/** A handle over the same connection that logs every statement executed through it. */
export function recordingHandle(sqlite: Database.Database): { handle: DatabaseHandle; log: CapturedStatement[] } {
  const log: CapturedStatement[] = [];
  const proxy = new Proxy(sqlite, {
    get(target, prop) {
      if (prop === 'prepare') return (sql: string) => recordingStatement(target.prepare(sql), sql, log);
      return bindAll(target, prop);
    },
  });
  return { handle: { sqlite: proxy, db: drizzle(proxy, { schema }) }, log };
}

/** Prepares the captured statements once; the returned function runs them all. */
export function replayer(sqlite: Database.Database, statements: CapturedStatement[]): () => number {
  const prepared = statements.map((s) => {
    const stmt = sqlite.prepare(s.sql);
    if (s.raw && stmt.reader) stmt.raw(true);
    if (s.pluck && stmt.reader) stmt.pluck(true);
    return { s, stmt };
  });
  return () => {
    let rows = 0;
    for (const { s, stmt } of prepared) {
      if (s.method === 'all') rows += (stmt.all(...s.params) as unknown[]).length;
      else if (s.method === 'get') rows += stmt.get(...s.params) === undefined ? 0 : 1;
      else if (s.method === 'iterate') for (const _ of stmt.iterate(...s.params)) rows++;
      else stmt.run(...s.params);
    }
    return rows;
  };
}
