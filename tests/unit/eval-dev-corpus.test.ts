/**
 * The evaluator on the real dev corpus in ../shared (read only, never copied).
 * Skipped, with a visible notice, when the corpus is not next to the repo.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract';
import { checkAcceptance, seedArticleFullyMatched } from '@/lib/eval/acceptance';
import { formatReport } from '@/lib/eval/report-table';
import { readCorpus } from '@/lib/eval/corpus-files';
import { evaluateCorpusDir, type EvalRun } from '@/lib/eval/run-eval';
import { scoreCorpus } from '@/lib/eval/score-corpus';
import type { Incident } from '@/lib/codebook';
import { summaryJson } from '@/lib/eval/summary-json';

const DEV = fileURLToPath(new URL('../../../shared/corpus/dev', import.meta.url));
const present = existsSync(resolve(DEV, 'articles')) && existsSync(resolve(DEV, 'gold'));
if (!present) console.warn(`NOTICE: dev corpus not found at ${DEV}; dev-corpus evaluation tests are skipped.`);

describe.skipIf(!present)('evaluator on the dev corpus', () => {
  let run: EvalRun;
  beforeAll(async () => {
    run = await evaluateCorpusDir(DEV, extractArticle);
  });

  it('reads every article with its gold and produces the report', () => {
    expect(run.problems).toEqual([]);
    expect(run.score.overall.articles).toBeGreaterThanOrEqual(70);
    expect(run.score.overall.strict.gold).toBeGreaterThanOrEqual(80);
    expect(run.score.byLang.ar.articles).toBeGreaterThan(0);
    expect(run.score.byLang.en.articles).toBeGreaterThan(0);
    const table = formatReport(run.score);
    expect(table).toMatch(/^Extraction evaluation: \d+ articles/);
    expect(table).toMatch(/overall\s+\d+\s+\d+/);
    const json = summaryJson(run.score, { corpus: DEV, elapsed_ms: 0 });
    expect(JSON.parse(JSON.stringify(json)).strict.gold).toBe(run.score.overall.strict.gold);
    console.info(`dev corpus: ${table.split('\n').slice(0, 4).join(' | ')}`);
  });

  it('scores the gold itself, given as predictions, as perfect', async () => {
    const { entries } = await readCorpus(DEV);
    const asPredicted = (g: (typeof entries)[number]['gold'][number]): Incident => ({
      ...g,
      killed: Array.isArray(g.killed) ? g.killed[0] : g.killed,
      injured: Array.isArray(g.injured) ? g.injured[1] : g.injured,
      kidnapped: Array.isArray(g.kidnapped) ? g.kidnapped[0] : g.kidnapped,
      evidence: g.evidence ?? '',
    });
    const score = scoreCorpus(entries.map((e) => ({ id: e.id, lang: e.article.lang, gold: e.gold, predicted: [...e.gold].reverse().map(asPredicted) })));
    const m = score.overall;
    expect([m.strict.f1, m.lenient.f1, m.date.value, m.perpetrator.value, m.killed.value, m.location.within25km.value]).toEqual([1, 1, 1, 1, 1, 1]);
    expect(m.falseAttribution.value).toBe(0);
    expect(m.location.medianKm).toBe(0);
    expect(seedArticleFullyMatched(score)).toBe(true);
  });

  it('dev corpus meets acceptance thresholds', () => {
    const checks = checkAcceptance(run.score.overall);
    const failed = checks.filter((c) => !c.pass).map((c) => `${c.name}=${c.value === null ? 'n/a' : c.value.toFixed(3)} (needs ${c.kind === 'min' ? '≥' : '≤'} ${c.bar})`);
    expect(failed, 'thresholds not met').toEqual([]);
    expect(seedArticleFullyMatched(run.score), 'seed-001: every gold incident strictly matched').toBe(true);
  });
});
