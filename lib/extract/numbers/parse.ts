import { normaliseArabic } from '@/lib/text/arabic';
import {
  AR_DUAL_NOUNS,
  AR_HUNDREDS,
  AR_THOUSANDS,
  AR_TENS,
  AR_UNITS,
  AR_VAGUE,
  AR_VAGUE_PHRASES,
  EN_SCALES,
  EN_UNITS,
  EN_VAGUE,
  EN_VAGUE_PHRASES,
} from './lexicon';

/**
 * A numeral with optional grouping: "12", "3,500", "3.500" (a dot before exactly three
 * digits is a thousands separator in the Arabic press), "1.5". Null when malformed.
 */
export function parseDigits(s: string, lang: 'ar' | 'en'): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}(?:,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(?:\.\d{3})+$/.test(s) && (lang === 'ar' || /\.\d{3}\./.test(s))) return Number(s.replace(/\./g, ''));
  if (/^\d+\.\d+$/.test(s)) return Number(s);
  return null;
}

const FEMININE_DUAL = /^[\p{L}]{3,}ت(?:ين|ان)$/u;
const NOT_DUAL = new Set(['بوتين', 'روتين', 'لاتين', 'ستين', 'مئتين', 'مائتين', 'اثنتين', 'اثنتان']);

/** Bare form of an Arabic number word: leading و / ب / ال removed when what remains is known. */
function arabicNumberKey(word: string): string {
  for (const pre of ['', 'و', 'ب', 'ال', 'وال', 'بال', 'ف']) {
    if (pre && !word.startsWith(pre)) continue;
    const w = word.slice(pre.length);
    if (AR_UNITS.has(w) || AR_TENS.has(w) || AR_HUNDREDS.has(w) || AR_THOUSANDS.has(w)) return w;
  }
  return word;
}

function parseArabicWords(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let prevUnit = false;
  for (const raw of words) {
    const w = arabicNumberKey(raw);
    const unit = AR_UNITS.get(w);
    const ten = AR_TENS.get(w);
    const hundred = AR_HUNDREDS.get(w);
    const thousand = AR_THOUSANDS.get(w);
    if (unit !== undefined) {
      // "ثلاثه عشر" = 13: عشر after a unit makes a teen
      current += prevUnit && unit === 10 ? 10 : unit;
      prevUnit = unit < 10;
    } else if (ten !== undefined) {
      current += ten;
      prevUnit = false;
    } else if (hundred !== undefined) {
      current = hundred === 100 && current > 0 && current < 10 ? current * 100 : current + hundred;
      prevUnit = false;
    } else if (thousand !== undefined) {
      if (thousand >= 2000 && thousand < 1_000_000) total += thousand; // الفان / الفين
      else if (current === 0 && (w === 'الاف' || w === 'الوف' || w === 'ملايين')) return null; // "thousands"
      else total += (current || 1) * thousand;
      current = 0;
      prevUnit = false;
    } else return null;
  }
  return total + current;
}

function parseEnglishWords(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === 'and') continue;
    if ((w === 'a' || w === 'an') && i + 1 < words.length) {
      current += 1;
      continue;
    }
    const unit = EN_UNITS.get(w);
    const scale = EN_SCALES.get(w);
    if (w === 'dozen') {
      current = (current || 1) * 12;
    } else if (unit !== undefined) {
      current += unit;
    } else if (scale !== undefined) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else return null;
    any = true;
  }
  return any ? total + current : null;
}

/**
 * The number a token or short phrase denotes: '12', '٣', '3,500', 'three', 'ثلاثه',
 * 'عشرين', 'twenty-one', 'a dozen' (12), 'خمسه وعشرون' (25), '3 الاف' (3000), an Arabic
 * dual noun ('طائرتين', 'شخصين' = 2). Vague quantities ('dozens', 'عشرات', 'several')
 * and anything unrecognised give null. Never throws.
 */
export function parseNumber(tokenOrPhrase: string, lang: 'ar' | 'en'): number | null {
  if (typeof tokenOrPhrase !== 'string') return null;
  const text = normaliseArabic(tokenOrPhrase).trim().replace(/\s+/g, ' ');
  if (!text || text.length > 200) return null;
  const lower = text.toLowerCase();
  if (EN_VAGUE.has(lower) || EN_VAGUE_PHRASES.includes(lower)) return null;
  if (AR_VAGUE_PHRASES.includes(text)) return null;
  if (/^\d/.test(text)) {
    const m = /^(\d+(?:[.,]\d+)*)(?:\s+(.+))?$/.exec(lower);
    if (!m) return null;
    const n = parseDigits(m[1] as string, lang);
    if (n === null || m[2] === undefined) return n;
    // "3 الاف", "5 thousand", "1.5 million"
    const scaleWord = arabicNumberKey(m[2]);
    const scale = EN_SCALES.get(m[2]) ?? (AR_THOUSANDS.get(scaleWord) ?? (AR_HUNDREDS.get(scaleWord) === 100 ? 100 : undefined));
    return scale === undefined ? null : Math.round(n * scale);
  }
  const words = lower.split(/[\s-]+/).filter(Boolean);
  if (/[\u0600-\u06FF]/.test(text)) {
    if (words.length === 1) {
      const w = words[0] as string;
      if (AR_VAGUE.has(w) && !AR_THOUSANDS.has(w)) return null;
      const bare = w.replace(/^(?:و|ف)?(?:ال|ب|ل)?/, '');
      if (AR_DUAL_NOUNS.has(w) || AR_DUAL_NOUNS.has(bare)) return 2;
      const n = parseArabicWords(words);
      if (n !== null) return n;
      if (FEMININE_DUAL.test(bare) && !NOT_DUAL.has(bare)) return 2;
      return null;
    }
    return parseArabicWords(words.filter((w) => w !== 'و'));
  }
  return parseEnglishWords(words);
}

/** A small count in a time phrase ("a day earlier", "two weeks after", "بعد ثلاثة أيام"): 0 when it is none. */
export function countOf(word: string, lang: 'ar' | 'en'): number {
  if (/^an?$/i.test(word)) return 1;
  return parseNumber(word, lang) ?? 0;
}
