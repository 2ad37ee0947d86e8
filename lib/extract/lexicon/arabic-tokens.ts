/**
 * The words of a normalised Arabic sentence as the lexicon tries read them: offsets and
 * which clitic prefixes each may carry. Every trie of the lexicon (triggers, cues, actors)
 * reads the same sentence right after the others, so the last sentence's words are remembered.
 */

export interface ArabicToken {
  start: number;
  end: number;
  /**
   * Bit L set: the first L characters are a clitic prefix the word may carry (bit 0 — no
   * prefix — is always set). Lengths, not strings: the trie walks the sentence from
   * start + L without cutting a copy of the rest.
   */
  prefixLengths: number;
  /** The same for the prefixes a later word of an entry may carry: ال بال وال لل (bits 0, 2, 3). */
  nextPrefixLengths: number;
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

const ALEF = 0x627;
const LAM = 0x644;
const BEH = 0x628;
const WAW = 0x648;

/** Bit mask of the lengths of ال بال وال لل that text[start, end) begins with (bit 0 always). */
function nextPrefixLengthsOf(text: string, start: number, end: number): number {
  let mask = 1;
  const c0 = text.charCodeAt(start);
  const c1 = end - start >= 2 ? text.charCodeAt(start + 1) : 0;
  if ((c0 === ALEF && c1 === LAM) || (c0 === LAM && c1 === LAM)) mask |= 1 << 2;
  if (end - start >= 3 && (c0 === BEH || c0 === WAW) && c1 === ALEF && text.charCodeAt(start + 2) === LAM) mask |= 1 << 3;
  return mask;
}

/** Which run a character belongs to: 1 Arabic letter (ء..ي), 2 digit, 3 Latin letter, 0 none. */
function runClass(c: number): number {
  if (c >= 0x0621 && c <= 0x064a) return 1;
  if (c >= 0x30 && c <= 0x39) return 2;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 3;
  return 0;
}

let lastText: string | null = null;
let lastTokens: ArabicToken[] = [];

/** The maximal runs of Arabic letters, of digits and of Latin letters (the regex [ء-ي]+|[0-9]+|[A-Za-z]+), read without copies. */
export function arabicTokens(text: string): ArabicToken[] {
  if (text === lastText) return lastTokens;
  const out: ArabicToken[] = [];
  let i = 0;
  while (i < text.length) {
    const kind = runClass(text.charCodeAt(i));
    if (kind === 0) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && runClass(text.charCodeAt(i)) === kind) i++;
    out.push({ start, end: i, prefixLengths: prefixLengthsOf(text, start, i), nextPrefixLengths: nextPrefixLengthsOf(text, start, i) });
  }
  lastText = text;
  lastTokens = out;
  return out;
}
