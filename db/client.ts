/**
 * Opening the incident store: one better-sqlite3 connection per process, WAL so the
 * dashboard can read while an ingest writes, migrations applied on open.
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTORS, GOVERNORATES } from '@/lib/codebook';
import type { ColumnCache } from './columns/incident-columns';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;
export interface DatabaseHandle {
  sqlite: Database.Database;
  db: Db;
  /** In-memory incident columns for stats and counts (db/columns/); absent = SQL only. */
  columns?: ColumnCache;
}

/**
 * The migrations folder. Found relative to this file when it exists there (tsx, vitest),
 * else relative to the working directory: inside a Next production bundle this module's
 * URL points into .next/, but `next start` runs from the repo root.
 */
function migrationsFolder(): string {
  try {
    const here = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
    if (existsSync(path.join(here, 'meta', '_journal.json'))) return here;
  } catch {
    // import.meta.url is not a file: URL in some bundles; fall through.
  }
  return path.join(process.cwd(), 'db', 'migrations');
}

/** Reference tables mirror lib/codebook.ts; upserting on every open keeps names current. */
function syncReferenceTables(sqlite: Database.Database): void {
  const gov = sqlite.prepare(
    'INSERT INTO governorates (code, name_en, name_ar) VALUES (?, ?, ?) ON CONFLICT(code) DO UPDATE SET name_en = excluded.name_en, name_ar = excluded.name_ar',
  );
  const act = sqlite.prepare(
    'INSERT INTO actors (id, name_en, name_ar) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET name_en = excluded.name_en, name_ar = excluded.name_ar',
  );
  sqlite.transaction(() => {
    for (const g of GOVERNORATES) gov.run(g.code, g.en, g.ar);
    for (const a of ACTORS) act.run(a.id, a.en, a.ar);
  })();
}

/** Opens (creating folders and file as needed) and migrates the database at `file`. */
export function openDatabase(file: string): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    // An ingest and the web server may write at once: wait instead of failing with SQLITE_BUSY.
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    const db = drizzle(sqlite, { schema });
    const folder = migrationsFolder();
    try {
      migrate(db, { migrationsFolder: folder });
    } catch (first) {
      // Two processes opening a fresh file at once (the app and an ingest) can both read
      // "nothing applied" before either takes the write lock; the loser's transaction is
      // rolled back, and a second pass finds the migrations applied and does nothing.
      try {
        migrate(db, { migrationsFolder: folder });
      } catch {
        throw first;
      }
    }
    syncReferenceTables(sqlite);
    return { sqlite, db, columns: { value: null } };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}

export const DEFAULT_DATABASE_PATH = 'data/incidents.db';

/** DATABASE_PATH (relative paths resolve against the working directory, i.e. the repo root). */
export function databasePathFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  // The ignore comment keeps Next's file tracer from treating this as a reference to
  // every file under the working directory.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

// Next's dev server re-evaluates modules on every edit; caching on globalThis keeps one
// connection per process instead of leaking one per reload.
const globalCache = globalThis as typeof globalThis & { __incidentDb?: DatabaseHandle };

/** The app's shared connection (opened and migrated on first use). */
export function getDatabase(): DatabaseHandle {
  if (!globalCache.__incidentDb) globalCache.__incidentDb = openDatabase(databasePathFromEnv());
  return globalCache.__incidentDb;
}

/** Closes the shared connection (scripts and tests that want a clean exit). */
export function closeDatabase(): void {
  globalCache.__incidentDb?.sqlite.close();
  globalCache.__incidentDb = undefined;
}
