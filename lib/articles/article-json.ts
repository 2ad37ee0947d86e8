/**
 * Parsing one article given as JSON (codebook section 7). Articles come from outside
 * (corpus files, ingestion feeds), so every field is checked and an error names the
 * field that is wrong instead of failing later inside the extractor.
 */
import { z } from 'zod';
import type { Article } from '@/lib/codebook';
import { isMostlyArabic } from '@/lib/text/arabic';

/** YYYY-MM-DD that is a real calendar day; a full ISO timestamp is cut to its day. */
export function normalisePublishedDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.getUTCFullYear() !== Number(y) || day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d)) {
    return null;
  }
  return `${y}-${mo}-${d}`;
}

const publishedField = z
  .string()
  .nullable()
  .optional()
  .transform((v, ctx) => {
    if (v === null || v === undefined || v.trim() === '') return null;
    const day = normalisePublishedDate(v);
    if (day === null) {
      ctx.addIssue({ code: 'custom', message: `must be a date YYYY-MM-DD or null, got ${JSON.stringify(v.slice(0, 40))}` });
      return z.NEVER;
    }
    return day;
  });

export const articleJsonSchema = z.object({
  id: z.union([z.string(), z.number()]).optional().transform((v) => (v === undefined ? undefined : String(v))),
  // lang may be left out by hand-written files; it is then inferred from the script.
  lang: z.enum(['ar', 'en']).optional(),
  url: z.string().nullable().optional(),
  published: publishedField,
  title: z.string().nullable().optional(),
  text: z.string().refine((t) => t.trim().length > 0, { message: 'must not be empty' }),
});

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length > 0 ? issue.path.join('.') : '(article)';
      const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : issue.message;
      return `field "${field}" ${message}`;
    })
    .join('; ');
}

/** First non-empty line, trimmed and capped, used when an article has no title. */
export function firstLineTitle(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim().length > 0) ?? '';
  return line.trim().slice(0, 300);
}

/**
 * Parses the JSON text of one article. Throws an Error whose message names the file
 * (source) and the offending field; callers that must not throw use readArticlesFromFile.
 */
export function parseArticleJson(text: string, source: string): Article {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${source}: not valid JSON (${(e as Error).message})`);
  }
  return articleFromJsonValue(raw, source);
}

/** Validates an already parsed JSON value as an article. */
export function articleFromJsonValue(raw: unknown, source: string): Article {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(`${source}: an article must be a JSON object with "text" (got ${Array.isArray(raw) ? 'an array' : typeof raw})`);
  }
  const parsed = articleJsonSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${source}: ${describeIssues(parsed.error)}`);
  const a = parsed.data;
  const article: Article = {
    lang: a.lang ?? (isMostlyArabic(a.text) ? 'ar' : 'en'),
    url: a.url ?? null,
    published: a.published,
    title: a.title ?? firstLineTitle(a.text),
    text: a.text,
  };
  if (a.id !== undefined) article.id = a.id;
  return article;
}
