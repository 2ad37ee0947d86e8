/**
 * General rules added after the held-out review (round 2), one per failure category.
 * Every sentence is written for these tests; none is taken from a corpus article.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract';
import type { Article, Incident } from '@/lib/codebook';

const PUB = '2024-03-20';
function en(text: string, title = ''): Article {
  return { lang: 'en', url: null, published: PUB, title, text };
}
function ar(text: string, title = ''): Article {
  return { lang: 'ar', url: null, published: PUB, title, text };
}
function incidents(a: Article): Incident[] {
  return extractArticle(a).incidents;
}
function perps(i: Incident | undefined): string[] {
  return (i?.actors ?? []).filter((a) => a.role === 'perpetrator').map((a) => a.id).sort();
}
function targets(i: Incident | undefined): string[] {
  return (i?.actors ?? []).filter((a) => a.role === 'target').map((a) => a.id).sort();
}

describe('perpetrators named by nationality and back-reference', () => {
  it('an Arabic nationality adjective after the weapon names the attacker', () => {
    const out = incidents(ar('استهدفت غارة جوية أمريكية مساء الثلاثاء سيارة قرب ناحية جرف النصر شمالي بابل.'));
    expect(out).toHaveLength(1);
    expect(perps(out[0])).toEqual(['us_forces']);
  });
  it('a nationality adjective on a diplomat is no attacker', () => {
    const out = incidents(
      ar('سقطت ثلاثة صواريخ على مطار أربيل فجر الثلاثاء. واستدعت بغداد السفير الإيراني في العاصمة معتبرة القصف خرقا للسيادة.'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.governorate).toBe('IQ-AR');
    expect(perps(out[0])).toEqual([]);
  });
  it('"مسلحو التنظيم" refers back to ISIS', () => {
    const out = incidents(ar('أطلق مسلحو التنظيم قذائف هاون على قرية في قضاء الدبس غربي كركوك مساء الثلاثاء.'));
    expect(perps(out[0])).toEqual(['isis']);
  });
  it('an English "US strike" names US forces', () => {
    const out = incidents(en('A US strike hit a vehicle near Jurf al-Nasr in Babil on Tuesday, killing two men.'));
    expect(perps(out[0])).toEqual(['us_forces']);
  });
  it('the agent after "by" in a passive report is the attacker, an owner after "used by" is not', () => {
    const kid = incidents(en('A shop owner was abducted in Kufa on Tuesday evening by armed men driving a white car.'));
    expect(perps(kid[0])).toEqual(['unknown_gunmen']);
    const hit = incidents(en('Coalition jets struck a depot used by Kataib Hezbollah near al-Qaim on Tuesday.'));
    expect(perps(hit[0])).toEqual(['us_forces']);
  });
});

describe('the group whose positions were hit is the target', () => {
  it('English: "struck ISIS positions"', () => {
    const out = incidents(en('Coalition warplanes struck ISIS positions near Makhmour on Tuesday.'));
    expect(perps(out[0])).toEqual(['us_forces']);
    expect(targets(out[0])).toContain('isis');
  });
  it('Arabic: "قصف مواقع لداعش"', () => {
    const out = incidents(ar('قصفت طائرات القوة الجوية العراقية الثلاثاء مواقع لداعش في وادي الشاي جنوبي كركوك.'));
    expect(perps(out[0])).toEqual(['isf']);
    expect(targets(out[0])).toContain('isis');
  });
  it('an acronym restated in brackets is not a second subject', () => {
    const out = incidents(
      en('A landmine left from the war against the Islamic State (IS) exploded near Daquq on Tuesday, killing a farmer.'),
    );
    expect(perps(out[0])).toEqual([]);
  });
});

describe('one claim, several targets', () => {
  it('a claim covers each weapon and place of the sentence, each at its own place', () => {
    const out = incidents(
      ar('تبنت "المقاومة الإسلامية في العراق" مساء الثلاثاء استهداف قاعدة حرير في أربيل بطائرة مسيرة، وقاعدة عين الأسد في الأنبار بالصواريخ.'),
    );
    const byGov = Object.fromEntries(out.map((i) => [i.governorate, i]));
    expect(byGov['IQ-AR']?.type).toBe('drone_attack');
    expect(byGov['IQ-AN']?.type).toBe('rocket_attack');
    expect(perps(byGov['IQ-AR'])).toEqual(['islamic_resistance_iraq']);
    expect(perps(byGov['IQ-AN'])).toEqual(['islamic_resistance_iraq']);
  });
  it('rockets of one salvo falling in two governorates are two incidents with one attacker', () => {
    const out = incidents(
      ar('قصف الحرس الثوري فجر الثلاثاء قاعدة عين الأسد في الأنبار بالصواريخ، كما سقط صاروخان قرب مطار أربيل الدولي.'),
    );
    expect(out.map((i) => i.governorate).sort()).toEqual(['IQ-AN', 'IQ-AR']);
    for (const i of out) expect(perps(i)).toEqual(['iran']);
  });
});

describe('where a weapon came from is not where it hit', () => {
  it('Arabic: launched from inside Iran', () => {
    const out = incidents(ar('سقطت صواريخ باليستية أطلقت من داخل الأراضي الإيرانية على مطار أربيل فجر الثلاثاء.'));
    expect(out.map((i) => i.governorate)).toEqual(['IQ-AR']);
  });
  it('English: fired from the direction of another town', () => {
    const out = incidents(en('Two mortar rounds fired from the direction of Tuz Khurmatu landed in Kifri on Tuesday.'));
    expect(out.map((i) => i.governorate)).toEqual(['IQ-DI']);
  });
});

describe('ground assaults', () => {
  it('an assault on a position with small arms and mortars is an armed attack', () => {
    const out = incidents(
      ar('هاجم مسلحو داعش فجر الثلاثاء سواتر الجيش قرب ناحية العلم مستخدمين الأسلحة الخفيفة وقذائف الهاون، ما أسفر عن استشهاد جنديين.'),
    );
    expect(out.map((i) => i.type)).toEqual(['armed_attack']);
    expect(perps(out[0])).toEqual(['isis']);
  });
  it('mortars alone stay a rocket attack', () => {
    const out = incidents(ar('سقطت ثلاث قذائف هاون على قرية في ناحية العلم فجر الثلاثاء دون وقوع إصابات.'));
    expect(out.map((i) => i.type)).toEqual(['rocket_attack']);
  });
  it('a toll in a trailing clause without an attack word belongs to the report before it', () => {
    const out = incidents(
      ar('هاجم مسلحون نقطة مرابطة للجيش في قضاء الطارمية ليلة الاثنين واستشهد جنديان، فيما جرح أربعة من المنتسبين.'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'armed_attack', killed: 2, injured: 4 });
  });
});

describe('non-events', () => {
  it('old bombs blown up by engineers under control are not a bombing', () => {
    expect(incidents(ar('فجرت مفارز الهندسة العسكرية الثلاثاء 15 عبوة ناسفة تحت السيطرة في قرى جنوب الحويجة.'))).toEqual([]);
    expect(incidents(en('Army engineers safely detonated nine old roadside bombs found near Hawija on Tuesday.'))).toEqual([]);
  });
  it('a bomb defused where it had been planted is a foiled bombing', () => {
    const out = incidents(en('On Tuesday, police defused a bomb that had been planted near a school in Mahmudiya, south of Baghdad.'));
    expect(out.map((i) => [i.type, i.governorate])).toEqual([['bombing', 'IQ-BG']]);
  });
  it('an official dismissing claims of a drone attack denies the event', () => {
    const out = incidents(
      en('Police in Kut said on Tuesday a blast heard overnight came from a generator fire, dismissing online claims of a drone attack.'),
    );
    expect(out).toEqual([]);
  });
});

describe('outlet names are sources, not places', () => {
  it('an outlet named after a city in the dateline does not place the event', () => {
    const out = incidents(
      ar('بغداد اليوم - البصرة\nأطلق مسلحان مجهولان النار على صاحب متجر في قضاء الزبير مساء الاثنين ما أدى إلى مقتله. وقال المصدر لـ(بغداد اليوم) إن الجناة لاذوا بالفرار.'),
    );
    expect(out.map((i) => i.governorate)).toEqual(['IQ-BA']);
  });
});

describe('weapons that are not the means of the attack', () => {
  it('rocket-propelled grenades in a tribal clash make an armed attack, not a rocket attack', () => {
    const out = incidents(en('Two tribes in Qurna, north of Basra, fought with rifles and rocket-propelled grenades on Tuesday, killing three men.'));
    expect(out.map((i) => i.type)).toEqual(['armed_attack']);
  });
  it('a strike on depots used to store rockets is an airstrike only', () => {
    const out = incidents(en('Jets struck warehouses used to store drones and rockets near al-Qaim on Tuesday.'));
    expect(out.map((i) => i.type)).toEqual(['airstrike']);
  });
});

describe('counts', () => {
  it('"عدم وقوع إصابات" codes zero casualties', () => {
    const out = incidents(ar('سقط صاروخ كاتيوشا قرب مطار بغداد الدولي مساء الثلاثاء، وأكدت خلية الإعلام الأمني عدم وقوع إصابات.'));
    expect(out[0]).toMatchObject({ type: 'rocket_attack', killed: 0, injured: 0 });
  });
  it('a toll in the next sentence without a place completes the report before it', () => {
    const out = incidents(
      en('Gunmen ambushed an army patrol near Tarmiyah, north of Baghdad, on Tuesday night. Three soldiers were killed and five were wounded.'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'armed_attack', killed: 3, injured: 5 });
  });
});

describe('dates and places', () => {
  it('a year of comparison ("since the 2003 invasion") does not make the report history', () => {
    const out = incidents(en('A car bomb killed 20 people in Sadr City on Tuesday, the deadliest attack in the district since the 2003 invasion.'));
    expect(out.map((i) => i.type)).toEqual(['bombing']);
  });
  it('"Diyala\'s Muqdadiya district" places the event in the district, not the governorate centre', () => {
    const [inc] = incidents(en("A roadside bomb hit a farmer's tractor in Diyala's Muqdadiya district on Tuesday, wounding two."));
    expect(inc?.governorate).toBe('IQ-DI');
    expect(inc?.place ?? '').toMatch(/Muqdadiya/);
  });
  it('a repelled offensive is an armed attack', () => {
    const out = incidents(en('Peshmerga forces repelled an overnight ISIS offensive on their positions near Gwer on Tuesday.'));
    expect(out.map((i) => i.type)).toEqual(['armed_attack']);
    expect(perps(out[0])).toEqual(['isis']);
  });
});
