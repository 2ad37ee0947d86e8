import { normaliseArabic, toAsciiDigits } from '@/lib/text/arabic';

/**
 * The text the matchers scan, plus a way back to offsets in the caller's string.
 * Arabic input may arrive already normalised (the extractor's case) or raw; both give
 * the same matching text, and offsets always point into the string the caller passed.
 */
export interface TextView {
  text: string;
  /** Offset in the caller's string of position `i` of `text` (i may equal text.length). */
  toOriginal(i: number): number;
}

const sameOffset = (i: number) => i;
const identity = (s: string): TextView => ({ text: s, toOriginal: sameOffset });

// The casualty and date readers both view the same sentence, one right after the other:
// remembering the last few views saves normalising it twice. Views are never mutated.
const RECENT_MAX = 4;
const recent: { input: string; lang: 'ar' | 'en'; view: TextView }[] = [];

export function viewFor(input: string, lang: 'ar' | 'en'): TextView {
  for (const r of recent) if (r.input === input && r.lang === lang) return r.view;
  const view = buildView(input, lang);
  if (recent.length >= RECENT_MAX) recent.pop();
  recent.unshift({ input, lang, view });
  return view;
}

function buildView(input: string, lang: 'ar' | 'en'): TextView {
  if (lang === 'en') return identity(toAsciiDigits(input)); // length-preserving
  const whole = normaliseArabic(input);
  // Every rule in normaliseArabic maps one UTF-16 unit to one or none, so equal length
  // means nothing was dropped and offsets are unchanged.
  if (whole.length === input.length) return identity(whole);
  const map = new Int32Array(whole.length + 1);
  const cache = new Map<string, string>();
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] as string;
    let n = cache.get(ch);
    if (n === undefined) {
      n = normaliseArabic(ch);
      cache.set(ch, n);
    }
    for (let k = 0; k < n.length; k++) map[out.length + k] = i;
    out += n;
  }
  map[out.length] = input.length;
  return { text: out, toOriginal: (i) => map[Math.max(0, Math.min(i, out.length))] ?? input.length };
}
