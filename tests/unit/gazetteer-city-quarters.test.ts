/**
 * Quarters of Iraqi cities other than Baghdad (data/gazetteer/neighbourhoods.json). Many share
 * their name with a Baghdad quarter or with another city's quarter (Yarmouk, al-Askari,
 * al-Jazair, al-Muallimin, al-Qadisiya …): the homonyms are all candidates and the other places
 * of the article settle which one is meant. Names that are ordinary words or foreign places
 * (الجزائر Algeria, القدس Jerusalem, العسكري "military", الشهداء "martyrs") match only as
 * «حي X» / "Hay al-X" / "al-X district|neighbourhood|quarter".
 */
import { describe, expect, it } from 'vitest';
import { allPlaces, findPlaceMentions, placeById } from '@/lib/gazetteer';
import { extractArticle } from '@/lib/extract';
import { distanceKm, governorateOf } from '@/lib/geo';
import type { Incident } from '@/lib/codebook';

const CITY_QUARTERS = allPlaces().filter((p) => p.kind === 'neighbourhood' && p.gov !== 'IQ-BG');

function incidentsOf(lang: 'ar' | 'en', text: string): Incident[] {
  return extractArticle({ lang, url: null, published: '2024-03-10', title: '', text }).incidents;
}

function onlyIncident(lang: 'ar' | 'en', text: string): Incident {
  const found = incidentsOf(lang, text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
}

function mentionIds(lang: 'ar' | 'en', text: string): string[] {
  return findPlaceMentions(text, lang).flatMap((m) => m.candidates.map((c) => c.id));
}

describe('city quarters outside Baghdad: data', () => {
  it('has quarters in the big cities of every region', () => {
    expect(CITY_QUARTERS.length).toBeGreaterThanOrEqual(100);
    const perDistrict = (id: string) => CITY_QUARTERS.filter((p) => p.district === id).length;
    expect(perDistrict('d:IQG15Q05'), 'Mosul').toBeGreaterThanOrEqual(30);
    expect(perDistrict('d:IQG02Q02'), 'Basra').toBeGreaterThanOrEqual(15);
    expect(perDistrict('d:IQG13Q04'), 'Kirkuk').toBeGreaterThanOrEqual(15);
    expect(perDistrict('d:IQG01Q01'), 'Fallujah').toBeGreaterThanOrEqual(8);
  });

  it('puts every quarter inside its governorate and close to its city', () => {
    const offenders = CITY_QUARTERS.flatMap((p) => {
      const found = governorateOf(p.lat, p.lon);
      const district = p.district ? placeById(p.district) : undefined;
      const problems: string[] = [];
      if (found !== p.gov) problems.push(`${p.id} (${p.lat}, ${p.lon}) declared ${p.gov}, lies in ${found ?? 'no governorate'}`);
      if (!district || district.gov !== p.gov) problems.push(`${p.id}: district ${p.district} missing or in another governorate`);
      else if (distanceKm(p, district) > 15) problems.push(`${p.id}: ${distanceKm(p, district).toFixed(1)} km from ${district.en}`);
      return problems;
    });
    expect(offenders, offenders.join('\n')).toEqual([]);
  });

  it('keeps Baghdad and Mosul Yarmouk as homonyms in both languages', () => {
    for (const [lang, text] of [['ar', 'في حي اليرموك'], ['ar', 'في اليرموك'], ['en', 'in the Yarmouk district']] as const) {
      const ids = mentionIds(lang, text);
      expect(ids, text).toContain('nb:yarmouk');
      expect(ids, text).toContain('nb:yarmouk-mosul');
    }
  });
});

describe('city quarters outside Baghdad: extraction', () => {
  it('places a Yarmouk bombing in Mosul when the article names Mosul', () => {
    const i = onlyIncident('ar', 'انفجرت عبوة ناسفة في حي اليرموك غربي الموصل صباح اليوم، ما أسفر عن مقتل مدني وإصابة اثنين آخرين.');
    expect(i.governorate).toBe('IQ-NI');
    expect(i.place).toMatch(/Yarmouk \(Mosul\)/);
    const e = onlyIncident('en', 'A car bomb exploded in the Yarmouk district of Mosul on Monday, killing three civilians.');
    expect(e.governorate).toBe('IQ-NI');
  });

  it('keeps Baghdad Yarmouk in Baghdad', () => {
    const e = onlyIncident('en', 'A car bomb exploded in the Yarmouk district of Baghdad on Monday, killing three civilians.');
    expect(e.governorate).toBe('IQ-BG');
    expect(e.place).toMatch(/^Yarmouk, /);
    const a = onlyIncident('ar', 'انفجرت عبوة ناسفة في حي اليرموك غربي بغداد صباح اليوم، ما أسفر عن مقتل مدني وإصابة اثنين آخرين.');
    expect(a.governorate).toBe('IQ-BG');
  });

  it('settles al-Askari by the city the article names', () => {
    const fallujah = onlyIncident('en', 'Gunmen killed a police officer in the al-Askari quarter of Fallujah on Tuesday.');
    expect(fallujah.governorate).toBe('IQ-AN');
    expect(fallujah.place).toMatch(/Askari/);
    const kirkuk = onlyIncident('en', 'A roadside bomb wounded two soldiers in the Askari neighbourhood of Kirkuk on Friday.');
    expect(kirkuk.governorate).toBe('IQ-KI');
    const tuz = onlyIncident('ar', 'اغتال مسلحون مجهولون ضابطا في حي العسكري بقضاء طوزخورماتو مساء أمس.');
    expect(tuz.governorate).toBe('IQ-SD');
    expect(tuz.place).toMatch(/Askari/);
  });

  it('settles حي الجزائر between Diwaniyah and Basra', () => {
    const diwaniyah = onlyIncident('ar', 'قتل مسلحون مجهولون شابا في حي الجزائر في الديوانية مساء أمس.');
    expect(diwaniyah.governorate).toBe('IQ-QA');
    expect(diwaniyah.place).toMatch(/Jazair/);
    const basra = onlyIncident('ar', 'قتل مسلحون مجهولون شابا بإطلاق نار في حي الجزائر وسط البصرة مساء أمس.');
    expect(basra.governorate).toBe('IQ-BA');
    expect(basra.place).toMatch(/Jazair/);
  });

  it('reads "al-Tamim district of Ramadi" as the Ramadi quarter', () => {
    const i = onlyIncident('en', 'Gunmen killed two men in al-Tamim district of Ramadi on Sunday.');
    expect(i.governorate).toBe('IQ-AN');
    expect(i.place).toMatch(/Tamim/);
  });
});

describe('city quarters outside Baghdad: common words are not places', () => {
  it('does not read Algeria (الجزائر) in a diplomacy sentence as a quarter', () => {
    expect(mentionIds('ar', 'استقبل وزير الخارجية العراقي نظيره القادم من الجزائر وبحث معه العلاقات الثنائية.')).toEqual([]);
  });

  it('does not read العسكري / الصناعة / الشهداء / مدينة القدس as quarters', () => {
    expect(mentionIds('ar', 'أكد المتحدث العسكري أن وزارة الصناعة ستدعم عوائل الشهداء في مدينة القدس.')).toEqual([]);
  });

  it('does not read Imam al-Askari or the Askari shrine as the Fallujah quarter', () => {
    const ids = mentionIds('en', 'Pilgrims marked the anniversary of Imam Hassan al-Askari at the Askari shrine.');
    expect(ids).toEqual(['facility:askari-shrine']);
  });

  it('does not read bare English Malta, Nablus or Quds as quarters', () => {
    expect(mentionIds('en', 'The minister flew to Malta and then met officials from Nablus about the Quds Force.')).toEqual([]);
  });
});
