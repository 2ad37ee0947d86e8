/**
 * The e2e web server: a production build on a database file that is deleted first, so
 * every run starts from the same state (migrations + demo seed through the normal start
 * path).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_ADMIN_TOKEN, E2E_DATABASE_PATH, E2E_DIR, E2E_PORT } from './e2e-env';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

mkdirSync(E2E_DIR, { recursive: true });
for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(E2E_DATABASE_PATH + suffix, { force: true });

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: String(E2E_PORT),
  HOSTNAME: '127.0.0.1',
  DATABASE_PATH: E2E_DATABASE_PATH,
  ADMIN_TOKEN: E2E_ADMIN_TOKEN,
  // Exports read by worker threads even on the small demo store (db/queries/export-stream.ts),
  // so the end-to-end tests cover the threads of the built server.
  EXPORT_THREADS: '2',
  EXPORT_MIN_ROWS: '0',
};
// The map must work offline; never let a developer's tile server leak into the tests.
delete env.TILE_URL;

// scripts/start.ts is the product's own start path: it builds when the build is missing or
// stale (E2E_REBUILD=1 forces it), migrates the fresh database, seeds data/demo, then
// runs `next start` — exactly what a user's `npm start` does.
const args = ['tsx', path.join(repo, 'scripts', 'start.ts')];
if (process.env.E2E_REBUILD === '1') args.push('--rebuild');
console.log(`[e2e] npx ${args.join(' ')} (DATABASE_PATH=${E2E_DATABASE_PATH}, PORT=${E2E_PORT})`);

const server = spawn('npx', args, { cwd: repo, env, stdio: 'inherit' });
const stop = (signal: NodeJS.Signals) => {
  server.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
