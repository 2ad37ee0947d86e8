/**
 * Fast Arabic lexicon matching on words instead of a regex. Entries are normalised stems;
 * the first word may carry the clitics و ف ب ك ل ال (arabic-tokens.ts), later words ال
 * بال وال لل; a word tolerates any suffix unless it ends in '='; words are separated by
 * spaces. Each word of the text is looked up in a character trie once, rather than every
 * entry being tried at every position — the regex spent most of the engine's time on Arabic.
 *
 * The trie is flat (one typed array of child slots, arabic-tokens.ts SLOTS per node) and
 * is walked over the sentence itself from each clitic length: the walk is the engine's
 * innermost loop, and Map lookups and cut-off copies of every word were most of its cost.
 */
import { normaliseArabic } from '@/lib/text/arabic';
import { arabicTokens, SLOTS, slotOf, type ArabicToken } from './arabic-tokens';
import type { TaggedMatch } from './compile';

interface Word {
  stem: string;
  exact: boolean;
}
interface Entry {
  words: Word[];
  tag: number;
  weight: number;
}

/** A later word of an entry: the token after one of its prefixes (ال بال وال لل or none) is the stem, or starts with it. */
function laterWordMatches(w: Word, text: string, tok: ArabicToken): boolean {
  for (let L = 0, mask = tok.nextPrefixLengths; mask !== 0; L++, mask >>>= 1) {
    if ((mask & 1) === 0) continue;
    const restLength = tok.end - tok.start - L;
    const fits = w.exact ? restLength === w.stem.length : restLength >= w.stem.length && w.stem.length > 0;
    if (fits && text.startsWith(w.stem, tok.start + L)) return true;
  }
  return false;
}

/** Same set as the regex \s, tested on the gap between two words without copying it. */
function isWhitespace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
function onlySpacesBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (!isWhitespace(text.charCodeAt(k))) return false;
  return true;
}

/** Trie of first-word stems: node n's child for slot s is next[n * SLOTS + s] (0: none; the root is never a child). */
interface Trie {
  next: Int32Array;
  entries: (Entry[] | undefined)[];
}

function buildTrie(lists: { tag: number; entries: readonly string[] }[]): Trie | null {
  const paths: { slots: number[]; entry: Entry }[] = [];
  for (const l of lists) {
    for (const raw of l.entries) {
      const words = normaliseArabic(raw)
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => (w.endsWith('=') ? { stem: w.slice(0, -1), exact: true } : { stem: w, exact: false }));
      const first = words[0];
      if (!first || first.stem.length === 0) continue;
      const slots: number[] = [];
      for (let k = 0; k < first.stem.length; k++) slots.push(slotOf(first.stem.charCodeAt(k)));
      // A character no word of a text contains: the entry can never match.
      if (slots.includes(0)) continue;
      paths.push({ slots, entry: { words, tag: l.tag, weight: words.reduce((n, w) => n + w.stem.length, 0) } });
    }
  }
  if (paths.length === 0) return null;
  const maxNodes = 1 + paths.reduce((n, p) => n + p.slots.length, 0);
  const next = new Int32Array(maxNodes * SLOTS);
  const entries: (Entry[] | undefined)[] = [];
  let nodes = 1;
  for (const { slots, entry } of paths) {
    let node = 0;
    for (const s of slots) {
      const at = node * SLOTS + s;
      if (next[at] === 0) next[at] = nodes++;
      node = next[at]!;
    }
    (entries[node] ??= []).push(entry);
  }
  return { next: next.slice(0, nodes * SLOTS), entries };
}

interface Best {
  end: number;
  weight: number;
  tag: number;
  last: number;
}

/**
 * separateLists: scan as if each list were matched on its own (matches of different
 * lists may overlap), as the cue lists need; otherwise the longest match of any list
 * wins at a position, as the trigger and actor lists need.
 */
export function compileArabicTrie(
  lists: { tag: number; entries: readonly string[] }[],
  separateLists = false,
): (text: string) => TaggedMatch[] {
  const trie = buildTrie(lists);
  if (!trie) return () => [];
  const { next, entries: entriesAt } = trie;

  /** The entries starting at token i that match, folded into best (created on the first hit). */
  function matchAt(
    text: string,
    toks: ArabicToken[],
    i: number,
    resumeAt: number[],
    best: Map<number, Best> | null,
  ): Map<number, Best> | null {
    const tok = toks[i]!;
    const length = tok.end - tok.start;
    // Clitic lengths in increasing order: at most one prefix of each length fits a word,
    // so this is the order the prefixes were tried in when ties were first decided.
    for (let L = 0, mask = tok.prefixLengths; mask !== 0; L++, mask >>>= 1) {
      if ((mask & 1) === 0) continue;
      const restLength = length - L;
      let node = 0;
      for (let d = 0; ; d++) {
        const here = entriesAt[node];
        if (here !== undefined) {
          for (let x = 0; x < here.length; x++) {
            const e = here[x]!;
            if (e.words[0]!.exact && d !== restLength) continue;
            const k = separateLists ? e.tag : -1;
            if ((resumeAt[k + 1] ?? 0) > i) continue;
            let last = i;
            let ok = true;
            for (let w = 1; w < e.words.length; w++) {
              const after = toks[last + 1];
              if (!after || !onlySpacesBetween(text, toks[last]!.end, after.start) || !laterWordMatches(e.words[w]!, text, after)) {
                ok = false;
                break;
              }
              last++;
            }
            if (!ok) continue;
            const end = toks[last]!.end;
            best ??= new Map();
            const b = best.get(k);
            if (!b || end > b.end || (end === b.end && e.weight > b.weight)) best.set(k, { end, weight: e.weight, tag: e.tag, last });
          }
        }
        if (d >= restLength) break;
        node = next[node * SLOTS + slotOf(text.charCodeAt(tok.start + L + d))]!;
        if (node === 0) break;
      }
    }
    return best;
  }

  return (text) => {
    const toks = arabicTokens(text);
    const out: TaggedMatch[] = [];
    // Per list (or for all lists together): the first token a new match may start at.
    // Indexed by key + 1 (key -1 stands for all lists together); tags are small list numbers.
    const resumeAt: number[] = [];
    for (let i = 0; i < toks.length; i++) {
      // Created on the first hit only: most tokens match nothing.
      const best = matchAt(text, toks, i, resumeAt, null);
      if (best === null) continue;
      const tok = toks[i]!;
      for (const [k, b] of best) {
        out.push({ start: tok.start, end: b.end, surface: text.slice(tok.start, b.end), tag: b.tag });
        resumeAt[k + 1] = b.last + 1;
      }
    }
    return out;
  };
}
