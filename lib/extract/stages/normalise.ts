/**
 * Stage 1: the matching form of a sentence. Arabic goes through the project's one
 * normaliser (lib/text/arabic.ts), so lexicons are written in a single spelling;
 * English keeps its letters and only unifies quotes, apostrophes and dashes.
 */
import { normaliseArabic } from '@/lib/text/arabic';
import type { Lang } from '../lexicon';

export function normaliseEnglish(s: string): string {
  return s
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00A0/g, ' ');
}

export function normaliseFor(lang: Lang, s: string): string {
  return lang === 'ar' ? normaliseArabic(normaliseEnglish(s)) : normaliseEnglish(s);
}
