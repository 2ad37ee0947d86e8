/** Builders shared by the extraction rule tests: an article in one language, its incidents, its perpetrators. */
import { extractArticle } from '@/lib/extract';
import type { Article, Incident } from '@/lib/codebook';

export function articleIn(lang: 'ar' | 'en', published: string): (text: string, title?: string) => Article {
  return (text, title = '') => ({ lang, url: null, published, title, text });
}

export const incidents = (a: Article): Incident[] => extractArticle(a).incidents;

export const perps = (i: Incident | undefined): string[] =>
  (i?.actors ?? []).filter((a) => a.role === 'perpetrator').map((a) => a.id).sort();
