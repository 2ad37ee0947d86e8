/**
 * General rules added after the fifth held-out review (three fresh sets written without
 * sight of the engine). Every sentence is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { allPlaces, districtOf } from '@/lib/gazetteer';
import { articleIn, incidents, perps } from './extract-test-helpers';

const PUB = '2022-03-16';
const en = articleIn('en', PUB);
const ar = articleIn('ar', PUB);

describe('aircraft that support a ground operation do not strike', () => {
  it('"بإسناد من طيران الجيش" in a search after an attack leaves the attack an armed attack', () => {
    const out = incidents(
      ar('هاجم عناصر من داعش ليلة أمس نقطة للجيش في ناحية العظيم ما أدى إلى مقتل جنديين. وباشرت القوات الأمنية عملية تفتيش في المنطقة بإسناد من طيران الجيش.'),
    );
    expect(out.map((i) => i.type)).toEqual(['armed_attack']);
  });
  it('"a sweep backed by army helicopters" is not an airstrike; helicopters that struck are', () => {
    expect(incidents(en('Troops backed by army helicopters began a sweep of farmland near Tarmiyah on Tuesday.')).map((i) => i.type)).not.toContain('airstrike');
    expect(incidents(en('Army helicopters struck an Islamic State hideout near Tarmiyah on Tuesday, killing five militants.')).map((i) => i.type)).toEqual(['airstrike']);
  });
});

describe('who can be the perpetrator of an airstrike', () => {
  it('an armed group is never named as the perpetrator of an airstrike', () => {
    const out = incidents(en('Islamic State fighters attacked Peshmerga positions near Gwer on Tuesday, and coalition air strikes hit the attackers, killing 12 of them.'));
    for (const i of out.filter((x) => x.type === 'airstrike')) expect(perps(i)).not.toContain('isis');
  });
});

describe('people named after places', () => {
  it('"Police Captain Muthanna Ahmed said" does not place the event in Muthanna', () => {
    const out = incidents(en('A suicide bomber killed 20 people at a market in Hilla on Tuesday. Police Captain Muthanna Ahmed said 20 people were killed and 40 wounded.'));
    expect(out.map((i) => i.governorate)).toEqual(['IQ-BB']);
  });
  it('"العميد ..." before a name that is also a place is a person', () => {
    const out = incidents(ar('قتل ثلاثة مدنيين بانفجار عبوة ناسفة في قضاء الخالص أمس. وقال العميد كربلاء حسين إن التحقيقات جارية.'));
    expect(out.map((i) => i.governorate)).toEqual(['IQ-DI']);
  });
});

describe('habitual statements and events abroad', () => {
  it('must find nothing: shelling that has become "almost daily"', () => {
    expect(incidents(ar('وأضاف المسؤول أن القصف المدفعي بات شبه يومي على القرى الحدودية في قضاء زاخو.'))).toEqual([]);
    expect(incidents(en('Residents said shelling of the border villages near Zakho has become almost daily.'))).toEqual([]);
  });
  it('must find nothing: an attack on the SDF in Syria', () => {
    expect(incidents(ar('هاجم عناصر داعش مساء أمس نقطتين لقسد قرب بلدة ذيبان ما أسفر عن مقتل ثلاثة عناصر.'))).toEqual([]);
    expect(incidents(en('Islamic State fighters attacked two posts of the Syrian Democratic Forces near Dhiban on Monday, killing three.'))).toEqual([]);
  });
  it('must find nothing: a ceremony at a memorial for victims executed years ago', () => {
    expect(incidents(ar('وأقيمت المراسم عند النصب التذكاري في تكريت حيث أعدم مئات الطلاب على يد داعش.'))).toEqual([]);
  });
});

describe('places inside a named container', () => {
  it('a quarter the gazetteer knows elsewhere, "في قضاء طوز خورماتو", lies in that district', () => {
    const out = incidents(ar('أصيب ثلاثة مدنيين مساء أمس بسقوط قذائف هاون على حي جميلة في قضاء طوز خورماتو.'));
    expect(out.map((i) => [i.type, i.governorate])).toEqual([['rocket_attack', 'IQ-SD']]);
  });
  it('the same quarter with no container stays where the gazetteer has it', () => {
    expect(incidents(ar('أصيب ثلاثة مدنيين مساء أمس بسقوط قذائف هاون على حي جميلة شرقي بغداد.')).map((i) => i.governorate)).toEqual(['IQ-BG']);
  });
  it('a report on a district and one on a subdistrict of it are one incident', () => {
    const out = incidents(
      ar('أعلنت خلية الإعلام الأمني اليوم مقتل 17 إرهابياً بضربة جوية في قضاء الحويجة. وقالت الخلية إن الطائرات وجهت صباح اليوم ضربة جوية استهدفت مقراً في ناحية الرياض التابعة لقضاء الحويجة ما أسفر عن مقتل 17 إرهابياً.'),
    );
    expect(out.map((i) => [i.type, i.governorate, i.killed])).toEqual([['airstrike', 'IQ-KI', 17]]);
  });
});

describe('clauses that describe a base or recall another event', () => {
  it('"which hosts Iraqi F-16 jets" describes the base: the rockets are a rocket attack', () => {
    const out = incidents(en('Three rockets landed inside Balad air base on Tuesday, which hosts Iraqi F-16 jets and foreign contractors, wounding two contractors.'));
    expect(out.map((i) => i.type)).toEqual(['rocket_attack']);
  });
  it('"a day after a drone was shot down" does not make the rockets a drone attack', () => {
    const out = incidents(en('Rockets were fired at Ain al-Asad air base on Wednesday, two security sources said, a day after a drone was shot down near another base.'));
    expect(out.map((i) => i.type)).toEqual(['rocket_attack']);
  });
});

describe('where casualties were treated and where pilgrims were going', () => {
  it('a toll that rises "in al-Hussein hospital in Nasiriyah" stays with the clash in Fadhliya', () => {
    const out = incidents(
      ar('قتل شخصان في نزاع عشائري مساء أمس في قرية البو سالم التابعة لناحية الفضلية. وفي وقت لاحق أفاد مصدر طبي بارتفاع حصيلة النزاع إلى ثلاثة قتلى بعد وفاة أحد الجرحى في مستشفى الحسين التعليمي بالناصرية.'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.place).toMatch(/Fadhliya/);
  });
  it('"walking to the holy city of Karbala" is not where the bombs went off', () => {
    const out = incidents(en('Two roadside bombs exploded on a road used by pilgrims walking to the holy city of Karbala, killing three people in the town of Iskandariyah on Monday.'));
    expect(out.map((i) => i.governorate)).toEqual(['IQ-BB']);
  });
});

describe('weapons and raids', () => {
  it('gunmen attacking "بالأسلحة الرشاشة والقنابل اليدوية" made a bombing (gunfire and explosives at one site)', () => {
    const out = incidents(ar('هاجم مسلحون فجر اليوم مركز شرطة في قضاء حديثة بالأسلحة الرشاشة والقنابل اليدوية ما أسفر عن مقتل شرطيين.'));
    expect(out.map((i) => i.type)).toEqual(['bombing']);
  });
  it('must find nothing: a rescue raid "دون أي اشتباك" / "without a shot fired"', () => {
    expect(incidents(ar('حددت مفارز الاستخبارات مكان الطفل المختطف في قضاء عفك، وداهمته فجر اليوم وحررته دون أي اشتباك.')).filter((i) => i.type === 'armed_attack')).toEqual([]);
    expect(incidents(en('Police raided a farmhouse near Afak at dawn on Monday and freed the boy without a shot fired.')).filter((i) => i.type === 'armed_attack')).toEqual([]);
  });
});

describe('states that strike and the groups they strike', () => {
  it('a Turkish drone strike on PKK-affiliated fighters names them as target, not as co-perpetrator', () => {
    const out = incidents(
      ar('مقتل عنصرين من "اليبشة" بقصف تركي بمسيرة في سنجار. قتل اثنان من عناصر وحدات مقاومة سنجار (اليبشة) وأصيب ثالث مساء الاثنين بقصف لطائرة مسيرة تركية استهدف عجلتهم في قضاء سنجار.'),
    );
    expect(out.map((i) => i.type)).toEqual(['drone_attack']);
    expect(perps(out[0])).toEqual(['turkey']);
  });
  it('"struck … using drones and missiles" is a drone attack; "police using drones to monitor" is no attack word', () => {
    const out = incidents(en("Iran's Revolutionary Guards struck a camp of Iranian Kurdish groups near Koya on Sunday, using drones and missiles in an attack that killed one person."));
    expect(out.map((i) => i.type)).toEqual(['drone_attack']);
    expect(incidents(en('Police in Kirkuk began using drones to monitor the old market on Sunday.'))).toEqual([]);
  });
});

describe('nationwide figures', () => {
  it('"more than 70 activists have been killed across Iraq since the protests began" is no toll of the attack', () => {
    const out = incidents(en('Unidentified assailants threw a bomb at the home of an activist in Hindiya on Sunday, damaging the gate. Rights groups say more than 70 activists have been killed across Iraq since the protest movement began.'));
    expect(out.map((i) => [i.type, i.killed])).toEqual([['bombing', null]]);
  });
});

describe('abductions, journeys and roads', () => {
  it('"اقتادوا ركاب عجلتين إلى جهة مجهولة" is an abduction, placed at the named subdistrict, not at the road\'s two ends', () => {
    const out = incidents(ar('نصب مسلحون مساء السبت سيطرة وهمية على طريق بغداد – كركوك قرب ناحية سليمان بيك، واقتادوا ركاب عجلتين إلى جهة مجهولة.'));
    expect(out.map((i) => [i.type, i.governorate])).toEqual([['kidnapping', 'IQ-SD']]);
  });
  it('must find nothing: gunmen who "fled to an unknown destination" took nobody', () => {
    const out = incidents(ar('قتل شاب بنيران مسلحين مجهولين أطلقوا عليه الرصاص أمام محله في قضاء سوق الشيوخ مساء أمس، ولاذوا بالفرار إلى جهة مجهولة.'));
    expect(out.map((i) => i.type)).not.toContain('kidnapping');
  });
  it('a bus "متجهة من بغداد إلى الموصل" stopped north of Tikrit is not in Mosul or Baghdad', () => {
    const out = incidents(ar('أوقف مسلحون أمس حافلة متجهة من بغداد إلى الموصل قرب قضاء الشرقاط، واقتادوا 12 من ركابها إلى جهة مجهولة.'));
    expect(out.map((i) => [i.type, i.governorate])).toEqual([['kidnapping', 'IQ-SD']]);
  });
  it('bodies taken "to the forensic department in Kirkuk" were not found in Kirkuk', () => {
    const out = incidents(ar('عثرت الشرطة صباح اليوم على ثلاث جثث مكبلة الأيدي في ناحية الإسحاقي، ونقلت الجثث إلى دائرة الطب العدلي في كركوك.'));
    expect(out.map((i) => i.governorate)).toEqual(['IQ-SD']);
  });
  it('"IS sent two suicide car bombs against army positions" names the sender', () => {
    const out = incidents(en('IS sent two suicide car bombs against army positions near Saqlawiyah on Sunday, killing four soldiers.'));
    expect(out.map((i) => i.type)).toEqual(['bombing']);
    expect(perps(out[0])).toEqual(['isis']);
  });
});

describe('a wave of bombings across a city', () => {
  it('car bombs in Kadhimiya (eight dead) and in Shula (six dead), five kilometres apart, are two incidents', () => {
    const out = incidents(
      en('In the northern district of Kadhimiya, a car bomb went off near a crowded bus stop on Monday, killing eight. Another car bomb in a commercial street in the western Shula neighborhood killed six and wounded 15.'),
    );
    expect(out.map((i) => i.killed).sort()).toEqual([6, 8]);
  });
  it('must keep together: a second report of the same bombing without a toll of its own', () => {
    const out = incidents(en('A car bomb killed eight people near a bus stop in Kadhimiya on Monday. The blast in the Shula neighborhood also damaged shops.'));
    expect(out).toHaveLength(1);
  });
});

describe('officials who blame', () => {
  it('"the mayor …, blaming Turkey for the strike" names Turkey', () => {
    const out = incidents(en('A drone hit a vehicle on the road near Sinuni on Wednesday evening, killing two members of a Yazidi armed group, the mayor of Sinjar said, blaming Turkey for the strike.'));
    expect(out.map((i) => i.type)).toEqual(['drone_attack']);
    expect(perps(out[0])).toEqual(['turkey']);
  });
  it('must not attribute: "Turkey did not comment" alone names nobody', () => {
    const out = incidents(en('A drone hit a vehicle near Sinuni on Wednesday evening, killing two people. Turkey did not comment.'));
    expect(perps(out[0])).toEqual([]);
  });
});

describe('quarters written with "حي"', () => {
  it('"في حي الشعلة ببغداد" is the Shula quarter, not just Baghdad; "شارع الموصل" is no Mosul', () => {
    expect(incidents(ar('قتل مدنيان بانفجار عبوة ناسفة صباح اليوم في حي الشعلة ببغداد.')).map((i) => i.place)).toEqual([expect.stringMatching(/^Shula/)]);
    expect(incidents(ar('قتل مدنيان بانفجار عبوة ناسفة صباح اليوم في شارع الموصل بمدينة كركوك.')).map((i) => i.governorate)).toEqual(['IQ-KI']);
  });
});

describe('accusations are not attributions', () => {
  it('must not attribute: activists "accusing unruly militias" of the killing', () => {
    const out = incidents(ar('اغتال مسلحون مجهولون مساء أمس ناشطا وسط مدينة العمارة. ونعت تنسيقيات الاحتجاج الناشط، متهمة الميليشيات المنفلتة بملاحقة الناشطين وتصفيتهم.'));
    expect(perps(out[0])).not.toContain('iran_backed_militias');
  });
});

describe('a follow-up attack on the reinforcements', () => {
  it('an assault on an outpost and "a roadside bomb then struck a vehicle carrying reinforcements" are two incidents', () => {
    const out = incidents(
      en('Islamic State militants attacked an army outpost in Wadi al-Shay late on Tuesday, killing two soldiers. A roadside bomb then struck a vehicle carrying reinforcements to the outpost, wounding three more soldiers.'),
    );
    expect(out.map((i) => i.type).sort()).toEqual(['armed_attack', 'bombing']);
  });
  it('must keep together: a second bomb report without reinforcements is the same bombing', () => {
    const out = incidents(en('A roadside bomb struck an army patrol in Wadi al-Shay late on Tuesday, killing two soldiers. The blast also wounded three more soldiers, officials said.'));
    expect(out.map((i) => i.type)).toEqual(['bombing']);
  });
});

describe('anniversaries held today', () => {
  it('must find nothing: crowds "on Tuesday evening to mark the third anniversary" of a bombing', () => {
    expect(incidents(en("Hundreds of Iraqis gathered in Baghdad's Karrada district on Tuesday evening to mark the third anniversary of the truck bombing that killed more than 300 people."))).toEqual([]);
  });
  it('a bombing on the anniversary day itself is still news', () => {
    const out = incidents(en('A roadside bomb killed two people in Karrada on Tuesday evening, police said.'));
    expect(out.map((i) => i.type)).toEqual(['bombing']);
  });
});

describe('named front groups and their claims', () => {
  it('"Ashab al-Kahf claimed the attack" names a group outside the closed list: other', () => {
    const out = incidents(en('A roadside bomb hit a convoy carrying supplies for the US-led coalition near Diwaniyah on Monday. A group calling itself Ashab al-Kahf claimed the attack.'));
    expect(perps(out[0])).toEqual(['other']);
  });
  it('must not attribute: a group that "has claimed several previous attacks"', () => {
    const out = incidents(en('A roadside bomb hit a supply convoy near Hilla on Monday, wounding a driver. A little-known group calling itself Qasim al-Jabbarin has claimed several previous attacks.'));
    expect(perps(out[0])).toEqual([]);
  });
});

describe('a stated distance outranks where the victims came from', () => {
  it('bodies found "40 km west of al-Nukhaib" of truffle hunters "from Karbala and Najaf" lie in Anbar', () => {
    const out = incidents(
      ar('عثرت مفارز من الحشد الشعبي صباح اليوم على الجثث في منطقة صحراوية تبعد نحو 40 كيلومتراً غرب النخيب، وقد أعدمهم عناصر التنظيم رمياً بالرصاص، وهم من أهالي كربلاء والنجف.'),
    );
    expect(out.map((i) => [i.type, i.governorate])).toEqual([['killing', 'IQ-AN']]);
  });
});

describe('towns without a district code', () => {
  const place = (en: string) => allPlaces().find((p) => p.en === en)!;
  it('lie in the district whose seat is nearest in their governorate', () => {
    expect(districtOf(place('Khanasor'))).toBe(place('Sinjar').id);
    expect(districtOf(place('Sinjar'))).toBe(place('Sinjar').id);
  });
  it("a headline on Sinjar and the body's report from Khanasor, with one toll, are one drone strike", () => {
    const out = incidents(
      ar('مسيرة تركية تقتل اثنين في سنجار. قال قائممقام قضاء سنجار اليوم إن طائرة مسيرة تركية استهدفت ظهر اليوم سيارة قرب مجمع خانصور، ما أسفر عن مقتل شخصين.'),
    );
    expect(out.map((i) => i.type)).toEqual(['drone_attack']);
  });
});

describe('Arabic base descriptions and repeated attacks', () => {
  it('"داخل قاعدة بلد الجوية، والتي تضم سرب طائرات إف-16" stays a rocket attack', () => {
    const out = incidents(ar('أعلنت خلية الإعلام الأمني اليوم سقوط ثلاثة صواريخ نوع كاتيوشا مساء أمس داخل قاعدة بلد الجوية في محافظة صلاح الدين، والتي تضم سرب طائرات إف-16 التابع للقوة الجوية.'));
    expect(out.map((i) => i.type)).toEqual(['rocket_attack']);
  });
  it('must find nothing: "وتكررت خلال الأشهر الماضية حوادث استهداف محال ..."', () => {
    expect(incidents(ar('وتكررت خلال الأشهر الماضية حوادث استهداف محال المشروبات الكحولية في البصرة وبغداد بالقنابل والعبوات الصوتية.'))).toEqual([]);
  });
});
