/**
 * General rules added after the third held-out review, one block per failure category
 * (separate events in one article, non-events, secondary places, attempts, attribution,
 * zero tolls). Every sentence is written for these tests; none comes from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract';
import type { Article, Incident } from '@/lib/codebook';
import { anchoredDayOffset } from '@/lib/extract/stages/anchored-days';
import { offsetBefore } from '@/lib/extract/stages/offset-place';
import { gapAround } from '@/lib/extract/stages/gap-dates';
import { distanceKm } from '@/lib/geo';

const PUB = '2023-05-10';
const en = (text: string): Article => ({ lang: 'en', url: null, published: PUB, title: '', text });
const ar = (text: string): Article => ({ lang: 'ar', url: null, published: PUB, title: '', text });
const incidents = (a: Article): Incident[] => extractArticle(a).incidents;
const perps = (i: Incident | undefined) => (i?.actors ?? []).filter((a) => a.role === 'perpetrator').map((a) => a.id).sort();

describe('reports of other events in the same article stay apart', () => {
  it('"Earlier in the day" opens a second bombing at another site of the same city', () => {
    const out = incidents(
      en(
        "A roadside bomb wounded three people on Tuesday in Baghdad's southern district of Dora, police said. " +
          'Earlier in the day, a sticky bomb attached to a taxi exploded in the northern district of Kadhimiya, killing the driver.',
      ),
    );
    expect(out).toHaveLength(2);
    expect(out.map((i) => i.date)).toEqual(['2023-05-09', '2023-05-09']);
    expect(out.every((i) => i.governorate === 'IQ-BG')).toBe(true);
  });

  it('"A day earlier" dates the second report one day before the first and keeps both', () => {
    const out = incidents(
      en(
        'Two soldiers were wounded late on Monday when militants attacked an army post near Tarmiyah, the ministry said. ' +
          'A day earlier, an improvised explosive device went off near an army vehicle in the same area without causing casualties.',
      ),
    );
    expect(out.map((i) => i.type).sort()).toEqual(['armed_attack', 'bombing']);
    const bomb = out.find((i) => i.type === 'bombing');
    expect(bomb?.date).toBe('2023-05-07');
    expect(bomb?.date_precision).toBe('day');
    expect(bomb?.killed).toBe(0);
  });

  it('reads the anchoring phrase in both languages, and nothing in ordinary openings', () => {
    expect(anchoredDayOffset('a day earlier, a bomb went off', 'en')).toBe(-1);
    expect(anchoredDayOffset('two days later, gunmen returned', 'en')).toBe(2);
    expect(anchoredDayOffset('وقبل ذلك بيومين، انفجرت عبوة', 'ar')).toBe(-2);
    expect(anchoredDayOffset('وفي اليوم التالي عثر على جثة', 'ar')).toBe(1);
    expect(anchoredDayOffset('on tuesday a bomb went off', 'en')).toBeNull();
    expect(anchoredDayOffset('قال مصدر امني ان عبوة انفجرت', 'ar')).toBeNull();
  });

  it('an Arabic job title followed by "في" + place still places the event there', () => {
    const out = incidents(
      ar('انفجرت عبوة ناسفة فجر اليوم قرب منزل عضو سابق في مجلس المحافظة في ناحية الأحرار بمحافظة واسط، دون إصابات.'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.place).toMatch(/Ahrar/);
  });
});

describe('sentences that report no new event', () => {
  it('must find nothing: a drone that circled without striking', () => {
    expect(incidents(ar('حلقت طائرة مسيرة فوق قضاء سنجار لساعات من دون أن تنفذ أي ضربة، بحسب سكان.'))).toEqual([]);
    expect(incidents(en('A drone circled over Sinjar for hours on Tuesday without carrying out any strike, residents said.'))).toEqual([]);
  });

  it('must find nothing: a rescue without a shot fired', () => {
    expect(incidents(en('Police freed the hostage in a raid on a farm near Hilla on Monday without firing a single shot.'))).toEqual([]);
  });

  it('must find nothing: repeated shelling told as background', () => {
    expect(incidents(ar('نزح معظم سكان القرى الحدودية في قضاء العمادية هرباً من القصف التركي المتكرر.'))).toEqual([]);
  });

  it('a fire that a drone strike started does not make it an accident', () => {
    const out = incidents(ar('استهدفت طائرتان مسيرتان حقل خورمله النفطي فجر اليوم، ما أدى إلى اندلاع حريق في أحد خزانات الحقل.'));
    expect(out.map((i) => i.type)).toEqual(['drone_attack']);
    expect(out[0]!.governorate).toBe('IQ-AR');
  });

  it('must find nothing: a fire from an electrical fault stays an accident', () => {
    expect(incidents(ar('اندلع حريق في سوق الشورجة وسط بغداد بسبب ماس كهربائي دون إصابات.'))).toEqual([]);
  });
});

describe('secondary places are not sites', () => {
  it('the place a rocket was fired from, a few words after the verb, is not where it hit', () => {
    const out = incidents(
      en('Two mortar shells hit an army base in Tuz Khurmatu on Sunday; they were fired by militants from the Hamrin mountains, the army said.'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.governorate).toBe('IQ-SD');
  });

  it('where the victims came from is not where they were killed', () => {
    const out = incidents(
      en('Gunmen shot dead two shepherds near Rutba on Friday. The two men, both from Karbala, had been grazing sheep in the desert.'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.governorate).toBe('IQ-AN');
  });

  it('a road destination abroad-bound crossing does not place an event abroad in Iraq', () => {
    const out = incidents(
      ar('استهدفت طائرة مسيرة سيارة في ريف الحسكة السورية أثناء سيرها على الطريق المؤدي إلى معبر فيشخابور، ما أدى إلى مقتل شخصين.'),
    );
    expect(out).toEqual([]);
  });

  it("the possessor in \"Baghdad's western district of Mansour\" is the container", () => {
    const out = incidents(en("A bomb exploded on Monday in Baghdad's western district of Mansour, wounding two people."));
    expect(out).toHaveLength(1);
    expect(out[0]!.place).toMatch(/Mansour/);
  });
});

describe('attempts, abductions inside body-found phrases, attribution and zero tolls', () => {
  it('a survived assassination attempt is an armed attack with nobody killed', () => {
    const out = incidents(ar('نجا ناشط مدني من محاولة اغتيال بإطلاق نار على سيارته في حي العروبة بمدينة الديوانية مساء أمس، وأصيب بجروح طفيفة.'));
    expect(out).toHaveLength(1);
    expect(out[0]!.type).toBe('armed_attack');
    expect(out[0]!.killed ?? 0).toBe(0);
  });

  it('an abduction told inside "the bodies of … who were abducted … were found" is its own incident', () => {
    const out = incidents(
      en('The bodies of two farmers who were abducted by ISIS militants last week were found on Monday near Baiji, police said.'),
    );
    expect(out.map((i) => i.type).sort()).toEqual(['kidnapping', 'killing']);
    expect(perps(out.find((i) => i.type === 'kidnapping'))).toEqual(['isis']);
  });

  it('a claim by "a group calling itself X" names X', () => {
    const out = incidents(
      ar('سقطت ثلاثة صواريخ على محيط مطار أربيل ليلة أمس. وأعلنت جماعة تطلق على نفسها اسم "سرايا أولياء الدم" مسؤوليتها عن الهجوم.'),
    );
    expect(out).toHaveLength(1);
    expect(perps(out[0])).toEqual(['saraya_awliya_al_dam']);
  });

  it('"armed men of unknown identity" are unknown gunmen', () => {
    const out = incidents(en('Armed men of unknown identity abducted a contractor in Zubair on Sunday, police said.'));
    expect(perps(out[0])).toEqual(['unknown_gunmen']);
  });

  it('a group "neutralised" in a strike is its target', () => {
    const out = incidents(ar('أعلنت أنقرة تحييد اثنين من مقاتلي حزب العمال الكردستاني بضربة طائرة مسيرة تركية في قضاء سنجار أمس.'));
    expect(out).toHaveLength(1);
    expect(perps(out[0])).toEqual(['turkey']);
  });

  it('material damage only means nobody was killed or hurt', () => {
    const out = incidents(ar('انفجرت عبوة ناسفة قرب محل تجاري في حي البلديات ببغداد فجر اليوم، واقتصرت الأضرار على الماديات.'));
    expect(out).toHaveLength(1);
    expect(out[0]!.killed).toBe(0);
    expect(out[0]!.injured).toBe(0);
  });
});

describe('distance and bearing from a reference place', () => {
  it('reads "(22 كم) جنوب" and "30 km northeast of" and ignores a bare direction', () => {
    const ar1 = 'في قريه الجيل (22كم) جنوب ';
    expect(offsetBefore(ar1, ar1.length, 'ar')).toMatchObject({ km: 22, bearing: 180 });
    const en1 = 'near a village 30 km northeast of ';
    expect(offsetBefore(en1, en1.length, 'en')).toMatchObject({ km: 30, bearing: 45 });
    const en2 = 'a base west of ';
    expect(offsetBefore(en2, en2.length, 'en')).toBeNull();
  });

  it('places an unnamed village by moving the reference point, not at the reference city', () => {
    const out = incidents(ar('أصيب جنديان بانفجار عبوة ناسفة على دورية في قرية نائية (40 كم) شمال شرق بعقوبة، صباح اليوم.'));
    expect(out).toHaveLength(1);
    const baquba = { lat: 33.75, lon: 44.64 };
    const km = distanceKm(baquba, { lat: out[0]!.lat!, lon: out[0]!.lon! });
    expect(km).toBeGreaterThan(30);
    expect(km).toBeLessThan(50);
    expect(out[0]!.governorate).toBe('IQ-DI');
  });
});

describe('a local outlet names the governorate before the text does', () => {
  it('an unplaced kidnapping in a Karbala police statement is in Karbala', () => {
    const out = incidents(
      ar('كربلاء - واع\nأعلنت قيادة شرطة كربلاء تحرير طفل مختطف. وذكرت القيادة أن الطفل اختطف يوم السبت الماضي أثناء عودته من المدرسة على يد عصابة طالبت بفدية.'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.type).toBe('kidnapping');
    expect(out[0]!.governorate).toBe('IQ-KA');
  });
});

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
