import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` diffs db/schema.ts against db/migrations and writes the next
// migration there; the app applies them itself when it opens the database (db/client.ts).
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
  dbCredentials: { url: process.env.DATABASE_PATH ?? 'data/incidents.db' },
});
