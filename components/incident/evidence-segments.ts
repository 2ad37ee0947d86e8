/**
 * Splits an article text into plain and highlighted segments, marking the evidence
 * sentence(s). The result is rendered as React text + <mark>, so the untrusted article
 * never passes through an HTML parser.
 */
export interface TextSegment {
  text: string;
  marked: boolean;
}

const SENTENCE_END = /(?<=[.!?؟。])\s+|\n+/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches `piece` in the text allowing any run of whitespace where the piece has whitespace. */
function whitespaceTolerant(piece: string): RegExp {
  const pattern = piece.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
  return new RegExp(pattern, 'gu');
}

function findRanges(text: string, piece: string): [number, number][] {
  const trimmed = piece.trim();
  if (trimmed.length === 0) return [];
  const re = whitespaceTolerant(trimmed);
  const out: [number, number][] = [];
  for (const m of text.matchAll(re)) {
    if (m.index === undefined || m[0].length === 0) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * The whole evidence is looked for first; when it does not occur verbatim (sentences
 * joined differently than in the text), each of its sentences is looked for on its own.
 * Very short fragments are ignored so a stray "2." does not light up the article.
 */
export function evidenceSegments(text: string, evidence: readonly string[], title?: string): TextSegment[] {
  const ranges: [number, number][] = [];
  for (const raw of evidence) {
    // The extractor reads title + body as one text, so evidence may begin with the title.
    const ev = title && raw.startsWith(title) && !text.startsWith(title) ? raw.slice(title.length) : raw;
    const whole = findRanges(text, ev);
    if (whole.length > 0) {
      ranges.push(...whole);
      continue;
    }
    for (const sentence of ev.split(SENTENCE_END)) {
      if (sentence.trim().length >= 12) ranges.push(...findRanges(text, sentence));
    }
  }
  const merged = merge(ranges);
  const segments: TextSegment[] = [];
  let pos = 0;
  for (const [start, end] of merged) {
    if (start > pos) segments.push({ text: text.slice(pos, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    pos = end;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos), marked: false });
  return segments;
}
