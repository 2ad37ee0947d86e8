/**
 * Arabic place-name matching on normalised text (lib/text/arabic.ts).
 *
 * Arabic attaches conjunctions and prepositions to the next word: وبالموصل = و + ب + الموصل,
 * للموصل = ل + الموصل (the alef of the article drops). Each text token is therefore looked
 * up under every reading with such clitics removed. Names are whole tokens only.
 */
import { normaliseArabic } from '@/lib/text/arabic';
import { NameIndex, WordMemo, byProminence, type NameEntry } from './name-index';
import type { GazetteerRecord, Place, PlaceMention } from './types';

// Digits (ASCII after normalisation) are tokens of their own: "قاعدة كي 1".
const TOKEN = /[\u0621-\u063A\u0641-\u064A\u066E-\u06D3]+|[0-9]+/g;
/** Only whitespace (or a hyphen / ZWNJ) may separate the words of one name. */
function isNameGap(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    const space = c === 0x20 || c === 0xa0 || (c >= 0x09 && c <= 0x0d) || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
    if (!space && c !== 0x2d && c !== 0x200c) return false;
  }
  return true;
}

/** Words after which a generic-word name (needsCue) is read as a place. Normalised forms. */
const CUES = new Set(
  [
    'منطقة', 'حي', 'ناحية', 'قضاء', 'مدينة', 'قرية', 'بلدة', 'قاعدة', 'في', 'محافظة', 'مركز',
    'قرى', 'مناطق', 'احياء', 'نواحي', 'اقضية', 'مطار', 'معسكر', 'شارع', 'ساحة', 'سيطرة', 'جسر',
    'مجمع', 'قصبة', 'مخيم', 'منفذ', 'قريتي', 'بلدتي', 'مدينتي', 'منطقتي',
  ].map(normaliseArabic),
);

interface Token {
  start: number;
  end: number;
  text: string;
}

export interface Stem {
  text: string;
  /** characters of clitic before the stem in the token; -1 when the stem is not a literal suffix (لل → ال). */
  offset: number;
}

/** Every reading of a token: as written, and with و/ف then ب/ل/ك (and their combinations) removed. */
export function stemsOf(token: string): Stem[] {
  const out: Stem[] = [{ text: token, offset: 0 }];
  const bases: Stem[] = [{ text: token, offset: 0 }];
  if ((token[0] === 'و' || token[0] === 'ف') && token.length >= 3) {
    const rest = token.slice(1);
    bases.push({ text: rest, offset: 1 });
    out.push({ text: rest, offset: 1 });
  }
  for (const b of bases) {
    const t = b.text;
    if (t.length < 3) continue;
    if (t.startsWith('لل')) {
      // ل + الـ: the article's alef is not written.
      out.push({ text: 'ال' + t.slice(2), offset: -1 });
      out.push({ text: t.slice(1), offset: b.offset + 1 });
    } else if (t[0] === 'ب' || t[0] === 'ل' || t[0] === 'ك') {
      out.push({ text: t.slice(1), offset: b.offset + 1 });
    }
  }
  return out.filter((s) => s.text.length >= 2);
}

export function arabicNameTokens(name: string): string[] {
  return normaliseArabic(name).match(TOKEN) ?? [];
}

/** Words that make even a very common word a place name: ناحية السلام، حي الحرية. */
const STRICT_PREFIXES = ['ناحية', 'قضاء', 'منطقة', 'مدينة', 'بلدة', 'قرية', 'حي'].map(normaliseArabic);

export function buildArabicIndex(records: readonly GazetteerRecord[], byId: Map<string, Place>): NameIndex {
  const index = new NameIndex();
  for (const r of records) {
    if (r.noMatch) continue;
    const place = byId.get(r.id)!;
    const skip = new Set((r.noMatch_ar ?? []).map((n) => arabicNameTokens(n).join(' ')));
    const plain = new Set((r.plain_ar ?? []).map((n) => arabicNameTokens(n).join(' ')));
    for (const name of [r.ar, ...(r.alt_ar ?? []), ...(r.plain_ar ?? [])]) {
      const tokens = arabicNameTokens(name);
      const key = tokens.join(' ');
      if (tokens.length === 0 || skip.has(key)) continue;
      const level = plain.has(key) ? undefined : r.needsCue;
      if (level === 'strict') {
        // A name that already begins with "مدينة / حي …" carries its own cue.
        if (STRICT_PREFIXES.includes(tokens[0]!)) index.add(tokens, place, 'none');
        else for (const prefix of STRICT_PREFIXES) index.add([prefix, ...tokens], place, 'none');
      } else {
        index.add(tokens, place, level ? 'context' : 'none');
      }
    }
  }
  index.finish();
  return index;
}

/** Which TOKEN run a character belongs to: 1 letter, 2 digit, 0 none. */
function runClass(c: number): number {
  if ((c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3)) return 1;
  return c >= 0x30 && c <= 0x39 ? 2 : 0;
}

/** The TOKEN matches of a text (maximal runs of letters or of digits), read by hand: every sentence is tokenised. */
function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const kind = runClass(text.charCodeAt(i));
    if (kind === 0) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && runClass(text.charCodeAt(i)) === kind) i++;
    tokens.push({ start, end: i, text: text.slice(start, i) });
  }
  return tokens;
}

function hasCue(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !isNameGap(text, prev.end, tokens[i]!.start)) return false;
  return stemsOf(prev.text).some((s) => CUES.has(s.text));
}

function matchesAt(text: string, tokens: Token[], i: number, entry: NameEntry): boolean {
  if (i + entry.tokens.length > tokens.length) return false;
  for (let k = 1; k < entry.tokens.length; k++) {
    const tok = tokens[i + k]!;
    if (tok.text !== entry.tokens[k]) return false;
    if (!isNameGap(text, tokens[i + k - 1]!.end, tok.start)) return false;
  }
  return true;
}

/** A reading of a text word under which some names start (readings that start none are left out). */
interface Lookup {
  offset: number;
  entries: readonly NameEntry[];
}
// Words recur within and across articles: their readings and the names starting under each
// are looked up once per word (read-only afterwards).
const LOOKUPS = new WordMemo<Lookup[]>(50_000);

function lookupsOf(index: NameIndex, word: string): Lookup[] {
  return stemsOf(word)
    .map((stem) => ({ offset: stem.offset, entries: index.startingWith(stem.text) }))
    .filter((l) => l.entries.length > 0);
}

export function findArabicMentions(input: string, index: NameIndex): PlaceMention[] {
  const text = normaliseArabic(input);
  const tokens = tokenise(text);
  const mentions: PlaceMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: { length: number; places: Place[]; offset: number } | null = null;
    const lookups = LOOKUPS.get(index, tokens[i]!.text, lookupsOf);
    for (const stem of lookups) {
      for (const entry of stem.entries) {
        if (best && entry.tokens.length <= best.length) break; // sorted longest first
        if (!matchesAt(text, tokens, i, entry)) continue;
        const cue = entry.options.some((o) => o.guard !== 'none') && hasCue(text, tokens, i);
        const places = entry.options.filter((o) => o.guard === 'none' || cue).map((o) => o.place);
        if (places.length === 0) continue;
        best = { length: entry.tokens.length, places, offset: stem.offset };
        break;
      }
    }
    if (!best) {
      i++;
      continue;
    }
    const first = tokens[i]!;
    const last = tokens[i + best.length - 1]!;
    const start = first.start + Math.max(0, best.offset);
    mentions.push({
      start,
      end: last.end,
      surface: text.slice(start, last.end),
      candidates: best.places.length > 1 ? [...best.places].sort(byProminence) : best.places,
    });
    i += best.length;
  }
  return mentions;
}
