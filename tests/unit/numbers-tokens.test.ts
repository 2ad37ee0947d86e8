import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenise } from '@/lib/extract/numbers/tokens';

// The definition the hand-written tokeniser implements (see lib/extract/numbers/tokens.ts).
const REFERENCE = /\d+(?:-[\p{L}\p{M}]+)+|\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|[.!?؟;:،,()[\]"«»“”]/gu;

function referenceTokens(text: string): { text: string; kind: string; start: number; end: number }[] {
  return [...text.matchAll(REFERENCE)].map((m) => {
    const t = m[0];
    const digit = /^[0-9]/.test(t);
    const kind = digit ? (t.includes('-') ? 'word' : 'number') : t.length === 1 && '.!?؟;:،,()[]"«»“”'.includes(t) ? 'punct' : 'word';
    return { text: t, kind, start: m.index, end: m.index + t.length };
  });
}

// Characters at the edges of every rule: digits, separators, hyphens, apostrophes, marks, astral letters and emoji.
const PIECES = [
  '3', '10', '2022', '3,500', '3.500', '1.', ',5', '-', '--', "'", '’', '.', ',', '،', '؟', '(', ')', '[', ']', '"', '«', '»', '“', '”',
  'year', 'old', 'A', 'é', 'e\u0301', 'مقتل', 'وثلاثة', 'َ', 'ـ', '\u200f', ' ', '\n', '😀', '𝒜', '\ud800', '\udc00', '_', '١٢',
];
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

describe('numbers tokeniser', () => {
  it('reads the same tokens as its reference regex', () => {
    fc.assert(
      fc.property(fc.oneof(soup, fc.string({ maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 80 })), (text) => {
        const got = tokenise(text).map(({ text: t, kind, start, end }) => ({ text: t, kind, start, end }));
        expect(got).toEqual(referenceTokens(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps numbers with their separators and hyphenated adjectives as words', () => {
    expect(tokenise('3,500 people, a 10-year-old boy; 1.46').map((t) => [t.text, t.kind])).toEqual([
      ['3,500', 'number'], ['people', 'word'], [',', 'punct'], ['a', 'word'], ['10-year-old', 'word'], ['boy', 'word'], [';', 'punct'], ['1.46', 'number'],
    ]);
  });
});
