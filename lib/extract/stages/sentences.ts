/**
 * Stage 2: split plain text into sentences. Splits on . ! ? ؟ ؛ and newlines, but not
 * inside «…» / “…” quotes (up to a bound, so an unclosed quote cannot swallow the
 * article), not after abbreviations (U.S., Mr., Jan.) or initials, and not inside
 * numbers (3.500, 1.46). Linear in the text length.
 */

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'maj', 'sgt', 'capt', 'cpt', 'brig', 'adm',
  'gov', 'sen', 'rep', 'prof', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'km', 'u.s', 'u.n',
  'a.m', 'p.m', 'al',
]);
const OPEN_QUOTES = new Set(['«', '“']);
const CLOSE_QUOTES = new Set(['»', '”']);
const MAX_QUOTE = 600;
// Real sentences are far shorter; a longer run (a list, unpunctuated junk) is cut at a
// space so every later stage works on bounded pieces and stays linear in the text.
const MAX_SENTENCE = 1200;

export interface Span {
  start: number;
  end: number;
}

function isSentenceEndDot(text: string, i: number): boolean {
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  if (/[0-9]/.test(prev) && /[0-9]/.test(next)) return false; // 3.500, 1.46
  if (next && !/\s|["'»”)\]]/.test(next)) return false; // U.S.-led, e.g. "a.m.x"
  // the word before the dot
  let j = i - 1;
  while (j >= 0 && /[A-Za-z.]/.test(text[j] ?? '')) j--;
  const word = text.slice(j + 1, i).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return false; // initials: J. Smith
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) return false;
  if (/^([a-z]\.)+[a-z]?$/.test(word)) return false; // U.S, U.N.
  return true;
}

function pushTrimmed(text: string, spans: Span[], from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** Adds the sentence [start, end), cut into bounded pieces when overlong; returns where the next one starts. */
function push(text: string, spans: Span[], start: number, end: number): number {
  let from = start;
  while (end - from > MAX_SENTENCE) {
    const window = text.slice(from + MAX_SENTENCE / 2, from + MAX_SENTENCE);
    const cut = window.lastIndexOf(' ');
    const at = cut >= 0 ? from + MAX_SENTENCE / 2 + cut + 1 : from + MAX_SENTENCE;
    pushTrimmed(text, spans, from, at);
    from = at;
  }
  pushTrimmed(text, spans, from, end);
  return end;
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let quoteOpenAt = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Only these characters matter below; every other one (nearly all) is skipped without making a string.
    if (c !== 0xab && c !== 0x201c && c !== 0xbb && c !== 0x201d && c !== 10 && c !== 33 && c !== 63 && c !== 0x61f && c !== 0x61b && c !== 46) {
      if (quoteOpenAt >= 0 && i - quoteOpenAt > MAX_QUOTE) quoteOpenAt = -1;
      continue;
    }
    const ch = text[i] ?? '';
    if (OPEN_QUOTES.has(ch)) {
      quoteOpenAt = i;
      continue;
    }
    if (CLOSE_QUOTES.has(ch)) {
      quoteOpenAt = -1;
      continue;
    }
    if (quoteOpenAt >= 0 && i - quoteOpenAt > MAX_QUOTE) quoteOpenAt = -1;
    if (ch === '\n') {
      quoteOpenAt = -1;
      start = push(text, spans, start, i + 1);
      continue;
    }
    if (quoteOpenAt >= 0) continue;
    if (ch === '!' || ch === '?' || ch === '؟' || ch === '؛') {
      start = push(text, spans, start, i + 1);
    } else if (ch === '.' && isSentenceEndDot(text, i)) {
      // keep a closing quote/bracket with the sentence it ends
      let k = i + 1;
      while (k < text.length && /["'»”)\]]/.test(text[k] ?? '')) k++;
      start = push(text, spans, start, k);
      i = k - 1;
    }
  }
  push(text, spans, start, text.length);
  return spans;
}
