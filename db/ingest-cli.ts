/**
 * npm run ingest -- [--db FILE] PATH...
 *
 * Reads every article file given (folders are walked recursively for .json, .jsonl and
 * .txt), extracts incidents and stores them in DATABASE_PATH (default data/incidents.db).
 * Progress goes to stderr (a bar on a terminal, plain count lines otherwise); the summary
 * and every failure go to stdout.
 *
 * Exit code: 0 when every article was stored or skipped as already present; 1 when any
 * file, line or article failed (the others are still stored); 2 for a usage error.
 */
import path from 'node:path';
import { closeDatabase, databasePathFromEnv, openDatabase } from './client';
import { ingestPaths, type IngestProgress } from './ingest';

function usage(): never {
  console.error('usage: npm run ingest -- [--db FILE] PATH...   (PATH: article file or folder)');
  process.exit(2);
}

function parseArgs(argv: string[]): { db: string; paths: string[] } {
  let db = databasePathFromEnv();
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--db') {
      const v = argv[++i];
      if (!v) usage();
      db = path.resolve(v);
    } else if (a === '--help' || a === '-h') usage();
    else if (a.startsWith('--')) {
      console.error(`unknown option ${a}`);
      usage();
    } else paths.push(a);
  }
  if (!paths.length) usage();
  return { db, paths };
}

function counts(p: IngestProgress): string {
  return `${p.filesDone}/${p.filesTotal} files · ${p.articlesNew} new · ${p.skipped} skipped · ${p.failed} failed · ${p.incidentsAdded} incidents`;
}

function progressPrinter(): { update: (p: IngestProgress) => void; done: () => void } {
  const tty = process.stderr.isTTY === true;
  let last = 0;
  return {
    update(p) {
      const now = Date.now();
      const finished = p.filesDone === p.filesTotal;
      if (tty) {
        if (now - last < 100 && !finished) return; // redraw at most ten times a second
        last = now;
        const width = 24;
        const filled = p.filesTotal ? Math.round((p.filesDone / p.filesTotal) * width) : width;
        const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
        const line = `${bar} ${counts(p)}`;
        process.stderr.write(`\r${line.slice(0, (process.stderr.columns || 100) - 1)}\x1b[K`);
        return;
      }
      // Logs (CI, redirected output): a line per second at most, and the last one.
      if (now - last >= 1000 || finished) {
        last = now;
        process.stderr.write(`ingest: ${counts(p)}\n`);
      }
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const handle = openDatabase(args.db);
  const progress = progressPrinter();
  const started = performance.now();
  const summary = await ingestPaths(args.paths, { db: handle, onProgress: progress.update });
  progress.done();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `ingested into ${args.db} in ${seconds} s: ${summary.articlesNew} new articles, ${summary.skipped} skipped (already stored), ` +
      `${summary.failed.length} failed; ${summary.incidentsAdded} incidents added, ${summary.incidentsLinked} linked to existing incidents`,
  );
  for (const f of summary.failed) console.log(`FAILED ${f.source}${f.line !== undefined ? `:${f.line}` : ''}: ${f.reason}`);
  handle.sqlite.close();
  closeDatabase();
  process.exitCode = summary.failed.length ? 1 : 0;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
