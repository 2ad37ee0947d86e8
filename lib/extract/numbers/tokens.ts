/** A word, number or punctuation mark of a sentence, with its offsets in the scanned text. */
export interface Token {
  text: string;
  /** lower-cased for English, as is for (normalised) Arabic */
  key: string;
  kind: 'word' | 'number' | 'punct';
  start: number;
  end: number;
}

/*
 * The tokens are those of the regex
 *   \d+(?:-[\p{L}\p{M}]+)+ | \d+(?:[.,]\d+)* | [\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)* | [.!?؟;:،,()[\]"«»“”]
 * (flags gu), read by hand: every sentence with a casualty word is tokenised, and the
 * regex with its Unicode classes was a visible share of the engine's time.
 * Numbers keep their grouping separators (3,500 / 3.500) so parseNumber can read them.
 * "10-year-old", "3-storey" are adjectives, one word token, never a count.
 */

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** Per UTF-16 unit: 0 not yet known, 1 letter or mark, 2 neither (filled on first sight). */
const BMP_CLASS = new Uint8Array(0x10000);

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Length (1 or 2 units) of the letter or mark at i, else 0. */
function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_MARK.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = BMP_CLASS[c]!;
  if (k === 0) {
    k = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 2;
    BMP_CLASS[c] = k;
  }
  return k === 1 ? 1 : 0;
}

/** End of the run of letters and marks starting at i (i itself when there is none). */
function lettersEnd(text: string, i: number): number {
  for (let n = letterAt(text, i); n > 0 && i < text.length; n = letterAt(text, i)) i += n;
  return i;
}
function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

const PUNCT_CODES = new Set(Array.from('.!?؟;:،,()[]"«»“”', (c) => c.charCodeAt(0)));
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/** End of the number or hyphenated-adjective token starting at the digit at i. */
function numberEnd(text: string, i: number): number {
  const digits = digitsEnd(text, i);
  // \d+(?:-[\p{L}\p{M}]+)+
  let end = digits;
  while (text.charCodeAt(end) === HYPHEN && letterAt(text, end + 1) > 0) end = lettersEnd(text, end + 1);
  if (end > digits) return end;
  // \d+(?:[.,]\d+)*
  for (let s = text.charCodeAt(end); (s === 0x2e || s === 0x2c) && isDigit(text.charCodeAt(end + 1)); s = text.charCodeAt(end)) {
    end = digitsEnd(text, end + 1);
  }
  return end;
}

/** End of the word token starting at the letter at i: [\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)* */
function wordEnd(text: string, i: number): number {
  let end = lettersEnd(text, i);
  for (let s = text.charCodeAt(end); (s === APOSTROPHE || s === RIGHT_QUOTE || s === HYPHEN) && letterAt(text, end + 1) > 0; s = text.charCodeAt(end)) {
    end = lettersEnd(text, end + 1);
  }
  return end;
}

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length; ) {
    let end: number;
    let kind: Token['kind'];
    if (isDigit(text.charCodeAt(i))) {
      end = numberEnd(text, i);
      kind = 'number'; // "10-year-old" is made a word below
    } else if (letterAt(text, i) > 0) {
      end = wordEnd(text, i);
      kind = 'word';
    } else if (PUNCT_CODES.has(text.charCodeAt(i))) {
      end = i + 1;
      kind = 'punct';
    } else {
      i++;
      continue;
    }
    const t = text.slice(i, end);
    if (kind === 'number' && t.includes('-')) kind = 'word';
    out.push({ text: t, key: t.toLowerCase(), kind, start: i, end });
    i = end;
  }
  return out;
}
