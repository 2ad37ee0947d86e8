import { describe, expect, it } from 'vitest';
import { findDateMentions, type DateMention } from '@/lib/extract/dates';
import { normaliseArabic } from '@/lib/text/arabic';

/** Day-ordinal words, "last weekend", and spans counted from an event rather than from publication. */

const en = (text: string, published: string | null) => findDateMentions(text, 'en', published);
const ar = (text: string, published: string | null) => findDateMentions(normaliseArabic(text), 'ar', published);
const brief = (ms: DateMention[]) => ms.map((m) => [m.date, m.precision, m.kind]);

const WED = '2023-08-16'; // a Wednesday
const SAT = '2023-08-19';
const SUN = '2023-08-20';

describe('English ordinal day words', () => {
  it.each([
    ['The convoy was hit on the fifth of March.', '2023-03-05'],
    ['The convoy was hit on March fifth.', '2023-03-05'],
    ['The convoy was hit on the twenty-first of July, officials said later.', '2023-07-21'],
    ['The convoy was hit on July the thirty-first.', '2023-07-31'],
    ['The convoy was hit on the second of September 2022.', '2022-09-02'],
  ])('%s', (text, date) => {
    expect(brief(en(text, WED))).toEqual([[date, 'day', 'absolute']]);
  });

  it('an ordinal that counts something else is no date', () => {
    expect(en('It was the second attack in March this year.', WED).map((m) => m.date)).not.toContain('2023-03-02');
    expect(en('A third rocket landed near the base.', WED)).toEqual([]);
  });
});

describe('last weekend → the most recent Friday–Saturday before publication', () => {
  it.each([
    [WED, '2023-08-11'],
    [SUN, '2023-08-18'],
    [SAT, '2023-08-11'], // the weekend under way is not "last weekend"
  ])('published %s', (pub, friday) => {
    expect(brief(en('Gunmen attacked a checkpoint last weekend.', pub))).toEqual([[friday, 'week', 'relative']]);
    expect(brief(ar('هاجم مسلحون نقطة تفتيش في عطلة نهاية الأسبوع الماضي', pub))).toEqual([[friday, 'week', 'relative']]);
  });
  it('"last week" keeps its Monday', () => {
    expect(brief(en('Gunmen attacked a checkpoint last week.', WED))).toEqual([['2023-08-07', 'week', 'relative']]);
  });
});

describe('spans counted from an event are not dates relative to publication', () => {
  it.each([
    'His body was found two days after he was abducted.',
    'He was freed after three days in captivity.',
    'The funeral was held three days later.',
    'Four days before the attack, police had warned residents.',
  ])('%s', (text) => {
    expect(en(text, WED)).toEqual([]);
  });
  it.each([
    'عثر على جثته بعد ثلاثة أيام من اختطافه',
    'أطلق سراحه بعد يومين من خطفه',
    'وصلت تحذيرات قبل ثلاثة أيام من الهجوم',
    'اختفى قبل يومين من مقتله',
  ])('%s', (text) => {
    expect(ar(text, WED)).toEqual([]);
  });
  it('"three days ago" / قبل ثلاثة أيام still count back from publication', () => {
    expect(brief(en('He was abducted three days ago.', WED))).toEqual([['2023-08-13', 'day', 'relative']]);
    expect(brief(ar('اختطف قبل ثلاثة أيام', WED))).toEqual([['2023-08-13', 'day', 'relative']]);
  });
});
