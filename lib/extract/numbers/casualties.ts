import { tokenise, type Token } from './tokens';
import { viewFor } from './text-view';
import { findNoCasualtyPhrases } from './no-casualties';
import type { Quantity } from './quantity';
import type { CasualtyField, CasualtyMention, SentenceCasualties } from './types';
import { summarise, type RankedMention } from './casualty-summary';
import { combinedPartner } from './casualty-joins';
import { CountScanner } from './count-scanner';
import { AR_BEFORE } from './lexicon';

/** Casualty verbs in the singular past (قتل, اصيبت) that take a dual ending: قتلا, اصيبتا. */
const AR_DUAL_VERBS: ReadonlyMap<string, CasualtyField> = new Map([...AR_BEFORE].filter(([w]) => !w.endsWith('وا')));

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

/** Words between a toll and its number: "toll rose to", "toll has climbed to", "حصيله القتلي الي". */
const TOLL_VERBS = new Set(['rose', 'risen', 'climbed', 'increased', 'reached', 'jumped', 'stood', 'stands', 'ارتفعت', 'بلغت', 'وصلت']);
/** Words that end the way to a toll's number when no verb stands there: "حصيله قتلي التفجير الي 31". */
const TOLL_ANCHORS = new Set([...TOLL_VERBS, 'الي', 'to']);
const TOLL_FILLERS = new Set(['has', 'had', 'rose', 'risen', 'climbed', 'increased', 'reached', 'jumped', 'stood', 'stands', 'now', 'to', 'at', 'of', 'is', 'was', 'الي', 'بلغت', 'وصلت', 'ب', 'نحو']);

/** Dual relative pronouns (normal form): الذين is plural and gives no count. */
const AR_DUAL_RELATIVES = new Set(['اللذين', 'اللذان', 'اللتين', 'اللتان']);

/** "اللذين قتلا" / "اللتين اصيبتا": the field of a dual passive verb after a dual relative, else null. */
function dualRelativeAt(tokens: Token[], i: number): CasualtyField | null {
  if (!AR_DUAL_RELATIVES.has((tokens[i] as Token).key)) return null;
  const verb = tokens[i + 1];
  if (!verb || verb.kind !== 'word' || !verb.key.endsWith('ا')) return null;
  // "المسلحين اللذين قتلا المختار": a definite object follows, the two are the killers
  const next = tokens[i + 2];
  if (next && next.kind !== 'punct' && OBJECT_START.test(next.key) && !NOT_OBJECTS.has(next.key)) return null;
  return AR_DUAL_VERBS.get(verb.key.slice(0, -1)) ?? null; // قتلا → قتل, اصيبتا → اصيبت
}
const OBJECT_START = /^(?:ال|\d)/;
const NOT_OBJECTS = new Set(['الي', 'اليوم', 'الان', 'الليله']);

/** "اثنان اخران", "two others": a group that is counted apart from the one before it. */
function ownGroupOfOthers(tokens: Token[], to: number): boolean {
  const last = tokens[to - 1]?.key ?? '';
  const next = tokens[to]?.key ?? '';
  return OTHERS.has(last) || OTHERS.has(next);
}
const OTHERS = new Set(['others', 'اخران', 'اخرين', 'اخرون', 'اخريان', 'اخريين', 'اخريات']);

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

  const sc = new CountScanner(tokens, lang, used);

  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    if (lang === 'ar') {
      const dual = dualRelativeAt(tokens, i);
      if (dual) {
        // "الشابين اللذين قتلا": the relative pronoun counts the two
        sc.take(i, i + 2);
        raws.push({ field: dual, value: 2, from: i, to: i + 2, strength: 1 });
        i++;
        continue;
      }
    }
    const trig = sc.triggerAt(i);
    if (!trig) continue;
    const after = i + trig.length;

    if (trig.combined) {
      const q = sc.forward(after) ?? sc.backward(i);
      sc.take(i, after);
      if (q) sc.take(q.from, q.to);
      i = after - 1;
      continue;
    }
    // "killed or wounded 35", "مقتل واصابه 7": one toll for two fields
    const other = combinedPartner(tokens, after, trig.field, (k) => sc.triggerAt(k));
    if (other > 0) {
      const end = after + other;
      const own = sc.forward(end);
      if (own && ownGroupOfOthers(tokens, own.to)) {
        // "فاستشهد واصيب اثنان اخران": the second verb has its own count; the first keeps its subject
        const b = sc.backward(i);
        const value = b ? b.value : lang === 'ar' && !(tokens[i] as Token).key.endsWith('وا') ? 1 : null;
        if (b) sc.take(b.from, b.to);
        sc.take(i, after);
        raws.push({ field: trig.field, value, from: b ? b.from : i, to: after, strength: b?.numeric ? 0 : 1 });
        i = after - 1;
        continue;
      }
      const q = own ?? sc.backward(i);
      sc.take(i, end);
      if (q) sc.take(q.from, q.to);
      i = end - 1;
      continue;
    }
    if (trig.pronoun && trig.selfValue !== undefined) {
      const q = sc.companions({ value: trig.selfValue, from: i, to: after });
      sc.take(i, q.to);
      raws.push({ field: trig.field, value: q.value, from: i, to: q.to, strength: q.numeric ? 0 : 2 });
      continue;
    }
    if (trig.selfValue !== undefined) {
      const q = sc.backward(i);
      if (q && q.to === i) {
        sc.take(q.from, after);
        raws.push({ field: trig.field, value: q.value, from: q.from, to: after, strength: q.numeric ? 0 : 1 });
      } else {
        sc.take(i, after);
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
        if (TOLL_ANCHORS.has(t.key)) {
          k = v;
          break;
        }
      }
      while (k < tokens.length && k < after + 10 && TOLL_FILLERS.has((tokens[k] as Token).key)) k++;
      const f = k > after || lang === 'en' ? sc.forward(k) : null;
      if (f) {
        sc.take(i, f.to);
        raws.push({ field: trig.field, value: f.value, from: i, to: f.to, strength: 0 });
        i = f.to - 1;
        continue;
      }
    }
    if (trig.side !== 'after') {
      const f = sc.forward(after) ?? (lang === 'ar' ? sc.forwardPastSubject(after) : null);
      if (f) {
        q = sc.companions(f);
        to = q.to;
      }
    }
    if (!q && trig.side !== 'before') {
      const b = sc.backward(i);
      if (b) {
        // "جنديان ومدني قتلوا": the list goes on between the found count and the casualty word
        q = sc.backwardCompanions(b.to < i ? sc.companions(b, i) : b);
        from = q.from;
      }
    }
    if (q) {
      sc.take(from, to);
      raws.push({ field: trig.field, value: q.value, from, to, strength: q.numeric ? 0 : 1 });
    } else if (trig.pluralNoun) {
      sc.take(i, after);
      raws.push({ field: trig.field, value: null, from: i, to: after, strength: 1 }); // "قتلي وجرحي": reported, no number
    } else {
      sc.take(i, after);
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
