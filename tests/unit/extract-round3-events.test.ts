/**
 * General rules added after the third held-out review, part 1: separate events in one
 * article, non-events, secondary places, attempts, attribution, zero tolls, distances.
 * Every sentence is written for these tests; none comes from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { articleIn, incidents, perps } from './extract-test-helpers';
import { anchoredDayOffset } from '@/lib/extract/stages/anchored-days';
import { offsetBefore } from '@/lib/extract/stages/offset-place';
import { distanceKm } from '@/lib/geo';

const PUB = '2023-05-10';
const en = articleIn('en', PUB);
const ar = articleIn('ar', PUB);

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
