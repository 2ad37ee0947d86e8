/**
 * npm run seed:synthetic -- --count N [--db PATH] [--seed S] [--force]
 *
 * Fills a database with N synthetic incidents (see scripts/synthetic/generate.ts) for
 * load tests and demos. The target defaults to DATABASE_PATH, else data/incidents.db.
 * The database is REPLACED: an absent, empty or previously synthetic database is
 * rebuilt; a database holding any non-synthetic article is refused unless --force
 * (which deletes it — real data cannot be mixed with synthetic rows).
 */
import path from 'node:path';
import { databasePathFromEnv } from '@/db/client';
import { loadPlacePool } from './synthetic/places';
import { inspectDatabase, loadSynthetic, removeDatabaseFiles } from './synthetic/load';

interface Args {
  count: number;
  db: string;
  seed: number;
  force: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { count: 10_000, db: databasePathFromEnv(), seed: 1, force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--count') args.count = Number(value().replace(/_/g, ''));
    else if (a === '--db') args.db = path.resolve(value());
    else if (a === '--seed') args.seed = Number(value());
    else if (a === '--force') args.force = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run seed:synthetic -- --count N [--db PATH] [--seed S] [--force]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(args.count) || args.count < 1) throw new Error('--count must be a positive whole number');
  if (!Number.isInteger(args.seed)) throw new Error('--seed must be a whole number');
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const kind = inspectDatabase(args.db);
  if (kind === 'real' && !args.force) {
    console.error(`refusing: ${args.db} holds non-synthetic data. Use another --db, or --force to DELETE it.`);
    process.exit(2);
  }
  if (kind !== 'absent') removeDatabaseFiles(args.db);

  const { places, source } = loadPlacePool();
  console.log(`seeding ${args.count.toLocaleString('en')} synthetic incidents into ${args.db} (seed ${args.seed}, ${places.length} places from ${source})`);
  const started = performance.now();
  let lastLog = started;
  console.log(`time breakdown, seconds (indented lines are parts of the line above)\n  ${'phase'.padEnd(52)} ${'wall'.padStart(6)} ${'cpu'.padStart(6)}`);
  const result = await loadSynthetic({
    file: args.db,
    count: args.count,
    seed: args.seed,
    places,
    onPhase: (phase, t) => console.log(`  ${phase.padEnd(52)} ${t.wall.toFixed(1).padStart(6)} ${t.cpu.toFixed(1).padStart(6)}`),
    onProgress: (done) => {
      const t = performance.now();
      if (t - lastLog > 5000) {
        lastLog = t;
        console.log(`  … ${done.toLocaleString('en')} rows, ${((t - started) / 1000).toFixed(1)} s`);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage();
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `done: ${result.incidents.toLocaleString('en')} incidents, ${result.articles} articles, ${result.actorLinks.toLocaleString('en')} actor links, ` +
      `${result.sourceLinks.toLocaleString('en')} source links in ${seconds.toFixed(1)} s (${Math.round(result.incidents / seconds).toLocaleString('en')} incidents/s); ` +
      `process CPU ${cpuSeconds.toFixed(1)} s over 2 threads (CPU near 2 × wall: both cores busy; wall ≫ CPU: the machine was busy)`,
  );
  if (result.rollups === 'fallback') console.log('note: rollups were rebuilt with db/rollups.ts (the rollup schema changed; see db/bulk-load.ts)');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
