import { ingestArticle } from '@/db/ingest';
import { incidentsOfArticle } from '@/db/queries/article-incidents';
import { requireWriter } from '@/lib/auth/require-writer';
import { parseArticleBody } from '@/lib/http/article-body';
import { readJsonBody } from '@/lib/http/json-body';
import { jsonError, jsonOk } from '@/lib/http/json-response';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * POST /api/articles (auth required) with one article as JSON → the extractor runs,
 * the article and its incidents are stored in one transaction, and the answer lists
 * the incidents now linked to it: 201 for a new article, 200 when the same text was
 * already stored (nothing written).
 */
export async function POST(request: Request): Promise<Response> {
  const denied = requireWriter(request);
  if (denied) return denied;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const article = parseArticleBody(body.value);
  if (!article.ok) return article.response;
  try {
    const result = ingestArticle(article.value);
    const incidents = incidentsOfArticle(result.articleId);
    return jsonOk({ ...result, incidents }, { status: result.status === 'new' ? 201 : 200 });
  } catch (err) {
    // The ingest is one transaction: on failure nothing of this article was stored.
    return jsonError(500, `could not ingest the article (nothing stored): ${(err as Error).message}`);
  }
}
