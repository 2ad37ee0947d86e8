/**
 * Extraction throughput benchmark (not a test): runs extractArticle over at least
 * 5,000 articles in one process and prints articles/s, chars/s, latency percentiles
 * and peak memory. Target: ≥ 1,000 articles/s on one core (judged on the mean over the
 * whole run). On a shared machine the mean drifts with other load, so it also prints the
 * best pass of PASS_SIZE articles and the rate per second of this process's own CPU time.
 *
 *   npm run bench:extract -- [--articles N] [--all-cores] [ARTICLES_DIR]
 *
 * Articles come from ARTICLES_DIR, else the dev corpus at ../shared/corpus/dev
 * (read only), else data/demo/, else generated text; the set is repeated to reach N.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '@/lib/codebook';
import { readArticlesFromFile } from '@/lib/articles';
import { extractArticle } from '@/lib/extract';

const TARGET_PER_SECOND = 1000;
const PASS_SIZE = 1000;
// On one core two early passes can agree while the optimising compiler is still at work.
const WARM_MIN_PASSES = 5;
const WARM_MAX_PASSES = 12;
const WARM_TOLERANCE = 0.1;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function parseArgs(argv: string[]): { count: number; dir: string | null } {
  let count = 5000;
  let dir: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--articles') count = Math.max(1, Number(argv[++i]) || 5000);
    else dir = argv[i] ?? null;
  }
  return { count, dir };
}

async function articlesIn(dir: string): Promise<Article[]> {
  const folder = existsSync(join(dir, 'articles')) ? join(dir, 'articles') : dir;
  const names = (await readdir(folder)).filter((n) => /\.(json|jsonl|txt)$/.test(n)).sort();
  const out: Article[] = [];
  for (const name of names) {
    for await (const item of readArticlesFromFile(join(folder, name))) if (item.article) out.push(item.article);
  }
  return out;
}

/** Fallback text, written for this benchmark, shaped like short wire reports. */
function generatedArticles(n: number): Article[] {
  const places = ['Baghdad', 'Mosul', 'Kirkuk', 'Ramadi', 'Baqubah', 'Basra', 'Erbil', 'Tikrit'];
  return Array.from({ length: n }, (_, i) => {
    const place = places[i % places.length]!;
    const text =
      `${place}, Iraq — A roadside bomb struck a police patrol in ${place} on Monday, killing ${i % 5} officers and wounding ${i % 7}, ` +
      `a security source said. No group claimed responsibility. Separately, unidentified gunmen kidnapped a shop owner ` +
      `on the outskirts of the city late on Sunday, police said. `.repeat(1 + (i % 4));
    return { lang: 'en', url: null, published: '2022-01-10', title: `Attack in ${place}`, text };
  });
}

async function loadArticles(dir: string | null): Promise<{ articles: Article[]; source: string }> {
  const candidates = dir ? [dir] : [join(ROOT, '../shared/corpus/dev'), join(ROOT, 'data/demo')];
  for (const c of candidates) {
    if (!existsSync(c)) continue;
    const articles = await articlesIn(c);
    if (articles.length > 0) return { articles, source: c };
  }
  if (dir) throw new Error(`no readable articles in ${dir}`);
  return { articles: generatedArticles(200), source: 'generated (no corpus or demo articles found)' };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * "On one core": on Linux the benchmark runs itself again pinned to a single CPU
 * (taskset), so V8's compiler and GC threads share that core with the run.
 * --all-cores (or no taskset) measures unpinned.
 */
function pinnedToOneCore(): boolean {
  if (process.env.EXTRACT_BENCH_PINNED === '1' || process.argv.includes('--all-cores') || process.platform !== 'linux') return false;
  const probe = spawnSync('taskset', ['-c', '0', 'true']);
  if (probe.status !== 0) return false;
  const run = spawnSync('taskset', ['-c', '0', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, EXTRACT_BENCH_PINNED: '1' },
  });
  process.exitCode = run.status ?? 1;
  return true;
}

async function main(): Promise<void> {
  if (pinnedToOneCore()) return;
  const { count, dir } = parseArgs(process.argv.slice(2).filter((a) => a !== '--all-cores'));
  const { articles, source } = await loadArticles(dir);
  const cores = process.env.EXTRACT_BENCH_PINNED === '1' ? 'pinned to one core (taskset -c 0)' : 'all cores (not pinned)';
  console.log(`extract bench: ${articles.length} distinct articles from ${source}, running ${count}, ${cores}`);

  // Warm-up: JIT and lazy lexicon loading are not throughput. On one core V8's optimising
  // compiler shares the CPU with the run, so warming takes a few thousand articles; it is
  // done after WARM_MIN_PASSES when two passes in a row agree within WARM_TOLERANCE (printed).
  const warmStarted = performance.now();
  let warmArticles = 0;
  let previous = 0;
  for (let pass = 0; pass < WARM_MAX_PASSES; pass++) {
    const t = performance.now();
    for (let i = 0; i < PASS_SIZE; i++) extractArticle(articles[(warmArticles + i) % articles.length]!);
    warmArticles += PASS_SIZE;
    const rate = PASS_SIZE / ((performance.now() - t) / 1000);
    if (pass + 1 >= WARM_MIN_PASSES && previous > 0 && Math.abs(rate - previous) / previous < WARM_TOLERANCE) break;
    previous = rate;
  }
  const warmSeconds = (performance.now() - warmStarted) / 1000;
  console.log(`warm-up:           ${warmArticles} articles in ${warmSeconds.toFixed(1)} s (${(warmArticles / warmSeconds).toFixed(0)} articles/s while the JIT warms up)`);

  let peakRss = process.memoryUsage().rss;
  const latencies: number[] = new Array<number>(count);
  let chars = 0;
  let incidents = 0;
  let slowest = { ms: 0, id: '' };
  let bestPass = 0;
  let passStarted = performance.now();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const a = articles[i % articles.length]!;
    const t0 = performance.now();
    incidents += extractArticle(a).incidents.length;
    const ms = performance.now() - t0;
    latencies[i] = ms;
    if (ms > slowest.ms) slowest = { ms, id: a.id ?? a.title.slice(0, 40) };
    chars += a.text.length;
    if (i % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if ((i + 1) % PASS_SIZE === 0) {
      const now = performance.now();
      bestPass = Math.max(bestPass, PASS_SIZE / ((now - passStarted) / 1000));
      passStarted = now;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  latencies.sort((x, y) => x - y);

  const perSecond = count / seconds;
  console.log(`articles:          ${count} (${incidents} incidents, ${(chars / count).toFixed(0)} chars/article on average)`);
  console.log(`time:              ${seconds.toFixed(2)} s`);
  console.log(`throughput:        ${perSecond.toFixed(0)} articles/s, ${(chars / seconds / 1e6).toFixed(2)} M chars/s (mean over the run)`);
  if (count >= PASS_SIZE) console.log(`best pass:         ${bestPass.toFixed(0)} articles/s (fastest ${PASS_SIZE} articles in a row)`);
  console.log(`per CPU second:    ${(count / cpuSeconds).toFixed(0)} articles (${cpuSeconds.toFixed(2)} s of this process's CPU time, GC included)`);
  console.log(`latency:           p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms, max ${slowest.ms.toFixed(2)} ms (${slowest.id})`);
  console.log(`peak memory:       rss sampled ${mb(peakRss)}, maxRSS ${mb(process.resourceUsage().maxRSS * 1024)}, heap used now ${mb(process.memoryUsage().heapUsed)}`);
  console.log(`target:            ≥ ${TARGET_PER_SECOND} articles/s on one core: ${perSecond >= TARGET_PER_SECOND ? 'MET' : 'NOT MET'}`);
}

main().catch((e: unknown) => {
  console.error(`extract bench failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
