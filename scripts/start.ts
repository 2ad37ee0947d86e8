/**
 * npm start [-- --rebuild]
 *
 * One command from a fresh clone to a running dashboard:
 *   1. build the Next app when there is no production build or it is stale,
 *   2. create and migrate the database (DATABASE_PATH, default data/incidents.db),
 *   3. on first start (no articles stored yet) ingest the demo articles in data/demo/articles/
 *      (or data/demo/ when it has no articles/ folder) through the same ingestPaths as the CLI,
 *   4. run `next start -p $PORT` (PORT default 3000), forwarding signals.
 *
 * Staleness: after a successful build a stamp is written to .next/source-stamp.json —
 * the git HEAD (when this is a git checkout) and the newest modification time of the
 * files the bundle is built from (app, components, lib, db, data, public and the config
 * files; databases and data/demo excluded). A different stamp, or no stamp, means
 * rebuild. `--rebuild` (or REBUILD=1) forces one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { databasePathFromEnv, openDatabase } from '@/db/client';
import { ingestPaths } from '@/db/ingest';

const root = process.cwd();
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const stampFile = path.join(root, '.next', 'source-stamp.json');
const BUILD_INPUTS = ['app', 'components', 'lib', 'db', 'data', 'public', 'next.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
const IGNORED = /(^|\/)(node_modules|\.next|data\/demo)(\/|$)|\.db(-wal|-shm|-journal)?$/;
const DEMO_DIR = path.join(root, 'data', 'demo');

/** data/demo is laid out as a corpus (articles/ + gold/): only the articles are ingested. */
function demoArticlesDir(): string | null {
  const articles = path.join(DEMO_DIR, 'articles');
  if (existsSync(articles)) return articles;
  return existsSync(DEMO_DIR) ? DEMO_DIR : null;
}

function log(msg: string): void {
  console.log(`[start] ${msg}`);
}

function newestMtime(entry: string): number {
  const rel = path.relative(root, entry).split(path.sep).join('/');
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
  const r = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function sourceStamp(): string {
  const newest = Math.max(...BUILD_INPUTS.map((p) => newestMtime(path.join(root, p))));
  return JSON.stringify({ head: gitHead(), newestSourceMtime: Math.floor(newest) });
}

function buildIsCurrent(stamp: string): boolean {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) return false;
  try {
    return readFileSync(stampFile, 'utf8') === stamp;
  } catch {
    return false;
  }
}

function buildIfNeeded(force: boolean): void {
  const stamp = sourceStamp();
  if (!force && buildIsCurrent(stamp)) {
    log('production build is up to date');
    return;
  }
  log(force ? 'rebuilding (forced)…' : 'no current production build: running next build…');
  const r = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error('[start] next build failed; fix the errors above and run npm start again');
    process.exit(r.status ?? 1);
  }
  // Taken after the build: next build itself may touch tsconfig.json.
  writeFileSync(stampFile, sourceStamp());
}

async function prepareDatabase(file: string): Promise<void> {
  const handle = openDatabase(file);
  try {
    const articles = handle.sqlite.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    if (articles > 0) {
      log(`database ${file}: ${articles} articles stored`);
      return;
    }
    const demo = demoArticlesDir();
    if (!demo) {
      log(`database ${file} is empty and there is no data/demo folder; starting without data`);
      return;
    }
    log(`first start: ingesting the demo articles in ${path.relative(root, demo)}/ …`);
    const s = await ingestPaths([demo], { db: handle });
    log(`demo ingest: ${s.articlesNew} articles, ${s.incidentsAdded} incidents, ${s.failed.length} failed`);
    for (const f of s.failed) console.error(`[start]   failed ${f.source}${f.line !== undefined ? `:${f.line}` : ''}: ${f.reason}`);
  } finally {
    handle.sqlite.close();
  }
}

function runServer(port: string, databasePath: string): void {
  log(`serving on http://localhost:${port}`);
  const child = spawn(process.execPath, [nextBin, 'start', '-p', port], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: port, DATABASE_PATH: databasePath, NODE_ENV: 'production' },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1) : 1));
  });
}

async function main(): Promise<void> {
  const port = process.env.PORT || '3000';
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) throw new Error(`PORT must be a port number, got ${JSON.stringify(port)}`);
  if (!existsSync(nextBin)) throw new Error('next is not installed: run npm install first');
  const databasePath = databasePathFromEnv();
  buildIfNeeded(process.argv.includes('--rebuild') || process.env.REBUILD === '1');
  await prepareDatabase(databasePath);
  runServer(port, databasePath);
}

main().catch((err: unknown) => {
  console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
