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

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const kind = /^\d+(?:[.,]\d+)*$/.test(t) ? 'number' : /^[\p{L}\p{M}\d]/u.test(t) ? 'word' : 'punct';
    out.push({ text: t, key: t.toLowerCase(), kind, start: m.index, end: m.index + t.length });
  }
  return out;
}
