import { describe, expect, it } from 'vitest';
import { parseNumber } from '@/lib/extract/numbers';

describe('parseNumber', () => {
  it.each([
    ['12', 'en', 12],
    ['٣', 'ar', 3],
    ['١٢٥', 'ar', 125],
    ['3,500', 'en', 3500],
    ['3.500', 'ar', 3500],
    ['1.5', 'en', 1.5],
    ['three', 'en', 3],
    ['Twenty-one', 'en', 21],
    ['a dozen', 'en', 12],
    ['two dozen', 'en', 24],
    ['one hundred and five', 'en', 105],
    ['5 thousand', 'en', 5000],
    ['ثلاثة', 'ar', 3],
    ['ثلاث', 'ar', 3],
    ['عشرين', 'ar', 20],
    ['عشرون', 'ar', 20],
    ['واحدة', 'ar', 1],
    ['اثنين', 'ar', 2],
    ['اثنتين', 'ar', 2],
    ['أحد عشر', 'ar', 11],
    ['ثلاثة عشر', 'ar', 13],
    ['خمسة وعشرون', 'ar', 25],
    ['مئة', 'ar', 100],
    ['مائتين', 'ar', 200],
    ['ثلاثمائة', 'ar', 300],
    ['ثلاث مئة وخمسون', 'ar', 350],
    ['ألف', 'ar', 1000],
    ['ألفين', 'ar', 2000],
    ['3 آلاف', 'ar', 3000],
    ['ثلاثة آلاف', 'ar', 3000],
    ['والثلاثة', 'ar', 3],
  ] as const)('%s (%s) = %d', (text, lang, value) => {
    expect(parseNumber(text, lang)).toBe(value);
  });

  it('Arabic duals count two, ambiguous sound plurals do not', () => {
    expect(parseNumber('طائرتين', 'ar')).toBe(2);
    expect(parseNumber('طائرتان', 'ar')).toBe(2);
    expect(parseNumber('قذيفتين', 'ar')).toBe(2);
    expect(parseNumber('شخصين', 'ar')).toBe(2);
    expect(parseNumber('جنديين', 'ar')).toBe(2);
    expect(parseNumber('منتسبان', 'ar')).toBe(2);
    expect(parseNumber('منتسبين', 'ar')).toBeNull(); // also the plural "members"
    expect(parseNumber('مدنيين', 'ar')).toBeNull();
    expect(parseNumber('ستين', 'ar')).toBe(60); // a number word, not a dual
  });

  it('vague quantities have no number', () => {
    for (const w of ['dozens', 'scores', 'several', 'a number of', 'hundreds']) expect(parseNumber(w, 'en')).toBeNull();
    for (const w of ['عشرات', 'العشرات', 'مئات', 'آلاف', 'عدد من']) expect(parseNumber(w, 'ar')).toBeNull();
  });

  it('garbage gives null', () => {
    for (const w of ['', '   ', 'soldiers', 'twenty soldiers', '3,50', 'ثلاثة جنود', '12abc']) {
      expect(parseNumber(w, w.match(/[a-z]/) ? 'en' : 'ar')).toBeNull();
    }
  });
});
