import type { Token } from './tokens';
import { readQuantityAr, readQuantityEn, type Quantity } from './quantity';
import { arabicTrigger, englishTriggerAt, isCountable, isUnitAfterCount, type FoundTrigger } from './casualty-triggers';
import { isSubset, joinerLength, sameArabicPerson, startsWithNumberWord } from './casualty-joins';

/**
 * The token-level readers of one sentence's casualty scan (casualties.ts): where a count
 * stands relative to a casualty word, and which tokens are already taken. One object per
 * sentence, methods shared: the scan runs on every sentence, so it creates no closures.
 */

/** How far back a count may stand from its casualty word: "Five members of the Popular Mobilization Forces were killed". */
const BACK_WINDOW = 9;

/** Words that open an aside between a count and its casualty word: "10 others, including four Lebanese, were wounded". */
const ASIDE_OPENERS = new Set(['including', 'among', 'mostly', 'mainly', 'most', 'all', 'بينهم', 'منهم', 'غالبيتهم', 'معظمهم']);

/** Words a counted group may carry after its number: "Two American service members". */
const MAX_LIST_NOUNS = 3;
/** Words that cannot sit inside a counted group of a list: "stormed two houses in the village and one suspect". */
const LIST_BREAKERS = new Set(['in', 'on', 'at', 'of', 'from', 'by', 'near', 'with', 'to', 'for', 'into', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'been']);

export class CountScanner {
  private readonly triggerCache: (FoundTrigger | null | undefined)[];

  constructor(
    readonly tokens: Token[],
    readonly lang: 'ar' | 'en',
    /** 1 where a token already belongs to a count or a casualty word */
    readonly used: Uint8Array,
  ) {
    this.triggerCache = new Array<FoundTrigger | null | undefined>(tokens.length);
  }

  read(i: number): Quantity | null {
    return this.lang === 'ar' ? readQuantityAr(this.tokens, i) : readQuantityEn(this.tokens, i);
  }

  free(q: Quantity): boolean {
    for (let k = q.from; k < q.to; k++) if (this.used[k]) return false;
    return true;
  }

  take(from: number, to: number): void {
    this.used.fill(1, from, to);
  }

  triggerAt(i: number): FoundTrigger | null {
    if (i < 0 || i >= this.tokens.length) return null;
    let t = this.triggerCache[i];
    if (t === undefined) {
      t = this.lang === 'ar' ? arabicTrigger(this.tokens, i) : englishTriggerAt(this.tokens, i);
      this.triggerCache[i] = t;
    }
    return t;
  }

  forward(start: number): Quantity | null {
    const q = this.read(start);
    if (!q || !this.free(q) || isUnitAfterCount(this.tokens[q.to], this.lang)) return null;
    return q;
  }

  /** Arabic verb-subject-object: "خطف المسلحون 26 صيادا" (subjects end in ون). */
  forwardPastSubject(at: number): Quantity | null {
    for (let k = at; k < at + 2; k++) {
      const t = this.tokens[k];
      if (!t || t.kind !== 'word' || !/ون$/.test(t.key) || this.used[k]) return null;
      const q = this.forward(k + 1);
      if (q) return q;
    }
    return null;
  }

  backward(i: number): Quantity | null {
    let budget = BACK_WINDOW;
    for (let k = i - 1; k >= 0 && budget > 0; k--, budget--) {
      const t = this.tokens[k] as Token;
      if (t.key === ',' || t.key === '،') {
        // "At least 10 others, including four Lebanese, were wounded": step over the aside
        const open = this.asideStart(k);
        if (open < 0) return null;
        k = open;
        continue;
      }
      if (t.kind === 'punct' || this.used[k] || this.triggerAt(k)) return null;
      if (!isCountable(t, this.lang)) continue;
      for (let m = Math.max(0, k - 4); m <= k; m++) {
        const q = this.read(m);
        if (q && q.to > k && q.to <= i && this.free(q) && !isUnitAfterCount(this.tokens[q.to], this.lang)) return q;
      }
    }
    return null;
  }

  /** Index of the comma opening an aside that ends at the comma `close`, or -1. */
  asideStart(close: number): number {
    for (let k = close - 1; k >= 0 && k >= close - 12; k--) {
      const t = this.tokens[k] as Token;
      if (t.key === ',' || t.key === '،') return ASIDE_OPENERS.has(this.tokens[k + 1]?.key ?? '') ? k : -1;
      if (t.kind === 'punct') return -1;
    }
    return -1;
  }

  /**
   * Extra groups joined to a forward count: "two soldiers and three civilians". `limit`:
   * groups must end before it — the casualty word the whole list precedes (جنديان ومدني قتلوا).
   */
  companions(q: Quantity, limit = this.tokens.length): Quantity {
    let { value, to, numeric } = q;
    for (let round = 0; round < 4 && value !== null; round++) {
      let next: Quantity | null = null;
      for (let e = to; e < limit && e <= to + 3; e++) {
        const t = this.tokens[e] as Token;
        if (t.kind === 'punct' && t.key !== ',' && t.key !== '،') break;
        if (this.triggerAt(e)) break;
        const joiner = joinerLength(this.tokens, e, this.lang);
        if (joiner < 0) continue;
        const cand = this.read(e + joiner);
        const numericStart = this.tokens[e + joiner]?.kind === 'number' || (cand !== null && cand.to - cand.from > 0 && startsWithNumberWord(this.tokens[e + joiner], this.lang));
        if (joiner === 1 && this.tokens[e]?.kind === 'punct' && !numericStart) break;
        if (
          cand &&
          cand.value !== null &&
          this.free(cand) &&
          cand.to <= limit &&
          !this.ownTriggerFollows(cand.to, limit) &&
          !isSubset(this.tokens, cand.to) &&
          !sameArabicPerson(this.tokens, e + joiner, cand, this.lang)
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
  }

  /** Groups listed before a backward count: "Two soldiers and a civilian were killed" = 3. */
  backwardCompanions(q: Quantity): Quantity {
    let { value, from, numeric } = q;
    for (let round = 0; round < 4 && value !== null; round++) {
      const joinAt = from - 1;
      const j = this.tokens[joinAt];
      if (!j || this.used[joinAt] || !(j.key === 'and' || j.key === ',' || j.key === 'و')) break;
      let prev: Quantity | null = null;
      for (let k = joinAt - 1; k >= 0 && k >= joinAt - (MAX_LIST_NOUNS + 1) && !prev; k--) {
        const t = this.tokens[k] as Token;
        if (t.kind === 'punct' || this.used[k] || this.triggerAt(k) || LIST_BREAKERS.has(t.key)) break;
        if (!isCountable(t, this.lang)) continue;
        const cand = this.read(k);
        // the earlier group must reach up to the joiner through plain nouns only
        if (cand && cand.value !== null && this.free(cand) && cand.to <= joinAt && this.onlyNouns(cand.to, joinAt)) prev = cand;
      }
      if (!prev || prev.value === null) break;
      value += prev.value;
      from = prev.from;
      numeric = numeric || prev.numeric;
    }
    return { value, from, to: q.to, numeric };
  }

  onlyNouns(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const t = this.tokens[k] as Token;
      if (t.kind !== 'word' || this.triggerAt(k) || isCountable(t, this.lang) || t.key === 'and') return false;
    }
    return to - from <= MAX_LIST_NOUNS;
  }

  /** The companion group has its own casualty word within a few tokens: it is another field's count. */
  ownTriggerFollows(from: number, limit = this.tokens.length): boolean {
    for (let k = from; k < limit && k < from + 4; k++) {
      const t = this.tokens[k] as Token;
      if (t.kind === 'punct' || t.key === 'and' || t.key.startsWith('و')) return false; // a new clause
      if (this.triggerAt(k)) return true;
    }
    return false;
  }
}
