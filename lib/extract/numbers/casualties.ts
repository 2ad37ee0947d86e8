import { tokenise, type Token } from './tokens';
import { viewFor } from './text-view';
import { findNoCasualtyPhrases } from './no-casualties';
import { readQuantityAr, readQuantityEn, type Quantity } from './quantity';
import { arabicTrigger, englishTriggerAt, isCountable, isUnitAfterCount, type FoundTrigger } from './casualty-triggers';
import type { CasualtyField, CasualtyMention, SentenceCasualties } from './types';

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

interface RawMention {
  field: CasualtyField;
  value: number | null;
  from: number; // token span, inclusive start
  to: number; // exclusive end
}

function scan(sentence: string, lang: 'ar' | 'en'): SentenceCasualties {
  const view = viewFor(sentence, lang);
  const tokens = tokenise(view.text);
  const used = new Uint8Array(tokens.length);
  const raws: RawMention[] = [];
  const zeroMentions: CasualtyMention[] = [];

  for (const z of findNoCasualtyPhrases(view.text, lang)) {
    tokens.forEach((t, k) => {
      if (t.start < z.end && t.end > z.start) used[k] = 1;
    });
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
  const triggerAt = (i: number): FoundTrigger | null =>
    lang === 'ar' ? arabicTrigger(tokens, i) : englishTriggerAt(tokens, i);

  const forward = (start: number): Quantity | null => {
    const q = read(start);
    if (!q || !free(q) || isUnitAfterCount(tokens[q.to], lang)) return null;
    return q;
  };

  const backward = (i: number): Quantity | null => {
    for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
      const t = tokens[k] as Token;
      if (t.kind === 'punct' || used[k] || triggerAt(k)) return null;
      if (!isCountable(t, lang)) continue;
      for (let m = Math.max(0, k - 4); m <= k; m++) {
        const q = read(m);
        if (q && q.to > k && q.to <= i && free(q) && !isUnitAfterCount(tokens[q.to], lang)) return q;
      }
    }
    return null;
  };

  /** Extra groups joined to a forward count: "two soldiers and three civilians". */
  const companions = (q: Quantity): Quantity => {
    let { value, to } = q;
    for (let round = 0; round < 4 && value !== null; round++) {
      let next: Quantity | null = null;
      for (let e = to; e < tokens.length && e <= to + 3; e++) {
        const t = tokens[e] as Token;
        if (t.kind === 'punct' && t.key !== ',' && t.key !== '،') break;
        if (triggerAt(e)) break;
        const joiner = joinerLength(tokens, e, lang);
        if (joiner < 0) continue;
        const cand = read(e + joiner);
        if (cand && cand.value !== null && free(cand) && !ownTriggerFollows(cand.to) && !sameArabicPerson(tokens, e + joiner, cand, lang)) {
          next = cand;
        }
        break;
      }
      if (!next || next.value === null) break;
      value += next.value;
      to = next.to;
    }
    return { value, from: q.from, to };
  };

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
    if (trig.selfValue !== undefined) {
      const q = backward(i);
      if (q && q.to === i) {
        take(q.from, after);
        raws.push({ field: trig.field, value: q.value, from: q.from, to: after });
      } else {
        take(i, after);
        raws.push({ field: trig.field, value: trig.selfValue, from: i, to: after });
      }
      continue;
    }
    let q: Quantity | null = null;
    let from = i;
    let to = after;
    if (trig.side !== 'after') {
      const f = forward(after);
      if (f) {
        q = companions(f);
        to = q.to;
      }
    }
    if (!q && trig.side !== 'before') {
      const b = backward(i);
      if (b) {
        q = b;
        from = b.from;
      }
    }
    if (q) {
      take(from, to);
      raws.push({ field: trig.field, value: q.value, from, to });
    } else if (trig.pluralNoun) {
      take(i, after);
      raws.push({ field: trig.field, value: null, from: i, to: after }); // "قتلي وجرحي": reported, no number
    } else {
      take(i, after);
    }
  }

  const mentions: CasualtyMention[] = raws.map((r) => ({
    field: r.field,
    value: r.value,
    start: view.toOriginal((tokens[r.from] as Token).start),
    end: view.toOriginal((tokens[r.to - 1] as Token).end),
  }));
  mentions.push(...zeroMentions);
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);

  const pick = (field: CasualtyField): number | null => {
    const ofField = mentions.filter((m) => m.field === field && m.value !== null);
    const explicit = ofField.find((m) => m.value !== 0) ?? ofField[0];
    return explicit ? explicit.value : null;
  };
  return { killed: pick('killed'), injured: pick('injured'), kidnapped: pick('kidnapped'), mentions };
}

/** Tokens that join a second group to a count, or -1: and / , / along with / و / مع / برفقه. */
function joinerLength(tokens: Token[], e: number, lang: 'ar' | 'en'): number {
  const k = tokens[e]?.key ?? '';
  const k1 = tokens[e + 1]?.key ?? '';
  if (lang === 'en') {
    if ((k === 'along' || k === 'together') && k1 === 'with') return 2;
    if (k === 'and' || k === ',' || k === 'with' || k === 'alongside' || k === 'plus') return 1;
    return -1;
  }
  if (k === 'و' || k === 'مع' || k === 'برفقه' || k === 'رفقه' || k === 'ومعه' || k === 'ومع' || k === 'وبرفقه' || k === '،') return 1;
  if (k.startsWith('و') && k.length > 2) return 0; // glued و: the quantity reader strips it
  return -1;
}

/** In Arabic "الطبيبه والناشطه" describe one person; only an indefinite noun adds one. */
function sameArabicPerson(tokens: Token[], at: number, q: Quantity, lang: 'ar' | 'en'): boolean {
  if (lang !== 'ar' || q.value !== 1 || q.to - q.from !== 1) return false;
  const k = tokens[at]?.key ?? '';
  return /^(?:و|ف)?(?:ب|ل|ك)?ال/.test(k) || /^(?:و|ف)?لل/.test(k);
}

/** Length of a second casualty word of another field right after `at` ("or wounded", "واصابه"), else 0. */
function combinedPartner(
  tokens: Token[],
  at: number,
  field: CasualtyField,
  triggerAt: (i: number) => FoundTrigger | null,
): number {
  const k = tokens[at]?.key ?? '';
  if (k === 'and' || k === 'or' || k === 'و' || k === 'او') {
    const t = triggerAt(at + 1);
    if (t && !t.combined && t.field !== field && t.field !== 'kidnapped' && field !== 'kidnapped') return 1 + t.length;
    return 0;
  }
  if (k.startsWith('و') && k.length > 2) {
    const t = triggerAt(at);
    if (t && !t.combined && t.field !== field && t.field !== 'kidnapped' && field !== 'kidnapped' && t.side !== 'after')
      return t.length;
  }
  return 0;
}
