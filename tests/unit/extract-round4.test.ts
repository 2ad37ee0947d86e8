/**
 * General rules added after the fourth held-out review (insurgency-era and ISIS-war wire
 * stories, round-ups, background). Every sentence is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { articleIn, incidents, perps } from './extract-test-helpers';

const PUB = '2015-05-20';
const en = articleIn('en', PUB);
const ar = articleIn('ar', PUB);

describe('weapon and assault words of wire stories', () => {
  it('"a woman wearing an explosives belt blew herself up" is a bombing', () => {
    const out = incidents(en('A woman wearing an explosives belt blew herself up at a checkpoint in Muqdadiyah on Monday, killing four guards.'));
    expect(out.map((i) => i.type)).toEqual(['bombing']);
  });
  it('"the coalition said its aircraft struck" is an airstrike', () => {
    const out = incidents(en('The US-led coalition said its aircraft struck Islamic State positions near Qayyarah on Monday.'));
    expect(out.map((i) => i.type)).toEqual(['airstrike']);
  });
  it('militants who "overran" a town made an armed attack', () => {
    const out = incidents(en('Islamic State militants overran the town of Hit in Anbar province on Monday after days of fighting.'));
    expect(out.map((i) => i.type)).toEqual(['armed_attack']);
    expect(out[0]!.governorate).toBe('IQ-AN');
  });
  it('"police found 14 bodies" and "وأعدموهم" and bound hands are killings', () => {
    expect(incidents(en('Police found 14 bodies dumped in the Dora district of Baghdad on Monday, all shot in the head.')).map((i) => i.type)).toEqual(['killing']);
    expect(incidents(ar('اقتاد مسلحون عشرة رجال من قرية قرب قضاء الطارمية يوم الاثنين وأعدموهم في بستان قريب.')).some((i) => i.type === 'killing')).toBe(true);
    expect(incidents(ar('عثرت الشرطة يوم الاثنين على ثلاث جثث مكبلة الأيدي في ناحية الإسحاقي.')).map((i) => i.type)).toEqual(['killing']);
  });
});

describe('background and destinations', () => {
  it('must find nothing: "crimes of kidnapping … over the past years"', () => {
    expect(incidents(ar('ولم تغب جرائم الخطف والاغتيال التي طالت وجهاء في بعقوبة خلال السنوات الماضية.'))).toEqual([]);
  });
  it('must find nothing: an attack "two months after" an old strike recalls it', () => {
    const out = incidents(en('Rockets hit Camp Taji on Monday, killing two soldiers. It came two months after a US drone strike killed a commander in Baghdad.'));
    expect(out.map((i) => i.type)).toEqual(['rocket_attack']);
  });
  it('pilgrims walking to Karbala were hit where they walked, not in Karbala', () => {
    const out = incidents(ar('فجر انتحاري نفسه وسط الزوار المتوجهين سيراً إلى كربلاء قرب ناحية الإسكندرية يوم الاثنين، ما أدى إلى مقتل عشرة.'));
    expect(out).toHaveLength(1);
    expect(out[0]!.governorate).toBe('IQ-BB');
  });
});

describe('claims told after the report', () => {
  it('"The group claimed the attack" names the group of an earlier sentence', () => {
    const out = incidents(
      en(
        'Islamic State fighters have stepped up attacks around Ramadi. On Monday a car bomb exploded at an army checkpoint in Ramadi, killing five soldiers. ' +
          'The group claimed the attack through its news agency.',
      ),
    );
    expect(out).toHaveLength(1);
    expect(perps(out[0])).toEqual(['isis']);
  });
});

describe('factbox round-ups with a dateline per paragraph', () => {
  it('"KIRKUK - A roadside bomb…" stays in Kirkuk although the next item is in Baghdad', () => {
    const out = incidents(
      en(
        'Following are security developments in Iraq as reported on Monday:\n\n' +
          'KIRKUK - A roadside bomb exploded near a police patrol in the south of the city, killing one policeman, police said.\n\n' +
          'TARMIYAH - Gunmen killed a Sunni imam as he walked home from prayers in Tarmiyah, police said.',
      ),
    );
    expect(out.map((i) => `${i.type}:${i.governorate}`).sort()).toEqual(['bombing:IQ-KI', 'killing:IQ-BG']);
  });

  it('"the body of a kidnapped teacher" is no second abduction next to "he had been abducted on Sunday"', () => {
    const out = incidents(
      en('MOSUL - Police found the body of a kidnapped schoolteacher in eastern Mosul on Monday. His family said he had been abducted on Saturday.'),
    );
    expect(out.filter((i) => i.type === 'kidnapping')).toHaveLength(1);
    expect(out.find((i) => i.type === 'kidnapping')?.date).toBe('2015-05-16');
  });
});

describe('more shapes of the fourth review', () => {
  it('bodies found "over the past 24 hours" are a report, not a statistic', () => {
    const out = incidents(en('Police said they had found 14 bodies dumped in the Dora district of Baghdad over the past 24 hours, most shot in the head.'));
    expect(out.map((i) => i.type)).toEqual(['killing']);
  });
  it('"داعش أعدم 12 مدنياً رمياً بالرصاص" is a killing, not a gunfight', () => {
    const out = incidents(ar('أفاد مصدر محلي بأن تنظيم داعش أعدم، أمس الأحد، 12 مدنياً رمياً بالرصاص في ساحة عامة وسط قضاء الحويجة.'));
    expect(out.map((i) => i.type)).toEqual(['killing']);
  });
  it('pilgrims "walking on foot to Karbala" were hit near Iskandariya', () => {
    const out = incidents(
      ar('فجر انتحاري نفسه وسط حشود من الزوار المتوجهين سيراً على الأقدام إلى كربلاء، على الطريق الرئيسي قرب ناحية الإسكندرية يوم الاثنين.'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.governorate).toBe('IQ-BB');
  });
});

describe('days that are not the event', () => {
  it('"ahead of the weekly Friday holiday" dates nothing; a background toll does not absorb a report', () => {
    const out = incidents(
      en(
        'A car bomb exploded in a market in the Bayaa district of Baghdad on Monday, killing 20 people. Shoppers had crowded the market ahead of the weekly Friday holiday. ' +
          'In the southern district of Dora, three mortar rounds landed on a residential street in the afternoon, killing two civilians. ' +
          'The United Nations says more than 3,000 civilians were killed across Iraq in March alone.',
      ),
    );
    expect(out.map((i) => i.type).sort()).toEqual(['bombing', 'rocket_attack']);
    expect(out.find((i) => i.type === 'bombing')?.date).toBe('2015-05-18');
  });
});

describe('companions', () => {
  it('"the sheikh and his driver", "ومرافقه", "and one of his bodyguards died" count two dead', () => {
    expect(incidents(en('Gunmen assassinated a tribal sheikh and his driver in Baquba on Monday.'))[0]?.killed).toBe(2);
    expect(incidents(ar('اغتال مسلحون مجهولون قيادياً في الحشد ومرافقه في قضاء الخالص يوم الاثنين.'))[0]?.killed).toBe(2);
    expect(
      incidents(en('Sheikh Khalid and one of his bodyguards died when a bomb exploded under their car in Abu Ghraib on Monday.'))[0]?.killed,
    ).toBe(2);
  });
  it('a companion who was only wounded is no second dead', () => {
    const out = incidents(en('Gunmen killed a tribal sheikh and wounded his driver in Baquba on Monday.'));
    expect(out[0]?.killed).toBe(1);
    expect(out[0]?.injured).toBe(1);
  });
});

describe('attackers as subjects, bases as targets', () => {
  it('"Islamic State militants overran …" and "تنظيم داعش أعدم" name the attacker', () => {
    expect(perps(incidents(en('Islamic State militants overran the town of Hit in Anbar province on Monday.'))[0])).toEqual(['isis']);
    expect(perps(incidents(ar('أفاد مصدر بأن تنظيم داعش أعدم أمس الأحد خمسة مدنيين في ساحة عامة وسط قضاء الحويجة.'))[0])).toEqual(['isis']);
  });
  it('"a drone hit the coalition forces base" makes the coalition the target, and "عدم وقوع أي خسائر" is zero', () => {
    const out = incidents(ar('استهدفت طائرة مسيرة قاعدة قوات التحالف في مطار أربيل فجر اليوم، مع عدم وقوع أي خسائر بشرية.'));
    expect(out).toHaveLength(1);
    expect(perps(out[0])).toEqual([]);
    expect(out[0]!.killed).toBe(0);
  });
});

describe('a site named after its town', () => {
  it('"قاعدة حرير" and "حرير" in the claim are one drone attack', () => {
    const out = incidents(
      ar('سقطت طائرة مسيرة في محيط قاعدة حرير شمالي أربيل فجر اليوم. وقالت المقاومة إن مجاهديها استهدفوا قاعدة الاحتلال في حرير بطائرة مسيرة.'),
    );
    expect(out).toHaveLength(1);
  });
});

describe('ranges that span governorates', () => {
  it('"جبال حمرين ضمن قاطع عمليات ديالى" is in Diyala', () => {
    const out = incidents(ar('وجهت طائرات القوة الجوية أمس ضربة جوية على مضافة لداعش في سلسلة جبال حمرين ضمن قاطع عمليات ديالى، أسفرت عن مقتل ثلاثة إرهابيين.'));
    expect(out).toHaveLength(1);
    expect(out[0]!.governorate).toBe('IQ-DI');
  });
});
