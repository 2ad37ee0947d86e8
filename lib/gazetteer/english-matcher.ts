/**
 * English place-name matching. Romanisations of Arabic and Kurdish names vary endlessly
 * (Samarra/Samarrah, Makhmour/Makhmur, Heet/Hit, al-Qaim/Al Qaim/Qaim), so both names and
 * text tokens are reduced to a spelling skeleton before comparison; the remaining variants
 * are listed in the data files.
 */
import { NameIndex, WordMemo, byProminence, type Guard, type NameEntry } from './name-index';
import type { GazetteerRecord, Place, PlaceMention } from './types';

const LETTERS = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';
// Digits are tokens of their own so "Union 3" and "K-1" keep their number.
const TOKEN = new RegExp(`[${LETTERS}]+(?:['’ʿʾ‘][${LETTERS}]+)*|[0-9]+`, 'g');
const NAME_GAP = /^[\s\u00A0\-‐‑–]*$/;
const ARTICLES = new Set(['al', 'el']);
/** Words after which a capitalised ordinary-word name ("Hit", "Ur") is read as a place. */
const CUES = new Set(['in', 'of', 'near', 'at', 'outside', 'around', 'from', 'into', 'to', 'toward', 'towards', 'across', 'inside']);
/** Nouns after a name that make it a place: "Salman district", "Zab area". */
const PLACE_NOUNS = new Set(
  ['district', 'subdistrict', 'sub', 'town', 'city', 'area', 'province', 'governorate', 'village',
    'neighbourhood', 'neighborhood', 'region', 'camp', 'base', 'airport', 'crossing', 'township'],
);

/**
 * Lower case, no accents or apostrophes, ee→i, oo/ou→u (not word-initial: "our" is not "Ur"),
 * no doubled letters, final -ah → -a.
 */
export function skeleton(token: string): string {
  let s = token
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]s$/, '')
    .replace(/['’ʿʾ‘]/g, '');
  s = s.replace(/ee/g, 'i').replace(/(?<=.)(?:oo|ou)/g, 'u').replace(/(.)\1+/g, '$1');
  if (s.length > 3 && s.endsWith('ah')) s = s.slice(0, -1);
  return s;
}

/** Tokens of a name; a parenthesised qualifier ("Al-Salam (Maysan)") is display-only. */
export function englishNameTokens(name: string): string[] {
  return (name.replace(/\([^)]*\)/g, ' ').match(TOKEN) ?? []).map(skeleton);
}

/** The sun-letter spelling of the article before `word`: ar-Ramadi, ash-Shatra, az-Zubair. */
function assimilatedArticle(word: string): string | null {
  const two = word.slice(0, 2);
  if (['sh', 'th', 'dh', 'ts'].includes(two)) return 'a' + two;
  return 'tdrzsn'.includes(word[0] ?? '') ? 'a' + word[0] : null;
}

/**
 * Article variants of one name: al-X, el-X, aX-X (sun letters) and bare X. Without `bare`,
 * X alone is not generated: for names that are ordinary words (Al-Imam, Al-Salam) the
 * article is what marks the place.
 */
function variantsOf(tokens: string[], bare: boolean): string[][] {
  const out = [tokens];
  if (tokens.length >= 2 && ARTICLES.has(tokens[0]!)) {
    const rest = tokens.slice(1);
    if (bare) out.push(rest);
    out.push(['al', ...rest], ['el', ...rest]);
    const sun = assimilatedArticle(rest[0]!);
    if (sun) out.push([sun, ...rest]);
  }
  return out;
}

export function buildEnglishIndex(records: readonly GazetteerRecord[], byId: Map<string, Place>): NameIndex {
  const index = new NameIndex();
  for (const r of records) {
    if (r.noMatch) continue;
    const place = byId.get(r.id)!;
    const skip = new Set((r.noMatch_en ?? []).map((n) => englishNameTokens(n).join(' ')));
    const plain = new Set((r.plain_en ?? []).map((n) => englishNameTokens(n).join(' ')));
    const guard: Guard = r.needsCapital === 'cue' ? 'cue' : r.needsCapital ? 'context' : 'none';
    for (const name of [r.en, ...(r.alt_en ?? []), ...(r.plain_en ?? [])]) {
      const base = englishNameTokens(name);
      const nameGuard = plain.has(base.join(' ')) ? 'none' : guard;
      for (const tokens of variantsOf(base, r.needsCue !== 'strict')) {
        if (skip.has(tokens.join(' '))) continue;
        index.add(tokens, place, nameGuard);
      }
    }
  }
  index.finish();
  return index;
}

interface Token {
  start: number;
  end: number;
  raw: string;
  key: string;
  /** names of the index that start with this token's skeleton */
  entries: readonly NameEntry[];
}

// News repeats its words, within an article and across articles: each word's skeleton and
// the names starting with it are looked up once per word.
const LOOKUPS = new WordMemo<{ key: string; entries: readonly NameEntry[] }>(50_000);

function lookupOf(index: NameIndex, word: string): { key: string; entries: readonly NameEntry[] } {
  const key = skeleton(word);
  return { key, entries: index.startingWith(key) };
}

function tokenise(text: string, index: NameIndex): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const { key, entries } = LOOKUPS.get(index, raw, lookupOf);
    out.push({ start: m.index, end: m.index + raw.length, raw, key, entries });
  }
  return out;
}

function isCapitalised(word: string): boolean {
  const c = word[0] ?? '';
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * An ordinary-word name counts when its main word is capitalised and either follows a place
 * preposition ("in Hit") or stands mid-sentence after a lower-case word ("Ramadi and Hit").
 * A capitalised word at the start of a sentence or inside a Title-Case run is not trusted.
 * Guard 'cue' (personal names such as Salman) accepts only the preposition or a following
 * place noun ("Salman district").
 */
function passesGuard(guard: Guard, text: string, tokens: Token[], i: number, entry: NameEntry): boolean {
  const headIndex = ARTICLES.has(entry.tokens[0]!) || /^a(sh|th|dh|ts|[tdrzsn])$/.test(entry.tokens[0]!) ? i + 1 : i;
  const head = tokens[headIndex];
  if (!head || !isCapitalised(head.raw)) return false;
  // "Salman district" — but not "Rockets Hit Base", a Title-Case headline.
  const next = tokens[i + entry.tokens.length];
  if (
    next &&
    PLACE_NOUNS.has(next.key) &&
    !isCapitalised(next.raw) &&
    NAME_GAP.test(text.slice(tokens[i + entry.tokens.length - 1]!.end, next.start))
  ) {
    return true;
  }
  const prev = tokens[i - 1];
  if (!prev) return false;
  const between = text.slice(prev.end, tokens[i]!.start);
  if (CUES.has(prev.raw.toLowerCase()) && NAME_GAP.test(between)) return true;
  if (guard === 'cue') return false;
  if (/[.!?:;\n"“”]/.test(between)) return false; // sentence or quote starts here
  return !isCapitalised(prev.raw) || /,/.test(between);
}

function matchesAt(text: string, tokens: Token[], i: number, entry: NameEntry): boolean {
  if (i + entry.tokens.length > tokens.length) return false;
  for (let k = 1; k < entry.tokens.length; k++) {
    const tok = tokens[i + k]!;
    if (tok.key !== entry.tokens[k]) return false;
    if (!NAME_GAP.test(text.slice(tokens[i + k - 1]!.end, tok.start))) return false;
  }
  return true;
}

export function findEnglishMentions(text: string, index: NameIndex): PlaceMention[] {
  const tokens = tokenise(text, index);
  const mentions: PlaceMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: { length: number; places: Place[] } | null = null;
    for (const entry of tokens[i]!.entries) {
      if (!matchesAt(text, tokens, i, entry)) continue;
      const places = entry.options
        .filter((o) => o.guard === 'none' || passesGuard(o.guard, text, tokens, i, entry))
        .map((o) => o.place);
      if (places.length === 0) continue;
      found = { length: entry.tokens.length, places };
      break; // entries are sorted longest first
    }
    if (!found) {
      i++;
      continue;
    }
    const start = tokens[i]!.start;
    const end = tokens[i + found.length - 1]!.end;
    mentions.push({ start, end, surface: text.slice(start, end), candidates: [...found.places].sort(byProminence) });
    i += found.length;
  }
  return mentions;
}
