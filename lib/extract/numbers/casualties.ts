import { tokenise, type Token } from './tokens';
import { viewFor } from './text-view';
import { findNoCasualtyPhrases } from './no-casualties';
import { readQuantityAr, readQuantityEn, type Quantity } from './quantity';
import { arabicTrigger, englishTriggerAt, isCountable, isUnitAfterCount, type FoundTrigger } from './casualty-triggers';
import type { CasualtyField, CasualtyMention, SentenceCasualties } from './types';
import { summarise, type RankedMention } from './casualty-summary';
import { combinedPartner, isSubset, joinerLength, sameArabicPerson, startsWithNumberWord } from './casualty-joins';

/**
 * The killed / injured / kidnapped counts one sentence reports (codebook §6).
 *
 * Each casualty word takes the count next to it: after it for "killing two soldiers" /
 * مقتل 3, before it for "three people were killed" / ثلاثه قتلي. A second group joined by
 * and/و/"along with" is added ("an officer and three of his friends" = 4) unless it
 * carries its own casualty word ("killed 3 and 20 were wounded"). Combined tolls
 * ("killed or wounded 35", مقتل واصابه 7) give no number for either field. "No
 * casualties" gives 0 for killed and injured. The first number per field wins (the
 * lead's figure); every count is returned in `mentions` with offsets into `sentence`.
 */
export function findCasualtyCounts(sentence: string, lang: 'ar' | 'en'): SentenceCasualties {
  const empty: SentenceCasualties = { killed: null, injured: null, kidnapped: null, mentions: [] };
  if (typeof sentence !== 'string' || sentence.length === 0) return empty;
  try {
    return scan(sentence, lang === 'ar' ? 'ar' : 'en');
  } catch {
    // A bug must not stop an import run; the sentence just yields no counts.
    return empty;
  }
}

/** How far back a count may stand from its casualty word: "Five members of the Popular Mobilization Forces were killed". */
const BACK_WINDOW = 9;

/** Words between a toll and its number: "toll rose to", "toll has climbed to", "حصيله القتلي الي". */
const ASIDE_OPENERS = new Set(['including', 'among', 'mostly', 'mainly', 'most', 'all', 'بينهم', 'منهم', 'غالبيتهم', 'معظمهم']);
const TOLL_VERBS = new Set(['rose', 'risen', 'climbed', 'increased', 'reached', 'jumped', 'stood', 'stands', 'ارتفعت', 'بلغت', 'وصلت']);
const TOLL_FILLERS = new Set(['has', 'had', 'rose', 'risen', 'climbed', 'increased', 'reached', 'jumped', 'stood', 'stands', 'now', 'to', 'at', 'of', 'is', 'was', 'الي', 'بلغت', 'وصلت', 'ب', 'نحو']);

interface RawMention {
  field: CasualtyField;
  value: number | null;
  /** 0 = from a numeral, 1 = from a noun ("a policeman", شخصين), 2 = from a pronoun (مقتله) */
  strength: number;
  from: number; // token span, inclusive start
  to: number; // exclusive end
}

function scan(sentence: string, lang: 'ar' | 'en'): SentenceCasualties {
  const view = viewFor(sentence, lang);
  const tokens = tokenise(view.text);
  const used = new Uint8Array(tokens.length);
  const raws: RawMention[] = [];
  const zeroMentions: CasualtyMention[] = [];

  let firstToken = 0;
  for (const z of findNoCasualtyPhrases(view.text, lang)) {
    // hits come sorted by start, so one pass over the tokens marks them all
    while (firstToken < tokens.length && (tokens[firstToken] as Token).end <= z.start) firstToken++;
    for (let k = firstToken; k < tokens.length && (tokens[k] as Token).start < z.end; k++) used[k] = 1;
    for (const field of z.fields) {
      zeroMentions.push({ field, value: 0, start: view.toOriginal(z.start), end: view.toOriginal(z.end) });
    }
  }

  const read = (i: number) => (lang === 'ar' ? readQuantityAr(tokens, i) : readQuantityEn(tokens, i));
  const free = (q: Quantity) => {
    for (let k = q.from; k < q.to; k++) if (used[k]) return false;
    return true;
  };
  const take = (from: number, to: number) => used.fill(1, from, to);
  const triggerCache = new Array<FoundTrigger | null | undefined>(tokens.length);
  const triggerAt = (i: number): FoundTrigger | null => {
    if (i < 0 || i >= tokens.length) return null;
    let t = triggerCache[i];
    if (t === undefined) {
      t = lang === 'ar' ? arabicTrigger(tokens, i) : englishTriggerAt(tokens, i);
      triggerCache[i] = t;
    }
    return t;
  };

  const forward = (start: number): Quantity | null => {
    const q = read(start);
    if (!q || !free(q) || isUnitAfterCount(tokens[q.to], lang)) return null;
    return q;
  };

  /** Arabic verb-subject-object: "خطف المسلحون 26 صيادا" (subjects end in ون). */
  const forwardPastSubject = (at: number): Quantity | null => {
    for (let k = at; k < at + 2; k++) {
      const t = tokens[k];
      if (!t || t.kind !== 'word' || !/ون$/.test(t.key) || used[k]) return null;
      const q = forward(k + 1);
      if (q) return q;
    }
    return null;
  };

  const backward = (i: number): Quantity | null => {
    let budget = BACK_WINDOW;
    for (let k = i - 1; k >= 0 && budget > 0; k--, budget--) {
      const t = tokens[k] as Token;
      if (t.key === ',' || t.key === '،') {
        // "At least 10 others, including four Lebanese, were wounded": step over the aside
        const open = asideStart(k);
        if (open < 0) return null;
        k = open;
        continue;
      }
      if (t.kind === 'punct' || used[k] || triggerAt(k)) return null;
      if (!isCountable(t, lang)) continue;
      for (let m = Math.max(0, k - 4); m <= k; m++) {
        const q = read(m);
        if (q && q.to > k && q.to <= i && free(q) && !isUnitAfterCount(tokens[q.to], lang)) return q;
      }
    }
    return null;
  };

  /** Index of the comma opening an aside that ends at the comma `close`, or -1. */
  function asideStart(close: number): number {
    for (let k = close - 1; k >= 0 && k >= close - 12; k--) {
      const t = tokens[k] as Token;
      if (t.key === ',' || t.key === '،') return ASIDE_OPENERS.has(tokens[k + 1]?.key ?? '') ? k : -1;
      if (t.kind === 'punct') return -1;
    }
    return -1;
  }

  /** Extra groups joined to a forward count: "two soldiers and three civilians". */
  const companions = (q: Quantity): Quantity => {
    let { value, to, numeric } = q;
    for (let round = 0; round < 4 && value !== null; round++) {
      let next: Quantity | null = null;
      for (let e = to; e < tokens.length && e <= to + 3; e++) {
        const t = tokens[e] as Token;
        if (t.kind === 'punct' && t.key !== ',' && t.key !== '،') break;
        if (triggerAt(e)) break;
        const joiner = joinerLength(tokens, e, lang);
        if (joiner < 0) continue;
        const cand = read(e + joiner);
        const numericStart = tokens[e + joiner]?.kind === 'number' || (cand !== null && cand.to - cand.from > 0 && startsWithNumberWord(tokens[e + joiner], lang));
        if (joiner === 1 && tokens[e]?.kind === 'punct' && !numericStart) break;
        if (
          cand &&
          cand.value !== null &&
          free(cand) &&
          !ownTriggerFollows(cand.to) &&
          !isSubset(tokens, cand.to) &&
          !sameArabicPerson(tokens, e + joiner, cand, lang)
        ) {
          next = cand;
        }
        break;
      }
      if (!next || next.value === null) break;
      value += next.value;
      to = next.to;
      numeric = numeric || next.numeric;
    }
    return { value, from: q.from, to, numeric };
  };

  /** Groups listed before a backward count: "Two soldiers and a civilian were killed" = 3. */
  const backwardCompanions = (q: Quantity): Quantity => {
    let { value, from, numeric } = q;
    for (let round = 0; round < 4 && value !== null; round++) {
      const joinAt = from - 1;
      const j = tokens[joinAt];
      if (!j || used[joinAt] || !(j.key === 'and' || j.key === ',' || j.key === 'و')) break;
      let prev: Quantity | null = null;
      for (let k = joinAt - 1; k >= 0 && k >= joinAt - 3 && !prev; k--) {
        const t = tokens[k] as Token;
        if (t.kind === 'punct' || used[k] || triggerAt(k)) break;
        if (!isCountable(t, lang)) continue;
        const cand = read(k);
        // the earlier group must reach up to the joiner through plain nouns only
        if (cand && cand.value !== null && free(cand) && cand.to <= joinAt && onlyNouns(cand.to, joinAt)) prev = cand;
      }
      if (!prev || prev.value === null) break;
      value += prev.value;
      from = prev.from;
      numeric = numeric || prev.numeric;
    }
    return { value, from, to: q.to, numeric };
  };

  function onlyNouns(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const t = tokens[k] as Token;
      if (t.kind !== 'word' || triggerAt(k) || isCountable(t, lang) || t.key === 'and') return false;
    }
    return to - from <= 2;
  }

  /** The companion group has its own casualty word within a few tokens: it is another field's count. */
  function ownTriggerFollows(from: number): boolean {
    for (let k = from; k < tokens.length && k < from + 4; k++) {
      const t = tokens[k] as Token;
      if (t.kind === 'punct' || t.key === 'and' || t.key.startsWith('و')) return false; // a new clause
      if (triggerAt(k)) return true;
    }
    return false;
  }

  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const trig = triggerAt(i);
    if (!trig) continue;
    const after = i + trig.length;

    if (trig.combined) {
      const q = forward(after) ?? backward(i);
      take(i, after);
      if (q) take(q.from, q.to);
      i = after - 1;
      continue;
    }
    // "killed or wounded 35", "مقتل واصابه 7": one toll for two fields
    const other = combinedPartner(tokens, after, trig.field, triggerAt);
    if (other > 0) {
      const end = after + other;
      const q = forward(end) ?? backward(i);
      take(i, end);
      if (q) take(q.from, q.to);
      i = end - 1;
      continue;
    }
    if (trig.pronoun && trig.selfValue !== undefined) {
      const q = companions({ value: trig.selfValue, from: i, to: after });
      take(i, q.to);
      raws.push({ field: trig.field, value: q.value, from: i, to: q.to, strength: q.numeric ? 0 : 2 });
      continue;
    }
    if (trig.selfValue !== undefined) {
      const q = backward(i);
      if (q && q.to === i) {
        take(q.from, after);
        raws.push({ field: trig.field, value: q.value, from: q.from, to: after, strength: q.numeric ? 0 : 1 });
      } else {
        take(i, after);
        raws.push({ field: trig.field, value: trig.selfValue, from: i, to: after, strength: 1 });
      }
      continue;
    }
    let q: Quantity | null = null;
    let from = i;
    let to = after;
    if (trig.toll) {
      // "the death toll rose to 9", "ارتفعت حصيله القتلي الي 9"
      let k = after;
      // "the death toll from Sunday's bombing rose to 9": find the verb, then the number
      for (let v = after; v < tokens.length && v < after + 7; v++) {
        const t = tokens[v] as Token;
        if (t.kind === 'punct') break;
        if (TOLL_VERBS.has(t.key)) {
          k = v;
          break;
        }
      }
      while (k < tokens.length && k < after + 10 && TOLL_FILLERS.has((tokens[k] as Token).key)) k++;
      const f = k > after || lang === 'en' ? forward(k) : null;
      if (f) {
        take(i, f.to);
        raws.push({ field: trig.field, value: f.value, from: i, to: f.to, strength: 0 });
        i = f.to - 1;
        continue;
      }
    }
    if (trig.side !== 'after') {
      const f = forward(after) ?? (lang === 'ar' ? forwardPastSubject(after) : null);
      if (f) {
        q = companions(f);
        to = q.to;
      }
    }
    if (!q && trig.side !== 'before') {
      const b = backward(i);
      if (b) {
        q = backwardCompanions(b);
        from = q.from;
      }
    }
    if (q) {
      take(from, to);
      raws.push({ field: trig.field, value: q.value, from, to, strength: q.numeric ? 0 : 1 });
    } else if (trig.pluralNoun) {
      take(i, after);
      raws.push({ field: trig.field, value: null, from: i, to: after, strength: 1 }); // "قتلي وجرحي": reported, no number
    } else {
      take(i, after);
    }
  }

  const ranked: RankedMention[] = raws.map((r) => ({
    field: r.field,
    value: r.value,
    start: view.toOriginal((tokens[r.from] as Token).start),
    end: view.toOriginal((tokens[r.to - 1] as Token).end),
    strength: r.strength,
  }));
  for (const z of zeroMentions) ranked.push({ ...z, strength: 3 });
  return summarise(ranked);
}
