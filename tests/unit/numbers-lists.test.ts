import { describe, expect, it } from 'vitest';
import { findCasualtyCounts } from '@/lib/extract/numbers';
import { normaliseArabic } from '@/lib/text/arabic';

/** Coordinated lists of counted people, dual relatives, verbs with their own count, toll verbs. */

const en = (s: string) => findCasualtyCounts(s, 'en');
const ar = (s: string) => findCasualtyCounts(normaliseArabic(s), 'ar');
const counts = (r: ReturnType<typeof en>) => [r.killed, r.injured, r.kidnapped];

describe('lists of counted nouns before the casualty verb', () => {
  it.each([
    ['Three Iraqi border guards and two Kurdish fighters were killed near the crossing.', [5, null, null]],
    ['Two American service members and one British soldier were killed in the rocket attack.', [3, null, null]],
    ['Four local police officers and a civilian were wounded by the blast.', [null, 5, null]],
  ] as const)('%s', (sentence, expected) => {
    expect(counts(en(sentence))).toEqual(expected);
  });

  it('a group that is not next to the list does not join it', () => {
    expect(counts(en('Troops stormed two houses in the village and one suspect was killed.'))).toEqual([1, null, null]);
  });

  it.each([
    ['جنديان ومدني قتلوا في انفجار عبوة ناسفة', [3, null, null]],
    ['قتل ضابطان وسائق عجلتهما بهجوم مسلح', [3, null, null]],
    ['شرطيان ومواطن اصيبوا بجروح في القصف', [null, 3, null]],
  ] as const)('%s', (sentence, expected) => {
    expect(counts(ar(sentence))).toEqual(expected);
  });
});

describe('Arabic dual relative pronouns', () => {
  it.each([
    ['شيع اهالي القرية الشابين اللذين قتلا في الهجوم', [2, null, null]],
    ['نقلت الفتاتان اللتان أصيبتا الى المستشفى', [null, 2, null]],
    ['زار المحافظ المنتسبين اللذين جرحا خلال الاشتباك', [null, 2, null]],
  ] as const)('%s', (sentence, expected) => {
    expect(counts(ar(sentence))).toEqual(expected);
  });

  it('two who killed someone are not the victims', () => {
    expect(ar('اعتقلت القوات المسلحين اللذين قتلا المختار').killed).not.toBe(2);
  });
});

describe('a coordinated verb with its own count', () => {
  it('استشهد … واصيب اثنان اخران → killed 1, injured 2', () => {
    expect(counts(ar('تصدى مقاتل من الحشد للهجوم فاستشهد واصيب اثنان اخران من رفاقه'))).toEqual([1, 2, null]);
  });
  it('one killed and two others wounded', () => {
    expect(counts(en('One fighter was killed and two others were wounded in the clash.'))).toEqual([1, 2, null]);
  });
});

describe('deaths reported as lives lost or a rising toll', () => {
  it.each([
    ['Seven construction workers lost their lives in the explosion.', [7, null, null]],
    ['The death toll from the blast climbed to 58 on Tuesday.', [58, null, null]],
    ['By evening the death toll had risen to 143.', [143, null, null]],
  ] as const)('%s', (sentence, expected) => {
    expect(counts(en(sentence))).toEqual(expected);
  });
  it('ارتفعت حصيلة … إلى N', () => {
    expect(ar('ارتفعت حصيلة قتلى التفجير إلى 31 شخصا').killed).toBe(31);
  });
});
