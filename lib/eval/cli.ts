/**
 * `npm run eval -- CORPUS_DIR [--detail] [--json]` (codebook section 8).
 *
 * Prints the report table (and with --detail every article's misses, false alarms
 * and wrong fields), then ONE final JSON line with all figures. --json prints only
 * that JSON line. Skipped files and the elapsed time go to stderr.
 * Exit code: 0 when the corpus was scored (whatever the figures), 2 on bad usage
 * or a folder that is not a corpus, 1 on an unexpected failure.
 */
import { extractArticle } from '@/lib/extract';
import { formatDetail } from './report-detail';
import { formatReport } from './report-table';
import { evaluateCorpusDir } from './run-eval';
import { summaryJson } from './summary-json';

const USAGE = 'usage: npm run eval -- CORPUS_DIR [--detail] [--json]\n  CORPUS_DIR holds articles/ID.json and gold/ID.json\n';

async function main(argv: string[]): Promise<number> {
  const started = performance.now();
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const dirs = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--detail' && f !== '--json');
  if (dirs.length !== 1 || unknown.length > 0) {
    process.stderr.write(unknown.length > 0 ? `eval: unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
    return 2;
  }
  const dir = dirs[0]!;
  let run;
  try {
    run = await evaluateCorpusDir(dir, extractArticle);
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    return 2;
  }
  for (const p of run.problems) process.stderr.write(`eval: ${p}\n`);

  if (!flags.has('--json')) {
    process.stdout.write(formatReport(run.score) + '\n\n');
    if (flags.has('--detail')) process.stdout.write(formatDetail(run.score.articles) + '\n\n');
  }
  const elapsed = Math.round(performance.now() - started);
  process.stdout.write(JSON.stringify(summaryJson(run.score, { corpus: dir, elapsed_ms: elapsed })) + '\n');
  process.stderr.write(`eval: ${run.score.overall.articles} articles in ${elapsed} ms (extraction ${Math.round(run.extractMs)} ms)\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`eval: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
