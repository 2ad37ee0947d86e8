import type { Article, Incident } from '@/lib/codebook';
import { runPipeline } from './pipeline';

export interface ExtractionResult {
  published: string | null;
  incidents: Incident[];
}

/**
 * Coded incidents of one article (codebook §6). Pure and deterministic: the same
 * article gives the same result, relative dates resolve against the publication date
 * (never the clock). Never throws: input that cannot be read yields no incidents.
 */
export function extractArticle(article: Article): ExtractionResult {
  const published =
    article && typeof article.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(article.published)
      ? article.published
      : null;
  try {
    if (!article || typeof article !== 'object') return { published: null, incidents: [] };
    return runPipeline(article);
  } catch {
    return { published, incidents: [] };
  }
}
