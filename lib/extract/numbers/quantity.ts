import type { Token } from './tokens';
import {
  AR_DUAL_NOUNS,
  AR_HUNDREDS,
  AR_PERSON_NOUNS,
  AR_TENS,
  AR_THOUSANDS,
  AR_UNITS,
  AR_VAGUE,
  EN_PERSON_NOUNS,
  EN_SCALES,
  EN_UNITS,
  EN_VAGUE,
  arabicStems,
  lookupArabic,
} from './lexicon';
import { parseDigits, parseNumber } from './parse';

/** A count read from tokens [from, to); value null = a vague amount ("dozens"). */
export interface Quantity {
  value: number | null;
  from: number;
  to: number;
  /** read from a numeral or number word, not inferred from a noun or pronoun */
  numeric?: boolean;
}

const EN_MODIFIERS: string[][] = [
  ['at', 'least'],
  ['up', 'to'],
  ['more', 'than'],
  ['over'],
  ['about'],
  ['around'],
  ['nearly'],
  ['almost'],
  ['approximately'],
  ['roughly'],
  ['as', 'many', 'as'],
  ['at', 'most'],
  ['fewer', 'than'],
  ['less', 'than'],
  ['an', 'estimated'],
  ['a', 'total', 'of'],
  ['total', 'of'],
  ['estimated'],
  ['some'],
  ['another'],
];

const AR_MODIFIERS: string[][] = [
  ['ما', 'لا', 'يقل', 'عن'],
  ['لا', 'يقل', 'عن'],
  ['ما', 'يقارب'],
  ['ما', 'يزيد', 'عن'],
  ['ما', 'يزيد', 'علي'],
  ['اكثر', 'من'],
  ['اقل', 'من'],
  ['ما', 'مجموعه'],
  ['نحو'],
  ['حوالي'],
  ['قرابه'],
  ['زهاء'],
  ['اكثر'],
];

function skipModifiers(tokens: Token[], i: number, table: string[][]): number {
  let j = i;
  for (let round = 0; round < 2; round++) {
    const hit = table.find((seq) => seq.every((w, k) => tokens[j + k]?.key === w));
    if (!hit) break;
    j += hit.length;
  }
  return j;
}

const EN_AUX = new Set(['was', 'is', 'has', 'had', 'got', 'been']);

const isEnNumberWord = (k: string) =>
  EN_UNITS.has(k) || EN_SCALES.has(k) || k.split('-').every((p) => EN_UNITS.has(p));

/** The key of token k, or '' past the end (a plain function: it runs for every token read). */
function keyAt(tokens: Token[], k: number): string {
  return tokens[k]?.key ?? '';
}

/** A count starting at token i of an English sentence, or null. */
export function readQuantityEn(tokens: Token[], i: number): Quantity | null {
  let j = skipModifiers(tokens, i, EN_MODIFIERS);
  const t = tokens[j];
  if (!t) return null;
  if (j > i && tokens[j - 1]?.key === 'another' && !(t.kind === 'number' || isEnNumberWord(t.key))) {
    return { value: 1, from: i, to: j }; // "and another wounded"
  }
  if (t.kind === 'number') {
    let value = parseDigits(t.text, 'en');
    let to = j + 1;
    const scale = EN_SCALES.get(keyAt(tokens, to));
    if (value !== null && scale) {
      value *= scale;
      to++;
    }
    return value === null ? null : { value, from: i, to, numeric: true };
  }
  if (t.kind !== 'word') return null;
  if (t.key === 'a' || t.key === 'an' || t.key === 'one') {
    if (keyAt(tokens, j + 1) === 'dozen') return { value: 12, from: i, to: j + 2, numeric: true };
    if (keyAt(tokens, j + 1) === 'number' && keyAt(tokens, j + 2) === 'of') return { value: null, from: i, to: j + 3 };
    if (keyAt(tokens, j + 1) === 'few') return { value: null, from: i, to: j + 2 };
    const scale = EN_SCALES.get(keyAt(tokens, j + 1));
    if (scale) return { value: scale, from: i, to: j + 2 };
    // "a policeman", "an Iraqi engineer", "one person"
    for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
      const w = tokens[k] as Token;
      if (w.kind !== 'word') break;
      if (EN_PERSON_NOUNS.has(w.key)) return { value: 1, from: i, to: k + 1 };
    }
    return t.key === 'one' ? { value: 1, from: i, to: j + 1 } : null;
  }
  if ((t.key === 'he' || t.key === 'she') && EN_AUX.has(keyAt(tokens, j + 1))) {
    return { value: 1, from: i, to: j + 1 }; // "he was kidnapped"
  }
  if (t.key === 'his' || t.key === 'her' || t.key === 'the' || t.key === 'their') {
    const n1 = tokens[j + 1];
    const n2 = tokens[j + 2];
    if (n1?.kind === 'word' && EN_PERSON_NOUNS.has(n1.key)) return { value: 1, from: i, to: j + 2 };
    if (n1?.kind === 'word' && n2?.kind === 'word' && EN_PERSON_NOUNS.has(n2.key) && !EN_PERSON_NOUNS.has(n1.key))
      return { value: 1, from: i, to: j + 3 };
    return null;
  }
  if (EN_VAGUE.has(t.key) && t.key !== 'some') return { value: null, from: i, to: j + 1 };
  if (isEnNumberWord(t.key)) {
    let to = j;
    const words: string[] = [];
    while (to < tokens.length) {
      const k = tokens[to]?.key ?? '';
      if (isEnNumberWord(k)) words.push(k);
      else if (k === 'and' && isEnNumberWord(keyAt(tokens, to + 1)) && words.length > 0 && EN_SCALES.has(words[words.length - 1] as string)) words.push(k);
      else break;
      to++;
    }
    const value = parseNumber(words.join(' '), 'en');
    return value === null ? null : { value, from: i, to, numeric: true };
  }
  return null;
}

function numberCategory(key: string): 'unit' | 'tens' | 'big' | null {
  for (const s of arabicStems(key)) {
    if (AR_UNITS.has(s)) return 'unit';
    if (AR_TENS.has(s)) return 'tens';
    if (AR_HUNDREDS.has(s) || AR_THOUSANDS.has(s)) return 'big';
  }
  return null;
}

function isArNumberWord(token: Token): boolean {
  return arabicStems(token.key).some((s) => AR_UNITS.has(s) || AR_TENS.has(s) || AR_HUNDREDS.has(s));
}

const isAnd = (t: Token | undefined) => t?.key === 'و';

/** A count starting at token i of an (normalised) Arabic sentence, or null. */
export function readQuantityAr(tokens: Token[], i: number): Quantity | null {
  const j = skipModifiers(tokens, i, AR_MODIFIERS);
  const t = tokens[j];
  if (!t) return null;
  if (t.kind === 'number') {
    let value = parseDigits(t.text, 'ar');
    let to = j + 1;
    const next = tokens[to];
    const scale = next ? lookupArabic(AR_THOUSANDS, next.key) : undefined;
    if (value !== null && scale !== undefined) {
      value *= scale >= 1_000_000 ? 1_000_000 : 1000;
      to++;
    }
    return value === null ? null : { value, from: i, to, numeric: true };
  }
  if (t.kind !== 'word') return null;
  if (AR_VAGUE.has(t.key) || (t.key === 'عدد' && tokens[j + 1]?.key === 'من')) {
    return { value: null, from: i, to: j + 1 };
  }
  if (isArNumberWord(t)) {
    let to = j;
    const words: string[] = [];
    let last: 'unit' | 'tens' | 'big' = 'unit';
    while (to < tokens.length) {
      let tok = tokens[to] as Token;
      if (tok.kind !== 'word') break;
      let glued = tok.key.startsWith('و') && !AR_UNITS.has(tok.key) && words.length > 0;
      let step = 1;
      if (isAnd(tok) && words.length > 0 && tokens[to + 1]?.kind === 'word') {
        tok = tokens[to + 1] as Token;
        glued = true;
        step = 2;
      }
      const key = glued ? tok.key.replace(/^و/, '') : tok.key;
      const category = numberCategory(key);
      if (category === null) break;
      if (words.length > 0) {
        // Only "unit و tens" (خمسه وعشرون) and "hundreds/thousands و anything" continue a number;
        // "ثلاثه وخمسه" are two counts, and a unit right after a unit is not a number at all.
        if (glued && !(category === 'tens' && last === 'unit') && last !== 'big') break;
        if (!glued && !(category === 'big' || (key.startsWith('عشر') && last === 'unit'))) break;
      }
      words.push(key);
      last = category;
      to += step;
    }
    const value = parseNumber(words.join(' '), 'ar');
    if (value === null) return null;
    return { value, from: i, to, numeric: true };
  }
  if (arabicStems(t.key).some((s) => AR_DUAL_NOUNS.has(s))) {
    const to = tokens[j + 1] && lookupArabic(AR_UNITS, (tokens[j + 1] as Token).key) === 2 ? j + 2 : j + 1;
    return { value: 2, from: i, to };
  }
  // "وسائقه" (and his driver): a person noun with a possessive pronoun is still one person
  const personStem = arabicStems(t.key).find(
    (s) => AR_PERSON_NOUNS.has(s) || (/(?:ه|ها)$/.test(s) && AR_PERSON_NOUNS.has(s.replace(/(?:ه|ها)$/, ''))),
  );
  const next = tokens[j + 1];
  if (next?.kind === 'word' && isArNumberWord(next) && !next.key.startsWith('و')) {
    // "ناشطين اثنين": noun, then the number
    const v = lookupArabic(AR_UNITS, next.key);
    if (v !== undefined && v <= 10) return { value: v, from: i, to: j + 2, numeric: true };
  }
  if (personStem !== undefined) {
    const to = next && lookupArabic(AR_UNITS, next.key) === 1 ? j + 2 : j + 1;
    return { value: 1, from: i, to };
  }
  return null;
}
