/** Reading a corpus, running the extractor over it and scoring the result. */
import type { Article, Incident } from '@/lib/codebook';
import { readCorpus } from './corpus-files';
import { scoreCorpus, type ArticleScoreInput, type CorpusScore } from './score-corpus';

export type ExtractFn = (article: Article) => { published: string | null; incidents: Incident[] };

export interface EvalRun {
  score: CorpusScore;
  problems: string[];
  extractMs: number;
}

/** The extractor must never throw; if it does, the article scores as predicting nothing and the error is kept. */
export function predictAll(entries: Awaited<ReturnType<typeof readCorpus>>['entries'], extract: ExtractFn): ArticleScoreInput[] {
  return entries.map((e) => {
    try {
      return { id: e.id, lang: e.article.lang, gold: e.gold, predicted: extract(e.article).incidents };
    } catch (err) {
      return { id: e.id, lang: e.article.lang, gold: e.gold, predicted: [], error: err instanceof Error ? err.message : String(err) };
    }
  });
}

export async function evaluateCorpusDir(dir: string, extract: ExtractFn): Promise<EvalRun> {
  const corpus = await readCorpus(dir);
  const started = performance.now();
  const inputs = predictAll(corpus.entries, extract);
  const extractMs = performance.now() - started;
  return { score: scoreCorpus(inputs), problems: corpus.problems, extractMs };
}
