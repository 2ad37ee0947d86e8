/**
 * Fast Arabic lexicon matching on words instead of a regex. Same semantics as the
 * regex form in compile.ts (entries are normalised stems; the first word may carry
 * the clitics و ف ب ك ل ال, later words ال بال وال لل; a word tolerates any suffix
 * unless it ends in '='; words are separated by spaces), but each word of the text is
 * looked up in a character trie once, rather than every entry being tried at every
 * position — the regex spent most of the engine's time on Arabic.
 */
import { normaliseArabic } from '@/lib/text/arabic';
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
interface Node {
  next: Map<number, Node>;
  entries: Entry[];
}
interface Token {
  start: number;
  end: number;
  text: string;
  /** the token without each clitic prefix it may carry (computed once per text, shared by all lists) */
  rests: string[];
}

const FIRST_PREFIXES: string[] = (() => {
  const out = new Set<string>();
  for (const a of ['', 'و', 'ف']) for (const b of ['', 'ب', 'ك', 'ل']) for (const c of ['', 'ال', 'ل']) out.add(a + b + c);
  return [...out].sort((x, y) => x.length - y.length);
})();
const NEXT_PREFIXES = ['', 'ال', 'بال', 'وال', 'لل'];
const TOKEN = /[\u0621-\u064A]+|[0-9]+|[A-Za-z]+/g;

let lastText: string | null = null;
let lastTokens: Token[] = [];

function tokens(text: string): Token[] {
  if (text === lastText) return lastTokens;
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const t = m[0];
    const rests: string[] = [];
    for (const p of FIRST_PREFIXES) if (t.length > p.length && t.startsWith(p)) rests.push(t.slice(p.length));
    out.push({ start: m.index, end: m.index + t.length, text: t, rests });
  }
  lastText = text;
  lastTokens = out;
  return out;
}

function wordMatches(w: Word, token: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) {
    if (!token.startsWith(p)) continue;
    const rest = token.slice(p.length);
    if (w.exact ? rest === w.stem : rest.startsWith(w.stem) && w.stem.length > 0) return true;
  }
  return false;
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
  const root: Node = { next: new Map(), entries: [] };
  for (const l of lists) {
    for (const raw of l.entries) {
      const words = normaliseArabic(raw)
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => (w.endsWith('=') ? { stem: w.slice(0, -1), exact: true } : { stem: w, exact: false }));
      const first = words[0];
      if (!first || first.stem.length === 0) continue;
      let node = root;
      for (let k = 0; k < first.stem.length; k++) {
        const ch = first.stem.charCodeAt(k);
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map(), entries: [] }));
        node = child;
      }
      node.entries.push({ words, tag: l.tag, weight: words.reduce((n, w) => n + w.stem.length, 0) });
    }
  }
  if (root.next.size === 0) return () => [];

  return (text) => {
    const toks = tokens(text);
    const out: TaggedMatch[] = [];
    // Per list (or for all lists together): the first token a new match may start at.
    // Indexed by key + 1 (key -1 stands for all lists together); tags are small list numbers.
    const resumeAt: number[] = [];
    for (let i = 0; i < toks.length; i++) {
      const tok = toks[i]!;
      // Created on the first hit only: most tokens match nothing, and a Map per token was
      // a measurable share of the engine's time.
      let best: Map<number, { end: number; weight: number; tag: number; last: number }> | null = null;
      for (const rest of tok.rests) {
        let node: Node | undefined = root;
        for (let d = 0; node && d <= rest.length; d++) {
          const entries: Entry[] = node.entries;
          for (let x = 0; x < entries.length; x++) {
            const e = entries[x]!;
            if (e.words[0]!.exact && d !== rest.length) continue;
            const k = separateLists ? e.tag : -1;
            if ((resumeAt[k + 1] ?? 0) > i) continue;
            let last = i;
            let ok = true;
            for (let w = 1; w < e.words.length; w++) {
              const next = toks[last + 1];
              if (!next || !/^\s+$/.test(text.slice(toks[last]!.end, next.start)) || !wordMatches(e.words[w]!, next.text, NEXT_PREFIXES)) {
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
          node = d < rest.length ? node.next.get(rest.charCodeAt(d)) : undefined;
        }
      }
      if (best === null) continue;
      for (const [k, b] of best) {
        out.push({ start: tok.start, end: b.end, surface: text.slice(tok.start, b.end), tag: b.tag });
        resumeAt[k + 1] = b.last + 1;
      }
    }
    return out;
  };
}
