import { describe, expect, it } from 'vitest';
import { findCasualtyCounts } from '@/lib/extract/numbers';
import { normaliseArabic } from '@/lib/text/arabic';

const en = (s: string) => findCasualtyCounts(s, 'en');
const ar = (s: string) => findCasualtyCounts(normaliseArabic(s), 'ar');
const counts = (r: ReturnType<typeof en>) => [r.killed, r.injured, r.kidnapped];

describe('English casualty counts', () => {
  it.each([
    ['Gunmen opened fire, killing two soldiers and wounding five.', [2, 5, null]],
    ['Three people were killed and 12 others were wounded in the blast.', [3, 12, null]],
    ['The explosion left 4 dead.', [4, null, null]],
    ['The explosion left one person dead and two injured.', [1, 2, null]],
    ['A policeman was killed when a bomb went off.', [1, null, null]],
    ['The drone strike killed a child near the village.', [1, null, null]],
    ['Two people were shot dead and another wounded.', [2, 1, null]],
    ['At least 5 people were injured.', [null, 5, null]],
    ['The shelling killed up to 10 people.', [10, null, null]],
    ['More than 100 were wounded.', [null, 100, null]],
    ['A car bomb killed 12 people and wounded 30 in the market.', [12, 30, null]],
    ['Rockets killed two women and three children and wounded two others.', [5, 2, null]],
    ['Militants kidnapped four shepherds.', [null, null, 4]],
    ['Gunmen abducted an engineer near the plant.', [null, null, 1]],
    ['Gunmen abducted an officer along with three of his friends.', [null, null, 4]],
    ['A judge and his driver were ...', [null, null, null]],
    ['The attack resulted in the death of one member of the force.', [1, null, null]],
    ['Twelve people were wounded Monday when mortar rounds hit the city.', [null, 12, null]],
    ['Rockets hit a house, killing two women and wounding two other children, the military said.', [2, 2, null]],
    ['The clash also resulted in the injury of two security personnel.', [null, 2, null]],
    ['The body of an activist was found on the highway.', [1, null, null]],
    ['He was kidnapped in front of his house.', [null, null, 1]],
    ['Two soldiers and a civilian were killed in the ambush.', [3, null, null]],
    ['A soldier, two policemen and a child were wounded.', [null, 4, null]],
    ['The attack killed 3 and 20 were wounded.', [3, 20, null]],
    ['His 10-year-old son was kidnapped.', [null, null, 1]],
    ['A 10-year-old boy was wounded by the blast.', [null, 1, null]],
    ["The death toll from Sunday's bombing rose to 9, officials said.", [9, null, null]],
    ['The death toll has risen to 9.', [9, null, null]],
    ['At least 10 others, including four Lebanese and six Iranians, were also wounded.', [null, 10, null]],
    ['The blast killed 5 people, 2 of them children.', [5, null, null]],
    ['Five members of the Popular Mobilization Forces were killed in the attack.', [5, null, null]],
    ['The drone fell near the base, with no immediate reports of casualties.', [0, 0, null]],
  ] as const)('%s', (sentence, expected) => {
    expect(counts(en(sentence))).toEqual(expected);
  });

  it('"no casualties" style statements are 0 killed and 0 injured', () => {
    expect(counts(en('No casualties were reported.'))).toEqual([0, 0, null]);
    expect(counts(en('No injuries were reported after the drone fell.'))).toEqual([0, 0, null]);
    expect(counts(en('The rockets landed without casualties.'))).toEqual([0, 0, null]);
    expect(counts(en('It said no-one was hurt in the attack.'))).toEqual([0, 0, null]);
    expect(counts(en('The blast caused only material damage.'))).toEqual([0, 0, null]);
  });

  it('vague tolls are reported without a number', () => {
    const r = en('Dozens were killed in the fighting.');
    expect(counts(r)).toEqual([null, null, null]);
    expect(r.mentions).toEqual([expect.objectContaining({ field: 'killed', value: null })]);
    expect(counts(en('Several passers-by were injured.'))).toEqual([null, null, null]);
  });

  it('combined tolls give no number for either field', () => {
    expect(counts(en('35 people were killed or wounded.'))).toEqual([null, null, null]);
    expect(counts(en('The blast killed and wounded 35 people.'))).toEqual([null, null, null]);
    expect(counts(en('The attack caused 35 casualties.'))).toEqual([null, null, null]);
  });

  it('numbers that are not casualties are ignored', () => {
    expect(counts(en('Some 3,500 ISIS members remain in the country.'))).toEqual([null, null, null]);
    expect(counts(en('The bodies were found 3 km from the road where the man was killed.'))).toEqual([1, null, null]);
    // "three days" measures time; "he" is the one person killed
    expect(counts(en('He was killed three days ago.'))).toEqual([1, null, null]);
    expect(counts(en('The soldiers were killed three days ago.'))).toEqual([null, null, null]);
    expect(counts(en('He said the attack killed nobody he knew.'))).toEqual([null, null, null]);
  });

  it('mentions carry offsets into the sentence', () => {
    const s = 'The attack killed 3 people and wounded 7.';
    const r = en(s);
    expect(r.mentions.map((m) => [m.field, m.value, s.slice(m.start, m.end)])).toEqual([
      ['killed', 3, 'killed 3'],
      ['injured', 7, 'wounded 7'],
    ]);
  });
});

describe('Arabic casualty counts', () => {
  it.each([
    ['أسفر الهجوم عن مقتل 3 وإصابة 5 آخرين', [3, 5, null]],
    ['أسفر عن استشهاد منتسب وإصابة اثنين من رفاقه', [1, 2, null]],
    ['أسفر الانفجار عن مقتل شخص', [1, null, null]],
    ['أدى القصف إلى إصابة شخصين بجروح', [null, 2, null]],
    ['سقط ثلاثة قتلى وخمسة جرحى في الاشتباك', [3, 5, null]],
    ['وأسفر الانفجار عن قتيلين وجريح', [2, 1, null]],
    ['أسفر الهجوم عن قتيلان وجريحان', [2, 2, null]],
    ['أقدم مسلحون على اختطاف أربعة صيادين', [null, null, 4]],
    ['اختطاف ضابط وثلاثة من أصدقائه', [null, null, 4]],
    ['قتل مدني وأصيب اثنان بهجوم مسلح', [1, 2, null]],
    ['أسفر عن مقتل عنصر وجرح 5 آخرين', [1, 5, null]],
    ['مما أسفر عن وقوع قتيل وجرحى', [1, null, null]],
    ['خطف المسلحون ما لا يقل عن 26 صيادا', [null, null, 26]],
    ['قتل مدنيان وأصيب جنديان بجروح', [2, 2, null]],
    ['أصيب ٢٣ شخصاً بجروح صباح أمس', [null, 23, null]],
    ['أسفر القصف عن مقتل امرأتين وثلاثة أطفال', [5, null, null]],
    ['أسفر عن إصابة شخص واحد على الأقل', [null, 1, null]],
    ['أصيب 5 جنود أمريكيين على الأقل في الهجوم', [null, 5, null]],
    ['قتل ثلاثة عراقيين وأصيب خمسة آخرون', [3, 5, null]],
    ['أسفر عن مقتل خمسة وعشرين شخصا', [25, null, null]],
    ['اختطاف الطبيبة والناشطة المعروفة', [null, null, 1]],
    ['أدى الهجوم إلى مقتله', [1, null, null]],
    ['عثر على جثته قرب الطريق', [1, null, null]],
    ['قامت عناصر التنظيم باختطافه إلى جانب ثلاثة من أصدقائه', [null, null, 4]],
    ['اغتال مسلحون ناشطا في المدينة', [1, null, null]],
    ['وارتفعت حصيلة القتلى إلى 9 أشخاص', [9, null, null]],
    ['استشهد منتسبان في الحشد الشعبي وأصيب ثالث', [2, 1, null]],
    ['قتل جندي وأصيب آخر', [1, 1, null]],
    ['أقدم مجهولون على خطف مهندس وسائقه', [null, null, 2]],
    ['سقوط 4 قتلى و7 جرحى', [4, 7, null]],
    ['أسفر عن مقتل 5 أشخاص، 3 منهم أطفال', [5, null, null]],
    ['أسفر القصف عن وفاة جنديين أمريكيين ومجندة بريطانية', [3, null, null]],
    ['من دون أن تسفر الحادثة عن أي إصابات بشرية', [0, 0, null]],
    ['قال إن 11 عاملا خطفوا قرب الطريق', [null, null, 11]],
  ] as const)('%s', (sentence, expected) => {
    expect(counts(ar(sentence))).toEqual(expected);
  });

  it('no casualties → 0 and 0', () => {
    expect(counts(ar('سقطت القذيفة دون وقوع إصابات'))).toEqual([0, 0, null]);
    expect(counts(ar('لم تسفر الضربة عن خسائر بشرية'))).toEqual([0, 0, null]);
    expect(counts(ar('سقطت قذيفتا هاون دون وقوع خسائر'))).toEqual([0, 0, null]);
    expect(counts(ar('اقتصرت الأضرار على الماديات'))).toEqual([null, null, null]);
    expect(counts(ar('واقتصرت الخسائر على الأضرار المادية'))).toEqual([0, 0, null]);
  });

  it('"no dead" is a count of zero dead only; the wounded keep their own figure', () => {
    expect(counts(ar('وإصابة عاملين اثنين بحروق طفيفة من دون سقوط قتلى'))).toEqual([0, 2, null]);
    expect(counts(ar('الانفجار لم يسفر عن سقوط قتلى'))).toEqual([0, null, null]);
    expect(counts(ar('انفجرت العبوة دون وقوع وفيات'))).toEqual([0, null, null]);
  });

  it('"no reports of deaths so far" is not a count of zero', () => {
    expect(counts(ar('ولم ترد أنباء عن سقوط قتلى حتى الآن'))).toEqual([null, null, null]);
  });

  it('combined and vague tolls give no number', () => {
    expect(counts(ar('أسفر عن مقتل وإصابة 7 أشخاص'))).toEqual([null, null, null]);
    expect(counts(ar('استشهد وجرح 35 مدنيا بانفجار'))).toEqual([null, null, null]);
    const r = ar('أسفر عن مقتل العشرات');
    expect(counts(r)).toEqual([null, null, null]);
    expect(r.mentions).toEqual([expect.objectContaining({ field: 'killed', value: null })]);
  });

  it('counts that are not casualties are ignored', () => {
    expect(counts(ar('لا يزال نحو 3,500 عنصر من داعش ينشطون في البلاد'))).toEqual([null, null, null]);
    expect(counts(ar('أصاب الصاروخ الهدف بدقة'))).toEqual([null, null, null]);
  });

  it('a pronoun that restates a full count is not a second mention', () => {
    const r = ar('بعد اختطافه قبل أسبوع، بعدما قامت عناصر التنظيم باختطافه إلى جانب ثلاثة من أصدقائه');
    expect(r.kidnapped).toBe(4);
    expect(r.mentions.map((m) => [m.field, m.value])).toEqual([['kidnapped', 4]]);
  });

  it('raw Arabic with diacritics gives offsets into the raw text', () => {
    const raw = 'أَسْفَرَ الهُجُومُ عَنْ مَقْتَلِ ثَلاثَةِ جُنُودٍ';
    const r = findCasualtyCounts(raw, 'ar');
    expect(r.killed).toBe(3);
    const m = r.mentions[0]!;
    expect(normaliseArabic(raw.slice(m.start, m.end))).toBe('مقتل ثلاثه');
  });
});
