/**
 * The production build the app is served from (.next/), rebuilt only when stale.
 * Shared by `npm start` (scripts/start.ts) and the dashboard benchmark.
 *
 * Staleness: after a successful build a stamp is written to .next/source-stamp.json —
 * the git HEAD (when this is a git checkout) and the newest modification time of the
 * files the bundle is built from (app, components, lib, db, data, public, proxy.ts and
 * the config files; databases and data/demo excluded). A different stamp, or no stamp,
 * means rebuild.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = process.cwd();
export const NEXT_BIN = path.join(REPO_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const STAMP_FILE = path.join(REPO_ROOT, '.next', 'source-stamp.json');
const BUILD_INPUTS = [
  'app', 'components', 'lib', 'db', 'data', 'public', 'proxy.ts',
  'next.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json',
];
const IGNORED = /(^|\/)(node_modules|\.next|data\/demo)(\/|$)|\.db(-wal|-shm|-journal)?$/;

function newestMtime(entry: string): number {
  const rel = path.relative(REPO_ROOT, entry).split(path.sep).join('/');
  if (IGNORED.test(rel)) return 0;
  let info;
  try {
    info = statSync(entry);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

function gitHead(): string | null {
  const r = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function sourceStamp(): string {
  const newest = Math.max(...BUILD_INPUTS.map((p) => newestMtime(path.join(REPO_ROOT, p))));
  return JSON.stringify({ head: gitHead(), newestSourceMtime: Math.floor(newest) });
}

function buildIsCurrent(stamp: string): boolean {
  if (!existsSync(path.join(REPO_ROOT, '.next', 'BUILD_ID'))) return false;
  try {
    return readFileSync(STAMP_FILE, 'utf8') === stamp;
  } catch {
    return false;
  }
}

/**
 * Runs `next build` when the build is missing or stale (or `force`); `log` reports what
 * it decided. Throws when the build fails (its output went to this process's stdio).
 */
export function buildIfNeeded(force: boolean, log: (msg: string) => void): void {
  const stamp = sourceStamp();
  if (!force && buildIsCurrent(stamp)) {
    log('production build is up to date');
    return;
  }
  log(force ? 'rebuilding (forced)…' : 'no current production build: running next build…');
  const r = spawnSync(process.execPath, [NEXT_BIN, 'build'], { cwd: REPO_ROOT, stdio: 'inherit', env: process.env });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status ?? r.signal}); fix the errors above and try again`);
  // Taken after the build: next build itself may touch tsconfig.json.
  writeFileSync(STAMP_FILE, sourceStamp());
}
