/**
 * Stage 1: the matching form of a sentence. Arabic goes through the project's one
 * normaliser (lib/text/arabic.ts), so lexicons are written in a single spelling;
 * English keeps its letters and only unifies quotes, apostrophes and dashes.
 */
import { normaliseArabic } from '@/lib/text/arabic';
import type { Lang } from '../lexicon';

const ENGLISH_FOLDED = /[\u2018\u2019\u02BC\u0060\u00B4\u201C\u201D\u00AB\u00BB\u2010-\u2015\u2212\u00A0]/;

export function normaliseEnglish(s: string): string {
  if (!ENGLISH_FOLDED.test(s)) return s; // nothing to fold: skip four scans and copies
  return s
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00A0/g, ' ');
}

export function normaliseFor(lang: Lang, s: string): string {
  return lang === 'ar' ? normaliseArabic(normaliseEnglish(s)) : normaliseEnglish(s);
}
