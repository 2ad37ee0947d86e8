/**
 * Prepared statements kept per connection. Preparing costs more than running the small
 * statements ingestion repeats for every article (FTS5 ones especially), so the write
 * path prepares each SQL text once per connection.
 */
import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function cachedStatement(sqlite: Database.Database, text: string): Database.Statement {
  let byText = cache.get(sqlite);
  if (!byText) {
    byText = new Map();
    cache.set(sqlite, byText);
  }
  let stmt = byText.get(text);
  if (!stmt) {
    stmt = sqlite.prepare(text);
    byText.set(text, stmt);
  }
  return stmt;
}
