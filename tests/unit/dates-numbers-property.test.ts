import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysBetween, findDateMentions, findPublicationDate, mondayOf } from '@/lib/extract/dates';
import { findCasualtyCounts, parseNumber } from '@/lib/extract/numbers';

// Pieces that exercise the matchers: words they look for, digits, separators, Arabic marks.
const PIECES = [
  'امس', 'اليوم', 'الاحد', 'الجمعة', 'مساء', 'قبل', 'أسبوعين', 'ثلاثة', 'كانون', 'الثاني', 'تشرين', 'اب', 'آذار', 'عام',
  'مقتل', 'إصابة', 'قتلى', 'جرحى', 'اختطاف', 'وثلاثة', 'شخصين', 'دون', 'وقوع', 'إصابات', 'عشرات', 'و',
  'yesterday', 'Monday', 'on', 'said', 'last', 'week', 'January', 'May', 'in', 'killed', 'wounded', 'and', 'two', 'a', 'dozen',
  'at least', 'no casualties', 'kidnapped', 'along with', 'others',
  '5', '28', '2022', '١٢', '3,500', '3.500', '/', '-', '.', ',', '،', '(', ')', ' ', '\n', 'َ', 'ـ', '\u200f', '😀',
];
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), soup);
const published = fc.oneof(
  fc.constant(null),
  fc.constant('not-a-date'),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('never throws, always well-formed', () => {
  it('findDateMentions', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('ar', 'en') as fc.Arbitrary<'ar' | 'en'>, published, (text, lang, pub) => {
        const ms = findDateMentions(text, lang, pub);
        let last = -1;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThan(m.end);
          expect(m.start).toBeGreaterThanOrEqual(last);
          last = m.start;
          expect(text.slice(m.start, m.end)).toBe(m.surface);
          expect(m.date).toMatch(ISO);
          expect(Number.isNaN(daysBetween(m.date, m.date))).toBe(false);
          if (pub === null || pub === 'not-a-date') expect(m.kind).toBe('absolute');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('findPublicationDate', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const d = findPublicationDate(text);
        expect(d === null || ISO.test(d)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('findCasualtyCounts and parseNumber', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('ar', 'en') as fc.Arbitrary<'ar' | 'en'>, (text, lang) => {
        const r = findCasualtyCounts(text, lang);
        for (const v of [r.killed, r.injured, r.kidnapped]) expect(v === null || (Number.isFinite(v) && v >= 0)).toBe(true);
        for (const m of r.mentions) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThan(m.end);
        }
        const n = parseNumber(text, lang);
        expect(n === null || Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('mondayOf is a Monday within the 6 days before any date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const monday = mondayOf(iso);
        const back = daysBetween(monday, iso);
        expect(back).toBeGreaterThanOrEqual(0);
        expect(back).toBeLessThanOrEqual(6);
        expect(new Date(monday + 'T00:00:00Z').getUTCDay()).toBe(1);
      }),
    );
  });

  it('non-string input is tolerated', () => {
    const bad = [undefined, null, 42, {}] as unknown as string[];
    for (const b of bad) {
      expect(findDateMentions(b, 'en', '2022-01-10')).toEqual([]);
      expect(findPublicationDate(b)).toBeNull();
      expect(findCasualtyCounts(b, 'ar').mentions).toEqual([]);
      expect(parseNumber(b, 'en')).toBeNull();
    }
  });
});
