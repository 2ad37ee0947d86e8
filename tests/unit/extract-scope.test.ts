/**
 * What is and is not an incident (codebook §1), places, attribution and merging —
 * end to end through extractArticle, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract';
import type { Article } from '@/lib/codebook';

const PUB = '2023-05-10'; // a Wednesday
function en(text: string, title = ''): Article {
  return { lang: 'en', url: null, published: PUB, title, text };
}
function ar(text: string, title = ''): Article {
  return { lang: 'ar', url: null, published: PUB, title, text };
}
const incidents = (a: Article) => extractArticle(a).incidents;

describe('must find nothing', () => {
  const cases: [string, Article][] = [
    ['statistics', en('UN figures show a total of 41 civilians were killed in attacks across Iraq last month.')],
    ['a standing estimate', ar('تشير التقديرات إلى وجود نحو 3.500 من عناصر داعش في العراق منذ بداية العام.')],
    ['a trial', en('A court in Baghdad sentenced a man to death for a car bombing that killed 20 people in Karrada.')],
    ['arrests of plotters', en('Security forces arrested four suspects plotting to bomb a market in Kirkuk.')],
    ['an anniversary', ar('أحيا أنصار الحشد الذكرى الثالثة لاغتيال القائد في بغداد.')],
    ['an event in Syria', en('A car bomb exploded in Aleppo, Syria on Tuesday, killing six people.')],
    ['an event in Iran', ar('تعرض شابان من البصرة للخطف على يد عصابة في إيران الأسبوع الماضي.')],
    ['a foiled plot', en('Police said they foiled a plot to attack a shrine in Karbala after intelligence reports about a planned car bomb.')],
    ['a denial', en('The ministry denied reports that a rocket had hit the airport in Basra.')],
    ['a threat', en('The group threatened to launch drone attacks on US bases in Anbar.')],
    ['a weapons cache', ar('عثرت قوة من الجيش على عبوات ناسفة وقذائف هاون في قضاء القائم.')],
    ['history', en('In 2014 the city of Mosul was seized by ISIS after heavy clashes.')],
    ['a controlled detonation', ar('نفذ الجهد الهندسي تفجير وإتلاف مخلفات حربية في قضاء شط العرب اليوم الأربعاء.')],
    ['protest violence', en('Two protesters were shot dead in Nasiriyah on Tuesday during clashes with security forces at a rally.')],
    ['a gas cylinder accident', en('A gas cylinder exploded in a restaurant in Najaf on Tuesday.')],
  ];
  for (const [name, a] of cases) {
    it(name, () => expect(incidents(a)).toEqual([]));
  }
});

describe('still an incident', () => {
  it('"no casualties" does not deny the attack; it codes 0', () => {
    const out = incidents(en('A rocket landed near the airport in Basra on Tuesday, causing no casualties.'));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'rocket_attack', governorate: 'IQ-BA', killed: 0, injured: 0, date: '2023-05-09' });
  });
  it('a drone shot down on approach is a foiled drone attack', () => {
    const out = incidents(en('Air defences shot down a drone approaching a base in Erbil on Monday.'));
    expect(out.map((i) => [i.type, i.governorate])).toEqual([['drone_attack', 'IQ-AR']]);
  });
  it('news without a day is dated to the publication day with precision week', () => {
    const out = incidents(ar('انفجرت عبوة ناسفة على دورية للجيش في قضاء الطارمية ما أسفر عن إصابة جنديين.'));
    expect(out[0]).toMatchObject({ type: 'bombing', governorate: 'IQ-BG', date: PUB, date_precision: 'week' });
  });
});

describe('places', () => {
  it('a direction phrase is a reference point, not the site', () => {
    const out = incidents(ar('سقطت طائرة مسيرة قرب قاعدة عين الأسد الجوية غربي بغداد اليوم.'));
    expect(out.map((i) => i.governorate)).toEqual(['IQ-AN']);
  });
  it('a job title does not place the event', () => {
    const out = incidents(en('The director of the Adhamiya passports office was shot dead in Baqubah on Monday.'));
    expect(out.map((i) => i.governorate)).toEqual(['IQ-DI']);
  });
  it('a governorate named after a distance does not place the event', () => {
    const out = incidents(ar('انفجرت سيارة مفخخة في مدينة النجف (150 كلم جنوب بغداد) صباح اليوم ما أدى إلى إصابة 4 أشخاص.'));
    expect(out.map((i) => i.governorate)).toEqual(['IQ-NA']);
  });
  it('a road between two governorates places nothing', () => {
    const out = incidents(ar('انفجرت عبوة ناسفة على رتل على الطريق السريع بين السماوة والديوانية اليوم.'));
    expect(out).toHaveLength(1);
    expect(out[0]!.governorate).toBeNull();
  });
  it('gives coordinates with a governorate, and none without', () => {
    const [inc] = incidents(en('A roadside bomb hit a police patrol in Kirkuk on Monday, wounding three officers.'));
    expect(inc!.governorate).toBe('IQ-KI');
    expect(typeof inc!.lat).toBe('number');
    expect(typeof inc!.lon).toBe('number');
  });
});

describe('attribution', () => {
  it('a claim names the perpetrator', () => {
    const [inc] = incidents(en('ISIS claimed responsibility for a suicide bombing at a market in Tikrit on Monday that killed five people.'));
    expect(inc!.actors).toContainEqual({ id: 'isis', role: 'perpetrator' });
  });
  it('a merely suspected group is left out', () => {
    const [inc] = incidents(en('Suspected ISIS militants fired mortars at a village in Kirkuk on Monday, wounding two farmers.'));
    expect(inc!.actors.filter((a) => a.role === 'perpetrator' && a.id === 'isis')).toEqual([]);
  });
  it('"believed to be" in Arabic is not an attribution; unidentified attackers are coded', () => {
    const [inc] = incidents(ar('أطلق مجهولون يعتقد أنهم من تنظيم داعش قذائف هاون على مقر للحشد في قضاء داقوق اليوم.'));
    const perps = inc!.actors.filter((a) => a.role === 'perpetrator').map((a) => a.id);
    expect(perps).toEqual(['unknown_gunmen']);
    expect(inc!.actors).toContainEqual({ id: 'pmf', role: 'target' });
  });
  it('at the hands of a group is an attribution', () => {
    const [inc] = incidents(ar('قتل راع على يد داعش في قضاء خانقين اليوم.'));
    expect(inc!.actors).toContainEqual({ id: 'isis', role: 'perpetrator' });
  });
  it('a Turkish airstrike names Turkey', () => {
    const [inc] = incidents(en('A Turkish airstrike hit a village near Zakho on Monday, wounding three civilians.'));
    expect(inc!.actors).toContainEqual({ id: 'turkey', role: 'perpetrator' });
  });
});

describe('merging', () => {
  it('two sentences about one bombing make one incident', () => {
    const out = incidents(
      en('A car bomb exploded in Kirkuk on Monday, killing three people. The blast in Kirkuk also wounded ten people, police said.'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'bombing', killed: 3 });
  });
  it('a round-up of three towns makes three incidents', () => {
    const out = incidents(
      en(
        'A roadside bomb wounded two soldiers in Tarmiyah on Monday. Another roadside bomb killed a farmer in Baqubah on Monday. A third roadside bomb hit a patrol in Mosul on Monday.',
      ),
    );
    expect(out.map((i) => i.governorate).sort()).toEqual(['IQ-BG', 'IQ-DI', 'IQ-NI']);
  });
  it('a headline alone founds nothing, but supports the body', () => {
    expect(incidents(en('Officials met on Tuesday to discuss reconstruction.', 'Two killed in clashes'))).toEqual([]);
  });
});

describe('events told together', () => {
  it('a follow-up attack reported in the same sentence is a second incident', () => {
    const out = incidents(
      ar('هاجم مسلحون نقطة للجيش في ناحية الرشاد ليلة أمس ما أسفر عن مقتل جندي، أعقبه انفجار عبوة ناسفة على قوة الإسناد ما أدى إلى مقتل جنديين.'),
    );
    expect(out.map((i) => i.type).sort()).toEqual(['armed_attack', 'bombing']);
  });
  it('a body found in one town and a grenade in another are two incidents', () => {
    const out = incidents(ar('عثر على جثة رجل في قضاء الصويرة، وانفجرت قنبلة يدوية على منزل في مدينة الكوت اليوم.'));
    expect(out.map((i) => i.type).sort()).toEqual(['bombing', 'killing']);
  });
  it('hostages freed by the police do not make a new kidnapping', () => {
    expect(incidents(ar('حررت قوات الأمن 10 مختطفين في بعقوبة اليوم.'))).toEqual([]);
  });
  it('a month named at the head of the sentence makes it history', () => {
    expect(incidents(en('In January, gunmen killed two officers in Baghdad in separate attacks.'))).toEqual([]);
  });
  it('a group named as the victims is not the perpetrator', () => {
    const [inc] = incidents(en('An Iraqi airstrike killed four members of ISIS in the Hamrin mountains on Monday.'));
    expect(inc!.actors.filter((a) => a.role === 'perpetrator').map((a) => a.id)).not.toContain('isis');
  });
});

describe('reports that refer to others', () => {
  it('a claim of "both attacks" names the perpetrator of each', () => {
    const out = incidents(
      en('Rockets hit a base in Anbar on Sunday, wounding a soldier. A drone was shot down near a base in Erbil on Monday. The Islamic Resistance in Iraq claimed both attacks.'),
    );
    expect(out).toHaveLength(2);
    for (const inc of out) expect(inc.actors).toContainEqual({ id: 'islamic_resistance_iraq', role: 'perpetrator' });
  });
  it('"in a separate incident" starts a new incident even in the same governorate', () => {
    const out = incidents(
      en('Gunmen shot dead a shopkeeper in Abu Ghraib on Monday. A roadside bomb wounded two men in Tarmiyah on Monday. In a separate incident, police found the body of a man in eastern Baghdad on Monday.'),
    );
    expect(out.map((i) => i.type).sort()).toEqual(['bombing', 'killing', 'killing']);
  });
  it('"no casualties" in the next sentence belongs to the report before it', () => {
    const [inc] = incidents(en('Two Katyusha rockets landed near an oil compound in Zubair on Monday night. Nobody was hurt.'));
    expect(inc).toMatchObject({ type: 'rocket_attack', killed: 0, injured: 0 });
  });
});
