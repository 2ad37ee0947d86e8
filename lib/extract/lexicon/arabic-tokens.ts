/**
 * The words of a normalised Arabic sentence as the lexicon tries read them: offsets, the
 * word itself (later words of an entry are compared as strings) and which clitic prefixes
 * it may carry. Every trie of the lexicon (triggers, cues, actors) reads the same sentence
 * right after the others, so the last sentence's words are remembered.
 */

export interface ArabicToken {
  start: number;
  end: number;
  text: string;
  /**
   * Bit L set: the first L characters are a clitic prefix the word may carry (bit 0 — no
   * prefix — is always set). Lengths, not strings: the trie walks the sentence from
   * start + L without cutting a copy of the rest.
   */
  prefixLengths: number;
}

/**
 * Character slots shared by the tries: a word is letters ء..ي, digits or Latin letters
 * (TOKEN below), so these 104 slots are the whole alphabet a trie walk can meet. Slot 0:
 * any other character, which no word contains.
 */
export const SLOTS = 105;
const SLOT_OF = new Uint8Array(0x650);
{
  let next = 1;
  const add = (from: number, to: number) => {
    for (let c = from; c <= to; c++) SLOT_OF[c] = next++;
  };
  add(0x0621, 0x064a);
  add(0x30, 0x39);
  add(0x41, 0x5a);
  add(0x61, 0x7a);
}
export function slotOf(code: number): number {
  return code < 0x650 ? SLOT_OF[code]! : 0;
}

/** و ف, then ب ك ل, then ال ل: every combination is a prefix a first word may carry. */
const FIRST_PREFIXES: string[] = (() => {
  const out = new Set<string>();
  for (const a of ['', 'و', 'ف']) for (const b of ['', 'ب', 'ك', 'ل']) for (const c of ['', 'ال', 'ل']) out.add(a + b + c);
  return [...out];
})();
const LONGEST_PREFIX = Math.max(...FIRST_PREFIXES.map((p) => p.length));

/**
 * The prefixes as a tiny trie over slots: PREFIX_NEXT[node * SLOTS + slot] is the child
 * (0: none — the root is never a child); PREFIX_END[node] = 1 when the path to it spells
 * a whole prefix.
 */
const PREFIX_NODES = 1 + FIRST_PREFIXES.reduce((n, p) => n + p.length, 0);
const PREFIX_NEXT = new Uint8Array(PREFIX_NODES * SLOTS);
const PREFIX_END = new Uint8Array(PREFIX_NODES);
{
  let nodes = 1;
  for (const p of FIRST_PREFIXES) {
    let node = 0;
    for (let k = 0; k < p.length; k++) {
      const at = node * SLOTS + slotOf(p.charCodeAt(k));
      if (PREFIX_NEXT[at] === 0) PREFIX_NEXT[at] = nodes++;
      node = PREFIX_NEXT[at]!;
    }
    PREFIX_END[node] = 1;
  }
}

/** Bit mask of the clitic prefix lengths of text[start, end), each shorter than the word. */
function prefixLengthsOf(text: string, start: number, end: number): number {
  let mask = 1;
  let node = 0;
  const stop = Math.min(end - start - 1, LONGEST_PREFIX);
  for (let L = 1; L <= stop; L++) {
    node = PREFIX_NEXT[node * SLOTS + slotOf(text.charCodeAt(start + L - 1))]!;
    if (node === 0) break;
    if (PREFIX_END[node]) mask |= 1 << L;
  }
  return mask;
}

const TOKEN = /[\u0621-\u064A]+|[0-9]+|[A-Za-z]+/g;

let lastText: string | null = null;
let lastTokens: ArabicToken[] = [];

export function arabicTokens(text: string): ArabicToken[] {
  if (text === lastText) return lastTokens;
  const out: ArabicToken[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ start, end, text: m[0], prefixLengths: prefixLengthsOf(text, start, end) });
  }
  lastText = text;
  lastTokens = out;
  return out;
}
