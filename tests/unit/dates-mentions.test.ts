import { describe, expect, it } from 'vitest';
import { findDateMentions, type DateMention } from '@/lib/extract/dates';
import { normaliseArabic } from '@/lib/text/arabic';

const en = (text: string, published: string | null) => findDateMentions(text, 'en', published);
const ar = (text: string, published: string | null) => findDateMentions(normaliseArabic(text), 'ar', published);
const brief = (ms: DateMention[]) => ms.map((m) => [m.date, m.precision, m.kind]);

// 2022-01-10 is a Monday.
const MON = '2022-01-10';

describe('English relative dates', () => {
  it('yesterday, last night, overnight → the day before publication', () => {
    expect(brief(en('Gunmen attacked a checkpoint yesterday.', MON))).toEqual([['2022-01-09', 'day', 'relative']]);
    expect(brief(en('A rocket hit the base last night.', MON))).toEqual([['2022-01-09', 'day', 'relative']]);
    expect(brief(en('Two drones were shot down overnight.', MON))).toEqual([['2022-01-09', 'day', 'relative']]);
  });

  it('today / this morning → the publication day; the day before yesterday → −2', () => {
    expect(brief(en('A bomb exploded this morning in the market.', MON))).toEqual([[MON, 'day', 'relative']]);
    expect(brief(en('Clashes broke out today.', MON))).toEqual([[MON, 'day', 'relative']]);
    expect(brief(en('He was abducted the day before yesterday.', MON))).toEqual([['2022-01-08', 'day', 'relative']]);
    expect(en('The channel Russia Today reported it.', MON)).toEqual([]);
    expect(brief(en('Today, Monday, the army said it was calm.', MON))).toEqual([[MON, 'day', 'relative']]);
  });

  it('weekday names → the latest such day on or before publication', () => {
    expect(brief(en('The attack happened on Sunday near the border.', MON))).toEqual([['2022-01-09', 'day', 'weekday']]);
    expect(brief(en('Shelling resumed Sunday night.', MON))).toEqual([['2022-01-09', 'day', 'weekday']]);
    expect(brief(en('The convoy was hit early on Monday.', MON))).toEqual([[MON, 'day', 'weekday']]);
    expect(brief(en('The village was raided on Tuesday.', MON))).toEqual([['2022-01-04', 'day', 'weekday']]);
    expect(brief(en('It recalled the raid of last Monday.', MON))).toEqual([['2022-01-03', 'day', 'weekday']]);
    expect(en('A meeting is planned for next Monday.', MON)).toEqual([]);
  });

  it('N days / weeks ago', () => {
    expect(brief(en('The officer was kidnapped a week ago.', MON))).toEqual([['2022-01-03', 'week', 'relative']]);
    expect(brief(en('He disappeared two weeks ago.', MON))).toEqual([['2021-12-27', 'week', 'relative']]);
    expect(brief(en('The body was found three days ago.', MON))).toEqual([['2022-01-07', 'day', 'relative']]);
  });

  it('last week → Monday of the previous week; this week → this Monday', () => {
    const thu = '2022-01-13';
    expect(brief(en('Rockets struck the airport last week.', thu))).toEqual([['2022-01-03', 'week', 'relative']]);
    expect(brief(en('A similar attack took place earlier this week.', thu))).toEqual([['2022-01-10', 'week', 'relative']]);
  });

  it('this month / last month', () => {
    expect(brief(en('Attacks rose earlier this month.', '2022-03-20'))).toEqual([['2022-03-01', 'month', 'relative']]);
    expect(brief(en('The base was hit last month.', '2022-01-20'))).toEqual([['2021-12-01', 'month', 'relative']]);
  });

  it('police said on Saturday → announcement day, precision week', () => {
    expect(brief(en('Three shepherds were abducted, police said on Saturday.', MON))).toEqual([['2022-01-08', 'week', 'announcement']]);
    expect(brief(en('The ministry on Monday announced that two soldiers died.', MON))).toEqual([[MON, 'week', 'announcement']]);
    // the day belongs to the attack, not to the statement
    expect(brief(en('Police said gunmen attacked the village on Saturday.', MON))).toEqual([['2022-01-08', 'day', 'weekday']]);
  });
});

describe('English explicit dates', () => {
  it('day and month take the publication year', () => {
    expect(brief(en('The strike on 5 January killed two.', MON))).toEqual([['2022-01-05', 'day', 'absolute']]);
    expect(brief(en('The strike on January 5 killed two.', MON))).toEqual([['2022-01-05', 'day', 'absolute']]);
  });

  it('year rollover: a day after publication belongs to the previous year', () => {
    expect(brief(en('The attack on 28 December was claimed by no one.', '2022-01-03'))).toEqual([['2021-12-28', 'day', 'absolute']]);
  });

  it('numeric dates are day-first, month-first only when that is the date that fits', () => {
    expect(brief(en('The raid on 5/1/2022 was reported.', MON))).toEqual([['2022-01-05', 'day', 'absolute']]);
    expect(brief(en('Dated 1/25/2022.', '2022-02-01'))).toEqual([['2022-01-25', 'day', 'absolute']]);
    expect(brief(en('On 2022-01-04 a drone fell.', MON))).toEqual([['2022-01-04', 'day', 'absolute']]);
  });

  it('years and months → year / month precision (background events)', () => {
    expect(brief(en('The group seized the city in 2014.', MON))).toEqual([['2014-01-01', 'year', 'absolute']]);
    expect(brief(en('A similar bombing happened in March 2019.', MON))).toEqual([['2019-03-01', 'month', 'absolute']]);
    // "may" as a verb is no month
    expect(en('Officials may 5 times revise the toll.', MON).filter((m) => m.precision !== 'year')).toEqual([]);
  });

  it('a weekday next to its date is one mention', () => {
    const ms = en('On Monday, January 3, 2022, a rocket fell.', MON);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ date: '2022-01-03', precision: 'day', kind: 'absolute' });
  });

  it('offsets point at the surface in the given text, sorted by start', () => {
    const text = 'Gunmen struck on Sunday; a second attack came yesterday. It recalled 2014.';
    const ms = en(text, MON);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(ms.map((m) => m.start)).toEqual([...ms.map((m) => m.start)].sort((a, b) => a - b));
    expect(ms.map((m) => m.date)).toEqual(['2022-01-09', '2022-01-09']); // "recalled 2014" has no year cue
  });
});

describe('Arabic relative dates (normalised input)', () => {
  it('امس and its times of day → the day before', () => {
    expect(brief(ar('انفجرت عبوة ناسفة أمس في السوق', MON))).toEqual([['2022-01-09', 'day', 'relative']]);
    expect(brief(ar('سقطت قذيفة ليلة أمس على القرية', MON))).toEqual([['2022-01-09', 'day', 'relative']]);
    expect(brief(ar('وقع الهجوم مساء أمس الأحد قرب الطريق', MON))).toEqual([['2022-01-09', 'day', 'relative']]);
    expect(brief(ar('استهدفت طائرة مسيرة الموقع في الليلة الماضية', MON))).toEqual([['2022-01-09', 'day', 'relative']]);
    expect(brief(ar('اختطف المهندس أول أمس', MON))).toEqual([['2022-01-08', 'day', 'relative']]);
    expect(brief(ar('اختطف المهندس أمس الأول', MON))).toEqual([['2022-01-08', 'day', 'relative']]);
  });

  it('اليوم / فجر اليوم → the publication day, but not the agency "بغداد اليوم" nor "اليوم التالي"', () => {
    expect(brief(ar('هاجم مسلحون نقطة تفتيش فجر اليوم', MON))).toEqual([[MON, 'day', 'relative']]);
    expect(ar('بغداد اليوم - ديالى', MON)).toEqual([]);
    expect(ar('عثر على الجثة في اليوم التالي', MON)).toEqual([]);
  });

  it('weekday names with times of day, the last such day on or before publication', () => {
    expect(brief(ar('هاجم مسلحون القرية مساء الجمعة', MON))).toEqual([['2022-01-07', 'day', 'weekday']]);
    expect(brief(ar('هاجم مسلحون القرية يوم الأحد', MON))).toEqual([['2022-01-09', 'day', 'weekday']]);
    expect(brief(ar('سقط صاروخ فجر السبت', MON))).toEqual([['2022-01-08', 'day', 'weekday']]);
    // the publication day itself
    expect(brief(ar('سقط صاروخ صباح الاثنين', MON))).toEqual([[MON, 'day', 'weekday']]);
    // الماضي means strictly before
    expect(brief(ar('وقع الهجوم يوم الاثنين الماضي', MON))).toEqual([['2022-01-03', 'day', 'weekday']]);
    // eleven, not Sunday
    expect(ar('قتل الاحد عشر رجلا', MON)).toEqual([]);
  });

  it('قبل أسبوع / أسبوعين / ثلاثة أيام', () => {
    expect(brief(ar('اختطف قبل أسبوع', MON))).toEqual([['2022-01-03', 'week', 'relative']]);
    expect(brief(ar('اختطف قبل أسبوعين', MON))).toEqual([['2021-12-27', 'week', 'relative']]);
    expect(brief(ar('اختطف قبل ثلاثة أيام', MON))).toEqual([['2022-01-07', 'day', 'relative']]);
    expect(brief(ar('اختطف قبل يومين', MON))).toEqual([['2022-01-08', 'day', 'relative']]);
    expect(ar('اختطف قبل أيام', MON)).toEqual([]);
    // "before the year 2003" is a year, not "a year ago"
    expect(brief(ar('كان ذلك قبل عام 2003', MON))).toEqual([['2003-01-01', 'year', 'absolute']]);
  });

  it('الأسبوع الماضي / مطلع الأسبوع / الشهر الماضي / مطلع الشهر الجاري', () => {
    const thu = '2022-01-13';
    expect(brief(ar('وقع الهجوم الأسبوع الماضي', thu))).toEqual([['2022-01-03', 'week', 'relative']]);
    expect(brief(ar('وقع الهجوم مطلع الأسبوع', thu))).toEqual([['2022-01-10', 'week', 'relative']]);
    expect(brief(ar('وقع الهجوم الشهر الماضي', thu))).toEqual([['2021-12-01', 'month', 'relative']]);
    expect(brief(ar('وقع الهجوم مطلع الشهر الجاري', thu))).toEqual([['2022-01-01', 'month', 'relative']]);
  });

  it('أعلنت … يوم السبت → announcement', () => {
    expect(brief(ar('أعلنت قيادة العمليات المشتركة، يوم السبت، مقتل ثلاثة مسلحين', MON))).toEqual([['2022-01-08', 'week', 'announcement']]);
    expect(brief(ar('أفاد مصدر أمني، اليوم الاثنين، بسقوط صاروخ', MON))).toEqual([[MON, 'week', 'announcement']]);
    expect(brief(ar('وقال مصدر أمني لوكالة «شفق نيوز»، اليوم الاثنين، إن صاروخا سقط', MON))).toEqual([[MON, 'week', 'announcement']]);
    // the day belongs to the attack
    expect(brief(ar('قال مصدر أمني إن مسلحين هاجموا القرية يوم السبت', MON))).toEqual([['2022-01-08', 'day', 'weekday']]);
    expect(brief(ar('وقال المصدر: «هاجم مسلحون القرية يوم السبت', MON))).toEqual([['2022-01-08', 'day', 'weekday']]);
  });
});

describe('Arabic explicit dates', () => {
  it('Levantine and Gregorian month names, with and without a year', () => {
    expect(brief(ar('وقع الانفجار في 5 كانون الثاني 2022', MON))).toEqual([['2022-01-05', 'day', 'absolute']]);
    expect(brief(ar('وقع الانفجار في الخامس من كانون الثاني', MON))).toEqual([['2022-01-05', 'day', 'absolute']]);
    expect(brief(ar('وقع الانفجار في 5 يناير', MON))).toEqual([['2022-01-05', 'day', 'absolute']]);
    expect(brief(ar('في 20 تموز 2021', MON))).toEqual([['2021-07-20', 'day', 'absolute']]);
    expect(brief(ar('في 14 آب 2019', MON))).toEqual([['2019-08-14', 'day', 'absolute']]);
    expect(brief(ar('في 3 تشرين الأول 2020', MON))).toEqual([['2020-10-03', 'day', 'absolute']]);
    expect(brief(ar('في 4 آذار/مارس 2021', MON))).toEqual([['2021-03-04', 'day', 'absolute']]);
    expect(brief(ar('في الحادي والعشرين من أيار', '2022-06-01'))).toEqual([['2022-05-21', 'day', 'absolute']]);
  });

  it('a day and month followed by الماضي is one day mention', () => {
    expect(brief(ar('انطلقت المعركة يوم 17 أكتوبر الماضي', '2017-06-23'))).toEqual([['2016-10-17', 'day', 'absolute']]);
    expect(brief(ar('وحسمتها في 23 يناير الماضي', '2017-06-23'))).toEqual([['2017-01-23', 'day', 'absolute']]);
  });

  it('year rollover for a day-month after publication', () => {
    expect(brief(ar('اختطف في 28 كانون الأول', '2022-01-03'))).toEqual([['2021-12-28', 'day', 'absolute']]);
  });

  it('عام 2017 / نهاية عام 2017 → year precision', () => {
    expect(brief(ar('سيطر التنظيم على المدينة عام 2014', MON))).toEqual([['2014-01-01', 'year', 'absolute']]);
    expect(brief(ar('تحررت المدينة نهاية عام 2017', MON))).toEqual([['2017-01-01', 'year', 'absolute']]);
  });

  it('اب (father) is no month without a day or year', () => {
    expect(ar('قتل اب وابنه في الهجوم', MON)).toEqual([]);
  });

  it('today with its printed date is one announcement mention', () => {
    const ms = ar('أعلنت خلية الإعلام الأمني، اليوم الأحد (9 كانون الثاني 2022)، سقوط صاروخ', MON);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ date: '2022-01-09', precision: 'week', kind: 'announcement' });
  });

  it('raw (unnormalised) Arabic gives the same dates, with offsets into the raw text', () => {
    const raw = 'هَاجَمَ مُسَلَّحُونَ القَرْيَةَ مَسَاءَ الجُمُعَةِ، وَاخْتُطِفَ مُهَنْدِسٌ أَمْسِ';
    const ms = findDateMentions(raw, 'ar', MON);
    expect(brief(ms)).toEqual([
      ['2022-01-07', 'day', 'weekday'],
      ['2022-01-09', 'day', 'relative'],
    ]);
    for (const m of ms) expect(raw.slice(m.start, m.end)).toBe(m.surface);
    expect(normaliseArabic(ms[1]!.surface)).toBe('امس');
  });
});

describe('without a publication date', () => {
  it('keeps explicit dates with a year and drops relative ones', () => {
    expect(brief(en('On Sunday, yesterday, last week, on 5 January and in 2014 and on 3 March 2019.', null))).toEqual([
      ['2014-01-01', 'year', 'absolute'],
      ['2019-03-03', 'day', 'absolute'],
    ]);
    expect(brief(ar('مساء أمس وفي 5 كانون الثاني 2022', null))).toEqual([['2022-01-05', 'day', 'absolute']]);
  });

  it('treats a malformed publication date as missing, and reads a timestamp by its date', () => {
    expect(en('It happened yesterday.', 'last Monday')).toEqual([]);
    expect(en('It happened yesterday.', '2022-02-30')).toEqual([]);
    expect(brief(en('It happened yesterday.', '2022-01-10T08:00:00Z'))).toEqual([['2022-01-09', 'day', 'relative']]);
  });
});
