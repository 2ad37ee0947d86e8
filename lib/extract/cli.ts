/**
 * `npm run --silent extract -- FILE...` (codebook section 6).
 *
 * stdout carries exactly one JSON line per FILE, in the order given, and nothing
 * else, so other programs can read it line by line. A .jsonl file holds many
 * articles: it prints one line per article, each with "file" and "line" (the
 * codebook does not cover .jsonl; every other file is one line).
 * A file that cannot be read or parsed, or whose extraction fails, prints
 * {"file":...,"error":...} on its line and the run goes on.
 * Diagnostics go to stderr. Exit code: 0 when the run completed (even if some files
 * had errors — they are on their lines); 2 when no FILE was given; 1 on an
 * unexpected internal failure. `--help` alone prints the usage to stderr.
 */
import type { Article } from '@/lib/codebook';
import { readArticlesFromFile } from '@/lib/articles';
import { printedIncident } from './printed-incident';

// Anything the engine might log must not corrupt the JSON lines on stdout.
console.log = console.error;
console.info = console.error;
console.debug = console.error;
// A reader that stops early (`| head`) closes the pipe: stop quietly instead of crashing.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

type Extract = (article: Article) => { published: string | null; incidents: unknown[] };

function writeLine(line: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(line + '\n')) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

const USAGE = 'usage: npm run --silent extract -- FILE...\n  FILE: article .json (codebook section 7), plain .txt, or .jsonl (one article per line)\n';

async function main(files: string[]): Promise<number> {
  if (files.length === 1 && (files[0] === '--help' || files[0] === '-h')) {
    process.stderr.write(USAGE);
    return 0;
  }
  if (files.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  // Imported after console is redirected, so import-time logging also goes to stderr.
  const { extractArticle } = (await import('./index')) as { extractArticle: Extract };

  for (const file of files) {
    for await (const item of readArticlesFromFile(file)) {
      const where = item.line !== undefined ? { file, line: item.line } : { file };
      if (item.error !== undefined || item.article === undefined) {
        process.stderr.write(`extract: ${file}${item.line !== undefined ? `:${item.line}` : ''}: ${item.error}\n`);
        await writeLine(JSON.stringify({ ...where, error: item.error ?? 'no article' }));
        continue;
      }
      let line: string;
      try {
        const result = extractArticle(item.article);
        line = JSON.stringify({
          ...where,
          published: result.published ?? null,
          incidents: result.incidents.map((i) => printedIncident(i as Parameters<typeof printedIncident>[0])),
        });
      } catch (e) {
        const message = `extraction failed: ${e instanceof Error ? e.message : String(e)}`;
        process.stderr.write(`extract: ${file}: ${message}\n`);
        line = JSON.stringify({ ...where, error: message });
      }
      await writeLine(line);
    }
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`extract: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
