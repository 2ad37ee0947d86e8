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
  /** which matcher of the shared trie the entry belongs to */
  group: number;
  /** where the entry's matches are ranked and resumed: one slot per list of a separate-lists matcher, else one per matcher */
  slot: number;
}

/** The lists of one matcher. separateLists: see compileArabicTries. */
export interface TrieGroup {
  lists: { tag: number; entries: readonly string[] }[];
  separateLists?: boolean;
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

function buildTrie(groups: readonly TrieGroup[]): Trie | null {
  const paths: { path: number[]; entry: Entry }[] = [];
  // Slots of group g: base[g] (all lists together) or base[g] + 1 + tag (one per list).
  const base: number[] = [];
  let slotCount = 0;
  for (const g of groups) {
    base.push(slotCount);
    slotCount += g.separateLists ? 1 + Math.max(0, ...g.lists.map((l) => l.tag + 1)) : 1;
  }
  groups.forEach((g, group) => {
    for (const l of g.lists) {
      for (const raw of l.entries) {
        const words = normaliseArabic(raw)
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map((w) => (w.endsWith('=') ? { stem: w.slice(0, -1), exact: true } : { stem: w, exact: false }));
        const first = words[0];
        if (!first || first.stem.length === 0) continue;
        const path: number[] = [];
        for (let k = 0; k < first.stem.length; k++) path.push(slotOf(first.stem.charCodeAt(k)));
        // A character no word of a text contains: the entry can never match.
        if (path.includes(0)) continue;
        const slot = base[group]! + (g.separateLists ? 1 + l.tag : 0);
        paths.push({ path, entry: { words, tag: l.tag, weight: words.reduce((n, w) => n + w.stem.length, 0), group, slot } });
      }
    }
  });
  if (paths.length === 0) return null;
  const maxNodes = 1 + paths.reduce((n, p) => n + p.path.length, 0);
  const next = new Int32Array(maxNodes * SLOTS);
  const entries: (Entry[] | undefined)[] = [];
  let nodes = 1;
  for (const { path, entry } of paths) {
    let node = 0;
    for (const s of path) {
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
  group: number;
  last: number;
}

/**
 * Matchers over one shared trie. Per group, separateLists: scan as if each list were
 * matched on its own (matches of different lists may overlap), as the cue lists need;
 * otherwise the longest match of any list wins at a position, as the trigger and actor
 * lists need. The groups share one walk over each sentence: every matcher is asked about
 * the same sentence, one right after the other, so the first ask scans for all of them
 * and each later one takes its share (once — an ask repeated scans afresh, so every
 * answer is a fresh array the caller may label in place).
 */
export function compileArabicTries(groups: readonly TrieGroup[]): ((text: string) => TaggedMatch[])[] {
  const trie = buildTrie(groups);
  if (!trie) return groups.map(() => () => []);
  const { next, entries: entriesAt } = trie;

  /** The entries starting at token i that match, folded into best by slot (created on the first hit). */
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
            if ((resumeAt[e.slot] ?? 0) > i) continue;
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
            const b = best.get(e.slot);
            if (!b || end > b.end || (end === b.end && e.weight > b.weight)) {
              best.set(e.slot, { end, weight: e.weight, tag: e.tag, group: e.group, last });
            }
          }
        }
        if (d >= restLength) break;
        node = next[node * SLOTS + slotOf(text.charCodeAt(tok.start + L + d))]!;
        if (node === 0) break;
      }
    }
    return best;
  }

  function scan(text: string): TaggedMatch[][] {
    const toks = arabicTokens(text);
    const out: TaggedMatch[][] = groups.map(() => []);
    // Per slot: the first token a new match may start at.
    const resumeAt: number[] = [];
    for (let i = 0; i < toks.length; i++) {
      // Created on the first hit only: most tokens match nothing.
      const best = matchAt(text, toks, i, resumeAt, null);
      if (best === null) continue;
      const tok = toks[i]!;
      for (const [slot, b] of best) {
        out[b.group]!.push({ start: tok.start, end: b.end, surface: text.slice(tok.start, b.end), tag: b.tag });
        resumeAt[slot] = b.last + 1;
      }
    }
    return out;
  }

  let scannedText: string | null = null;
  let unclaimed: (TaggedMatch[] | null)[] = [];
  return groups.map((_, group) => (text: string) => {
    if (text !== scannedText || unclaimed[group] === null) {
      unclaimed = scan(text);
      scannedText = text;
    }
    const answer = unclaimed[group]!;
    unclaimed[group] = null;
    return answer;
  });
}

/** One matcher on a trie of its own (see compileArabicTries). */
export function compileArabicTrie(
  lists: { tag: number; entries: readonly string[] }[],
  separateLists = false,
): (text: string) => TaggedMatch[] {
  return compileArabicTries([{ lists, separateLists }])[0]!;
}
