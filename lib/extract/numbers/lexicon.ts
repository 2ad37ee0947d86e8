import numberWords from '@/data/lexicons/numbers/number-words.json';
import casualtyTerms from '@/data/lexicons/numbers/casualty-terms.json';
import { normaliseArabic } from '@/lib/text/arabic';
import type { CasualtyField } from './types';

/** Proclitics that attach to an Arabic word: and/so, with/for/like, the. */
const AR_PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];
const AR_ARTICLE = ['', 'ال'];

// Stems are asked for the same few thousand words again and again; a bounded cache keeps
// that cheap without letting one huge input grow memory.
const STEM_CACHE = new Map<string, string[]>();
const STEM_CACHE_MAX = 20_000;

/** Strip Arabic proclitics: yields the candidate bare forms of a token, longest first. */
export function arabicStems(token: string): string[] {
  const hit = STEM_CACHE.get(token);
  if (hit) return hit;
  const out = computeStems(token);
  if (STEM_CACHE.size >= STEM_CACHE_MAX) STEM_CACHE.clear();
  STEM_CACHE.set(token, out);
  return out;
}

function computeStems(token: string): string[] {
  const out: string[] = [token];
  for (const p of AR_PREFIXES) {
    if (p && token.startsWith(p) && token.length - p.length >= 2) out.push(token.slice(p.length));
    for (const a of AR_ARTICLE) {
      if (!a) continue;
      const pre = p + a;
      if (token.startsWith(pre) && token.length - pre.length >= 2) out.push(token.slice(pre.length));
    }
    // ل + ال contracts to لل (للجنود)
    if (token.startsWith(p + 'لل') && token.length - p.length - 2 >= 2) out.push(token.slice(p.length + 2));
  }
  return out;
}

/** First bare form of `token` that `map` knows. */
export function lookupArabic<T>(map: ReadonlyMap<string, T>, token: string): T | undefined {
  for (const s of arabicStems(token)) {
    const v = map.get(s);
    if (v !== undefined) return v;
  }
  return undefined;
}

function arMap<T>(entries: Record<string, T>): Map<string, T> {
  const m = new Map<string, T>();
  for (const [k, v] of Object.entries(entries)) m.set(normaliseArabic(k), v);
  return m;
}
const arSet = (words: string[]) => new Set(words.map(normaliseArabic));

const AR = numberWords.ar;
const EN = numberWords.en;

export const AR_UNITS = arMap<number>(AR.units);
export const AR_TENS = arMap<number>(AR.tens);
export const AR_HUNDREDS = arMap<number>(AR.hundreds);
export const AR_THOUSANDS = arMap<number>(AR.thousands);
/** Single-word vague quantities (عشرات); multi-word ones are matched as phrases. */
export const AR_VAGUE = arSet(AR.vague.filter((w) => !w.includes(' ')));
export const AR_VAGUE_PHRASES = AR.vague.filter((w) => w.includes(' ')).map(normaliseArabic);

export const EN_UNITS = new Map<string, number>(Object.entries(EN.units));
export const EN_SCALES = new Map<string, number>(Object.entries(EN.scales));
export const EN_VAGUE = new Set(EN.vague.filter((w) => !w.includes(' ')));
export const EN_VAGUE_PHRASES = EN.vague.filter((w) => w.includes(' '));

export interface TriggerInfo {
  field: CasualtyField;
  /** where the count is looked for */
  side: 'before' | 'after' | 'either';
}

const FIELDS: CasualtyField[] = ['killed', 'injured', 'kidnapped'];

/** English casualty phrases, keyed by their lower-case words joined with single spaces. */
export const EN_TRIGGERS = new Map<string, TriggerInfo>();
for (const f of FIELDS) for (const w of casualtyTerms.en[f].either) EN_TRIGGERS.set(w, { field: f, side: 'either' });
export const EN_TRIGGER_MAX_WORDS = Math.max(...[...EN_TRIGGERS.keys()].map((k) => k.split(' ').length));
export const EN_COMBINED = new Set(casualtyTerms.en.combined);
export const EN_PERSON_NOUNS = new Set(casualtyTerms.en.personNouns);

/** Arabic trigger words; a word may take its count from either side (قتلوا). */
export const AR_BEFORE = new Map<string, CasualtyField>();
export const AR_AFTER = new Map<string, CasualtyField>();
export const AR_SELF = new Map<string, { field: CasualtyField; value: number }>();
for (const f of FIELDS) {
  const t = casualtyTerms.ar[f];
  for (const w of t.before) AR_BEFORE.set(normaliseArabic(w), f);
  for (const w of t.after) AR_AFTER.set(normaliseArabic(w), f);
  for (const [w, v] of Object.entries(t.self)) AR_SELF.set(normaliseArabic(w), { field: f, value: v });
}
export const AR_COMBINED = arSet(casualtyTerms.ar.combined);
export const AR_PERSON_NOUNS = arSet(casualtyTerms.ar.personNouns);
export const AR_DUAL_NOUNS = arSet(casualtyTerms.ar.dualNouns);
