/** A word, number or punctuation mark of a sentence, with its offsets in the scanned text. */
export interface Token {
  text: string;
  /** lower-cased for English, as is for (normalised) Arabic */
  key: string;
  kind: 'word' | 'number' | 'punct';
  start: number;
  end: number;
}

// Numbers keep their grouping separators (3,500 / 3.500) so parseNumber can read them.
// "10-year-old", "3-storey" are adjectives, one word token, never a count.
const TOKEN = /\d+(?:-[\p{L}\p{M}]+)+|\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|[.!?؟;:،,()[\]"«»“”]/gu;

const ZERO = 0x30;
const NINE = 0x39;

/**
 * Which TOKEN alternative matched: digits with a hyphenated word are a word, digits and
 * separators a number; the punctuation alternative is one character of its class and
 * never a letter, so any other match is a word.
 */
function kindOf(t: string): Token['kind'] {
  const c = t.charCodeAt(0);
  if (c >= ZERO && c <= NINE) return t.includes('-') ? 'word' : 'number';
  return t.length === 1 && PUNCT.has(t) ? 'punct' : 'word';
}
const PUNCT = new Set('.!?؟;:،,()[]"«»“”');

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const kind = kindOf(t);
    out.push({ text: t, key: t.toLowerCase(), kind, start: m.index, end: m.index + t.length });
  }
  return out;
}
