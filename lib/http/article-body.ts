import { articleFromJsonValue, articleJsonSchema } from '@/lib/articles/article-json';
import type { Article } from '@/lib/codebook';
import { badParam } from './json-response';
import type { Parsed } from './query-params';

/** An article posted as JSON (codebook section 7), or 400 naming the bad field. */
export function parseArticleBody(body: unknown): Parsed<Article> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, response: badParam('body', 'expected one article as a JSON object with "text"') };
  }
  const checked = articleJsonSchema.safeParse(body);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, response: badParam(String(issue?.path[0] ?? 'body'), issue?.message ?? 'invalid') };
  }
  return { ok: true, value: articleFromJsonValue(body, 'request body') };
}
