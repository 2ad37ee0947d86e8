import { describe, expect, it } from 'vitest';
import { findPublicationDate } from '@/lib/extract/dates';

describe('findPublicationDate', () => {
  const cases: [string, string][] = [
    ['عنوان الخبر هنا\nالإثنين 10/يناير/2022 - 05:47 م\nكاتب الخبر\nنص الخبر يبدأ هنا.', '2022-01-10'],
    ['بغداد - 10 كانون الثاني 2022\nقال مسؤول محلي إن الوضع هادئ.', '2022-01-10'],
    ['خبر عاجل\n2022/01/10\nنص', '2022-01-10'],
    ['سياسة | 10-01-2022, 14:16 |\nنص الخبر', '2022-01-10'],
    ['Some headline\nJanuary 10, 2022\nBody text follows.', '2022-01-10'],
    ['Headline\n10 Jan 2022\nBody.', '2022-01-10'],
    ['Headline\nJan. 10, 2022 3:45 PM\nBody.', '2022-01-10'],
    ['Headline\nPublished: 2022-01-10\nBody.', '2022-01-10'],
    ['Headline\nMonday, 10 January 2022\nBody.', '2022-01-10'],
    ['Headline\nposted onMay 11, 2022\nBody.', '2022-05-11'],
    ['Headline\nDate: 18th, September 2023 GMT\nBody.', '2023-09-18'],
    ['عنوان\nتاريخ النشر : الاثنين ٢٣ يوليو ٢٠١٢\nنص', '2012-07-23'],
    ['عنوان\nالسيمر / الثلاثاء 06 . 09 . 2016 — نص الخبر', '2016-09-06'],
    ['عنوان\nأكد مسؤول، اليوم الأحد (11 تشرين الأول 2020)، أن الطريق مفتوح.', '2020-10-11'],
    ['Headline\n2022-02-11T20:34:41+00:00\nBody', '2022-02-11'],
  ];
  it.each(cases)('reads the header date of %j', (text, expected) => {
    expect(findPublicationDate(text)).toBe(expected);
  });

  it('prefers a labelled publication date over an earlier event date', () => {
    const text = 'Remembering the attack of 3 March 2019\nPublished: 2022-01-10\nBody text.';
    expect(findPublicationDate(text)).toBe('2022-01-10');
  });

  it('prefers a dateline on its own line over a date inside the headline', () => {
    const text = 'Iraq marks the anniversary of the 3 January 2020 strike\nJanuary 10, 2022\nBody text.';
    expect(findPublicationDate(text)).toBe('2022-01-10');
    expect(findPublicationDate('ذكرى هجوم 3 كانون الثاني 2020 على المطار\nالإثنين 10/يناير/2022 - 05:47 م\nنص')).toBe('2022-01-10');
  });

  it('ignores dates deep in the body and dates without a year', () => {
    expect(findPublicationDate('BAGHDAD, Jan 8 (Wire) -- Police said on Monday that nothing happened.')).toBeNull();
    const deep = 'Headline without date.\n' + 'Filler sentence about nothing. '.repeat(30) + 'It happened on 5 March 2019.';
    expect(findPublicationDate(deep)).toBeNull();
  });

  it('rejects impossible calendar dates', () => {
    expect(findPublicationDate('Headline\n31/02/2022\nBody')).toBeNull();
    expect(findPublicationDate('')).toBeNull();
  });
});
