import type { Article } from '@/lib/codebook';
import { isMostlyArabic } from '@/lib/text/arabic';
import { firstLineTitle } from './article-json';

/**
 * An article from a plain-text file. Plain text carries no metadata, so the
 * publication date stays null: the extractor finds it in the text (dateline).
 */
export function articleFromPlainText(text: string, source: string): Article {
  if (text.trim().length === 0) throw new Error(`${source}: the file holds no text`);
  return {
    lang: isMostlyArabic(text) ? 'ar' : 'en',
    url: null,
    published: null,
    title: firstLineTitle(text),
    text,
  };
}
