import casualtyTerms from '@/data/lexicons/numbers/casualty-terms.json';
import { normaliseArabic } from '@/lib/text/arabic';
import type { Token } from './tokens';
import {
  AR_AFTER,
  AR_BEFORE,
  AR_COMBINED,
  AR_DUAL_NOUNS,
  AR_HUNDREDS,
  AR_SELF,
  AR_TENS,
  AR_UNITS,
  AR_VAGUE,
  EN_COMBINED,
  EN_SCALES,
  EN_TRIGGERS,
  EN_TRIGGER_MAX_WORDS,
  EN_UNITS,
  EN_VAGUE,
  arabicStems,
} from './lexicon';
import type { CasualtyField } from './types';

export interface FoundTrigger {
  field: CasualtyField;
  side: 'before' | 'after' | 'either';
  /** tokens the trigger spans */
  length: number;
  /** a toll covering several fields ("casualties", ضحايا) */
  combined?: boolean;
  /** the word is a count itself (قتيل = 1, قتيلان = 2) */
  selfValue?: number;
  /** a plural that reports casualties without a number (قتلي وجرحي) */
  pluralNoun?: boolean;
  /** a toll ("death toll", حصيله القتلي) whose number follows a verb: "rose to 9" */
  toll?: boolean;
  /** the count is an attached pronoun: مقتله (him) = 1, مقتلهما (them two) = 2 */
  pronoun?: boolean;
}

const AR_PRONOUNS = Object.entries(casualtyTerms.ar.pronounSuffixes).sort((a, b) => b[0].length - a[0].length);

/** مقتله / اصابتها / اختطافهما: a casualty noun with an object pronoun, and its count. */
function pronounTrigger(key: string): FoundTrigger | null {
  for (const [suffix, value] of AR_PRONOUNS) {
    if (!key.endsWith(suffix) || key.length - suffix.length < 3) continue;
    const base = key.slice(0, -suffix.length);
    // ta marbuta shows as ت before a suffix: اصابه → اصابته
    const bases = base.endsWith('ت') ? [base, base.slice(0, -1) + 'ه'] : [base];
    for (const b of bases) {
      for (const s of arabicStems(b)) {
        const field = AR_BEFORE.get(s);
        if (field) return { field, side: 'before', length: 1, selfValue: value, pronoun: true };
      }
    }
  }
  return null;
}

const AR_PLURALS = new Set(casualtyTerms.ar.pluralNouns.map(normaliseArabic));
const AR_UNITS_AFTER = new Set(casualtyTerms.ar.unitsAfterCount.map(normaliseArabic));
const EN_UNITS_AFTER = new Set(casualtyTerms.en.unitsAfterCount);
const EN_TOLLS = new Set(['death toll', 'toll']);
const AR_TOLL_WORDS = new Set(['حصيله', 'عدد']);
const EN_MAX = Math.max(EN_TRIGGER_MAX_WORDS, ...[...EN_COMBINED].map((c) => c.split(' ').length));

/** Every English phrase starts with one of these words; any other token starts none. */
const EN_FIRST_WORDS = new Set([...EN_TOLLS, ...EN_COMBINED, ...EN_TRIGGERS.keys()].map((p) => p.split(' ')[0]!));

export function englishTriggerAt(tokens: Token[], i: number): FoundTrigger | null {
  const first = tokens[i];
  if (first?.kind !== 'word' || !EN_FIRST_WORDS.has(first.key)) return null;
  for (let len = EN_MAX; len >= 1; len--) {
    const words: string[] = [];
    for (let k = i; k < i + len; k++) {
      const t = tokens[k];
      if (!t || t.kind !== 'word') break;
      words.push(t.key);
    }
    if (words.length !== len) continue;
    const phrase = words.join(' ');
    if (EN_TOLLS.has(phrase)) return { field: 'killed', side: 'before', length: len, toll: true };
    if (EN_COMBINED.has(phrase)) return { field: 'killed', side: 'either', length: len, combined: true };
    const hit = EN_TRIGGERS.get(phrase);
    if (hit) return { field: hit.field, side: hit.side, length: len };
  }
  return null;
}

/**
 * What a word is, on its own: a trigger (found), or a count-after word whose toll reading
 * still depends on the word before it (afterStem). Found triggers are shared, never mutated.
 */
interface WordReading {
  found: FoundTrigger | null;
  after?: { field: CasualtyField; stem: string };
}

function readArabicWord(key: string): WordReading {
  for (const s of arabicStems(key)) {
    if (AR_COMBINED.has(s)) return { found: { field: 'killed', side: 'either', length: 1, combined: true } };
    const self = AR_SELF.get(s);
    if (self) return { found: { field: self.field, side: 'after', length: 1, selfValue: self.value } };
    const before = AR_BEFORE.get(s);
    const after = AR_AFTER.get(s);
    if (before && after) return { found: { field: before, side: 'either', length: 1 } };
    if (before) return { found: { field: before, side: 'before', length: 1 } };
    if (after) return { found: null, after: { field: after, stem: s } };
  }
  return { found: pronounTrigger(key) };
}

// Every word of every sentence is asked about; most are asked again in later sentences.
// Bounded so that one huge input cannot grow memory without limit.
const READINGS = new Map<string, WordReading>();
const READINGS_MAX = 20_000;

export function arabicTrigger(tokens: Token[], i: number): FoundTrigger | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  let reading = READINGS.get(t.key);
  if (reading === undefined) {
    reading = readArabicWord(t.key);
    if (READINGS.size >= READINGS_MAX) READINGS.clear();
    READINGS.set(t.key, reading);
  }
  if (!reading.after) return reading.found;
  const { field, stem } = reading.after;
  const prev = tokens[i - 1]?.key ?? '';
  const toll = AR_PLURALS.has(stem) && arabicStems(prev).some((p) => AR_TOLL_WORDS.has(p));
  return { field, side: 'after', length: 1, pluralNoun: AR_PLURALS.has(stem), toll };
}

/** Could this token be (the end of) a count, when looking backwards from a casualty word? */
export function isCountable(t: Token, lang: 'ar' | 'en'): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  if (lang === 'en') {
    const k = t.key;
    return (
      EN_UNITS.has(k) ||
      EN_SCALES.has(k) ||
      EN_VAGUE.has(k) ||
      k.split('-').every((p) => EN_UNITS.has(p)) ||
      ['a', 'an', 'another', 'his', 'her', 'the', 'their', 'he', 'she'].includes(k)
    );
  }
  return arabicStems(t.key).some(
    (s) => AR_UNITS.has(s) || AR_TENS.has(s) || AR_HUNDREDS.has(s) || AR_VAGUE.has(s) || AR_DUAL_NOUNS.has(s),
  );
}

/** "three days", "5 km": the number measures something else, it is no casualty count. */
export function isUnitAfterCount(t: Token | undefined, lang: 'ar' | 'en'): boolean {
  if (!t) return false;
  if (lang === 'en') return EN_UNITS_AFTER.has(t.key);
  return arabicStems(t.key).some((s) => AR_UNITS_AFTER.has(s));
}
