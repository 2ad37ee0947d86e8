/**
 * General rules added after the third held-out review, part 2: wire-story shapes,
 * anniversaries, counted gaps between events, sequences, second targets, leads.
 * Every sentence is written for these tests; none comes from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { articleIn, incidents, perps } from './extract-test-helpers';
import { gapAround } from '@/lib/extract/stages/gap-dates';

const PUB = '2023-05-10';
const en = articleIn('en', PUB);
const ar = articleIn('ar', PUB);

describe('wire-story shapes', () => {
  it('"military aircraft struck" is an airstrike, placed by the next sentence, not by the dateline', () => {
    const out = incidents(
      en(
        'BAGHDAD - US military aircraft struck militia sites in western Iraq on Friday night, days after a drone attack killed two soldiers in Syria. ' +
          'In Iraq, the strikes hit a headquarters of the Popular Mobilization Forces in the border town of al-Qaim, officials said.',
      ),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.type).toBe('airstrike');
    expect(out[0]!.governorate).toBe('IQ-AN');
  });

  it('a capital that "says" something is the government speaking, not the site', () => {
    const out = incidents(en('Rockets hit a base near Kirkuk on Monday, Baghdad says.'));
    expect(out).toHaveLength(1);
    expect(out[0]!.governorate).toBe('IQ-KI');
  });

  it('a side reporting its own strike is its perpetrator', () => {
    const out = incidents(en("Turkey's defence ministry said on Friday that its jets had struck 12 targets in the Qandil mountains on Thursday."));
    expect(out).toHaveLength(1);
    expect(perps(out[0])).toEqual(['turkey']);
  });

  it('a supporting remark dated long before does not push the report into the past', () => {
    const out = incidents(
      en('Separately, gunmen shot dead a village mukhtar near Qayyarah on Thursday, police said. The attacks came ahead of the elections on May 12.'),
    );
    expect(out.map((i) => i.type)).toEqual(['killing']);
  });

  it('must find nothing: an accident article whose later sentences speak of "the blast"', () => {
    const out = incidents(
      en(
        'Three people were killed when a gas cylinder exploded in a restaurant in Hilla on Thursday, civil defence said. ' +
          'The blast, which happened in the kitchen, also wounded eleven diners in Hilla.',
      ),
    );
    expect(out).toEqual([]);
  });
});

describe('must find nothing: anniversaries and idioms in analysis pieces', () => {
  it('a sentence that opens "two years ago these days" recalls, it does not report', () => {
    const text =
      'في مثل هذه الأيام قبل عامين، انفجرت طائرة مسيرة مفخخة قرب منزل مسؤول في المنطقة الخضراء ببغداد مخلفة إصابات بين الحراس.';
    expect(incidents(ar(text))).toEqual([]);
  });
  it('"settling scores" and "rules of engagement" are no killing and no clash', () => {
    expect(incidents(ar('يخشى مراقبون أن يتحول العراق إلى ساحة لتصفية الحسابات بين واشنطن وطهران في محافظة البصرة.'))).toEqual([]);
    expect(incidents(ar('تغيرت قواعد الاشتباك بين الفصائل والقوات الأمريكية في الأنبار خلال العامين الماضيين.'))).toEqual([]);
  });
});

describe('days counted from another event of the sentence', () => {
  it('reads "two days earlier" after the attack word and "بعد نحو أسبوعين من" before it', () => {
    const en1 = 'a reporter who was gunned down outside his home two days earlier';
    const at = en1.indexOf('gunned down');
    expect(gapAround(en1, at, at + 11, 'en')).toEqual({ days: 2, precision: 'day' });
    const ar1 = 'وجاءت الضربة بعد نحو اسبوعين من هجوم صاروخي';
    const at2 = ar1.indexOf('هجوم');
    expect(gapAround(ar1, at2, at2 + 4, 'ar')).toEqual({ days: 14, precision: 'week' });
    const en2 = 'a bomb went off two days before the elections';
    expect(gapAround(en2, 2, 6, 'en')).toBeNull();
  });

  it('dates a killing recalled at a funeral two days before the funeral day', () => {
    const out = incidents(
      en('Hundreds marched through Basra on Monday behind the coffin of a reporter who was gunned down outside his home two days earlier.'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.date).toBe('2023-05-06');
  });

  it('a day printed with the event wins over the counted gap', () => {
    const out = incidents(
      en('Gunmen attacked a checkpoint in Sinuni on Sunday. The clash came three weeks after a Turkish drone strike on April 20 killed a commander near Sinuni.'),
    );
    expect(out.find((i) => i.type === 'drone_attack')?.date).toBe('2023-04-20');
  });
});

describe('sequences and homonyms inside one sentence', () => {
  it('", then struck … with a roadside bomb" is a second incident with its own toll and the same day', () => {
    const out = incidents(
      en(
        'Militants killed four farmers in an attack on a village near Jalawla late Tuesday, then struck soldiers who rushed to the scene with a roadside bomb, killing two of them.',
      ),
    );
    expect(out.map((i) => i.type).sort()).toEqual(['armed_attack', 'bombing']);
    expect(out.find((i) => i.type === 'armed_attack')?.killed).toBe(4);
    expect(out.find((i) => i.type === 'bombing')?.killed).toBe(2);
    expect(out.every((i) => i.date === '2023-05-09')).toBe(true);
  });

  it('a village homonym from another governorate yields to the area named right after it', () => {
    const out = incidents(
      en('In Diyala province, militants attacked the village of al-Rashad in the Qara Tapa area on Monday, opening fire on farmers.'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.governorate).toBe('IQ-DI');
    expect(out[0]!.place).toMatch(/Qara Tapa/);
  });
});

describe('a second target of one strike in another governorate', () => {
  it('", and a camp … near Koya" after a strike in Sulaymaniyah is a second incident with its own toll', () => {
    const out = incidents(
      en(
        'Officials said drones hit an office of an Iranian Kurdish party in Penjwen on Monday, killing one member, and a camp of another party near the town of Koya, where six people were wounded.',
      ),
    );
    expect(out.map((i) => i.governorate).sort()).toEqual(['IQ-AR', 'IQ-SU']);
    expect(out.find((i) => i.governorate === 'IQ-AR')?.injured).toBe(6);
    expect(out.find((i) => i.governorate === 'IQ-SU')?.killed).toBe(1);
  });

  it('a coordinated item in the same governorate stays one incident', () => {
    const out = incidents(en('A drone hit a house in Koya on Monday, and a car near the town of Degala, wounding two people.'));
    expect(out).toHaveLength(1);
  });
});

describe('a lead that sums up several attacks', () => {
  it('its "no casualties" covers each attack told after it', () => {
    const out = incidents(
      en(
        'Two roadside bombs struck supply convoys in southern Iraq on Tuesday, causing damage but no casualties, police said. ' +
          'The first bomb went off near Nasiriyah in the morning. A second bomb exploded hours later near a convoy on a road in Diwaniyah.',
      ),
    );
    expect(out).toHaveLength(2);
    for (const i of out) {
      expect(i.killed).toBe(0);
      expect(i.injured).toBe(0);
    }
  });
});

describe('clauses and governorate names', () => {
  it('"while grazing" does not cut the abduction from its place, and "Salah al-Din" is the governorate', () => {
    const out = incidents(
      en('Two shepherds were abducted by ISIS militants on Monday while grazing their flocks in the Mutaibija area of eastern Salah al-Din.'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.type).toBe('kidnapping');
    expect(out[0]!.governorate).toBe('IQ-SD');
  });
});

describe('a report that opens on another printed day', () => {
  it('"On Thursday, explosions were heard … a device blew up" is not Friday\'s blast at the same city', () => {
    const out = incidents(
      en(
        'A stun grenade exploded on Friday evening at a house in Amara, causing only material damage, police said. ' +
          'On Thursday, two loud explosions were heard in Amara. A source said an explosive device blew up near the house of a militia member.',
      ),
    );
    expect(out.map((i) => i.date).sort()).toEqual(['2023-05-04', '2023-05-05']);
  });
});

describe('round-ups by governorate', () => {
  it('a lead listing several governorates founds no incident of its own; each item does', () => {
    const out = incidents(
      ar(
        'تعرضت مواقع للحشد الشعبي فجر اليوم لهجمات بطائرات مسيرة في محافظات صلاح الدين وكركوك ونينوى. ' +
          'وفي محافظة صلاح الدين، استهدفت طائرة مسيرة مقراً للحشد قرب قضاء بيجي. ' +
          'وفي محافظة كركوك، كشف المصدر عن استهداف مقر آخر في ناحية الرياض.',
      ),
    );
    expect(out.map((i) => i.governorate).sort()).toEqual(['IQ-KI', 'IQ-SD']);
  });
});
