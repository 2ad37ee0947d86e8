import { describe, expect, it } from 'vitest';
import { findPlaceMentions, type PlaceMention } from '@/lib/gazetteer';
import { normaliseArabic } from '@/lib/text/arabic';

function ar(text: string): PlaceMention[] {
  return findPlaceMentions(normaliseArabic(text), 'ar');
}
function en(text: string): PlaceMention[] {
  return findPlaceMentions(text, 'en');
}
/** id of the best candidate of each mention */
function ids(ms: PlaceMention[]): string[] {
  return ms.map((m) => m.candidates[0]!.id);
}
function allIds(ms: PlaceMention[]): string[] {
  return ms.flatMap((m) => m.candidates.map((c) => c.id));
}

describe('Arabic matching', () => {
  it('strips attached conjunctions and prepositions', () => {
    expect(ids(ar('وقع الهجوم وبالموصل'))).toEqual(['d:IQG15Q05']);
    expect(ids(ar('تعزيزات لديالى'))).toEqual(['gov:IQ-DI']);
    expect(ids(ar('ثم انتقلوا فالرمادي'))).toEqual(['d:IQG01Q03']);
    expect(ids(ar('وصل للموصل'))).toEqual(['d:IQG15Q05']); // ل + الموصل, alef dropped
    expect(ids(ar('والبصرة وكربلاء'))[0]).toBe('gov:IQ-BA');
    expect(ids(ar('هجوم بكركوك'))[0]).toBe('gov:IQ-KI');
  });

  it('reports offsets into the normalised text, after the clitic', () => {
    const text = normaliseArabic('انفجار وبالموصل اليوم');
    const [m] = findPlaceMentions(text, 'ar');
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe(m!.surface);
    expect(m!.surface).toBe('الموصل');
  });

  it('is idempotent on already-normalised text and tolerates diacritics and spelling variants', () => {
    expect(ids(ar('قصف في المَوْصِل'))).toEqual(['d:IQG15Q05']);
    expect(ids(ar('في ديالي'))).toEqual(['gov:IQ-DI']); // ديالى / ديالي
    expect(ids(ar('في اربيل'))).toEqual(['gov:IQ-AR']); // أربيل without hamza
    expect(ids(ar('مدينة السليمانيه'))).toEqual(['gov:IQ-SU']); // ة / ه
  });

  it('handles Arabic-Indic digits around names', () => {
    const text = normaliseArabic('مقتل ٣ وإصابة ١٢ في تلعفر يوم ٥ آذار');
    const ms = findPlaceMentions(text, 'ar');
    expect(ids(ms)).toEqual(['d:IQG15Q08']);
    expect(text.slice(ms[0]!.start, ms[0]!.end)).toBe('تلعفر');
  });

  it('prefers the longest name', () => {
    expect(ids(ar('سقط صاروخ قرب مطار بغداد الدولي'))).toEqual(['airport:baghdad']);
    expect(ids(ar('في منطقة بغداد الجديدة'))).toEqual(['sd:IQG08Q06N02']);
    expect(ids(ar('قرب سد الموصل'))).toEqual(['feature:mosul-dam']);
    expect(ids(ar('في المنطقة الخضراء'))).toEqual(['nb:green-zone']);
    expect(ids(ar('في قضاء طوز خورماتو'))).toEqual(['d:IQG16Q07']);
  });

  it('matches whole tokens only', () => {
    expect(ar('قال المندلاوي')).toEqual([]); // a surname, not Mandali
    expect(ar('الكركوكيون')).toEqual([]);
    expect(ar('الموصلي')).toEqual([]);
  });

  it('needs a cue word before ordinary-word names', () => {
    expect(ar('انهارت العمارة السكنية')).toEqual([]);
    expect(ids(ar('انفجار في العمارة'))).toEqual(['d:IQG14Q01']);
    expect(ar('بائع البياع المتجول')).toEqual([]);
    expect(ids(ar('في منطقة البياع'))).toEqual(['nb:bayaa']);
  });

  it('accepts very common words only after an administrative noun', () => {
    expect(ar('السلام عليكم ووقع في المدينة حادث')).toEqual([]);
    expect(ar('لعب دورا في الدور الثاني')).toEqual([]);
    expect(ids(ar('هجوم على ناحية السلام'))).toEqual(['sd:IQG14Q04N01']);
    expect(ids(ar('في قضاء المدينة شمال البصرة'))).toEqual(['d:IQG02Q04', 'gov:IQ-BA']);
    expect(ids(ar('في قضاء الدور'))).toEqual(['d:IQG16Q01']);
    expect(ids(ar('قصف في حي الحرية'))[0]).toMatch(/^(nb:hurriya|sd:IQG04Q01N01)$/);
  });

  it('returns every homonym, most prominent first', () => {
    const [m] = ar('في العامرية');
    expect(m!.candidates.map((c) => c.gov).sort()).toEqual(['IQ-AN', 'IQ-BG']);
    const ranks = m!.candidates.map((c) => c.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    // the governorate outranks its capital's district
    expect(allIds(ar('في كركوك'))).toEqual(['gov:IQ-KI', 'd:IQG13Q04']);
  });

  it('finds several places in one sentence, in order', () => {
    const ms = ar('اشتباكات بين الرمادي والفلوجة وفي هيت');
    expect(ids(ms)).toEqual(['d:IQG01Q03', 'd:IQG01Q01', 'd:IQG01Q07']);
    expect(ms.map((m) => m.start)).toEqual([...ms.map((m) => m.start)].sort((a, b) => a - b));
  });
});

describe('English matching', () => {
  it('is case-insensitive for distinctive names and tolerates romanisation variants', () => {
    expect(ids(en('in MOSUL and in mosul'))).toEqual(['d:IQG15Q05', 'd:IQG15Q05']);
    expect(ids(en('Tal Afar, Tel Afar, Tall Afar and Telafar'))).toEqual(Array(4).fill('d:IQG15Q08'));
    expect(ids(en('Makhmour or Makhmur'))).toEqual(['d:IQG11Q04', 'd:IQG11Q04']);
    expect(ids(en('Samarra, Samarrah'))).toEqual(['d:IQG16Q05', 'd:IQG16Q05']);
    expect(ids(en('Kadhimiya, Kazimiyah'))).toEqual(['d:IQG08Q02', 'd:IQG08Q02']);
    expect(ids(en('Salahuddin, Saladin, Salah ad-Din'))).toEqual(Array(3).fill('gov:IQ-SD'));
  });

  it('handles the article: al-, Al , el- and the sun-letter forms, or none', () => {
    expect(ids(en('in al-Qaim, Al Qaim, el-Qaim and Qaim'))).toEqual(Array(4).fill('d:IQG01Q02'));
    expect(ids(en('clashes in Ar-Ramadi'))).toEqual(['d:IQG01Q03']);
    expect(ids(en('the As-Samawah road'))).toEqual(['d:IQG03Q04']);
  });

  it('prefers the longest name', () => {
    expect(ids(en('rockets hit Baghdad International Airport'))).toEqual(['airport:baghdad']);
    expect(ids(en('near the Mosul dam'))).toEqual(['feature:mosul-dam']);
    expect(ids(en('in New Baghdad'))).toEqual(['sd:IQG08Q06N02']);
  });

  it('reads an ordinary-word name only when it is clearly a place', () => {
    expect(en('A roadside bomb hit a convoy.')).toEqual([]);
    expect(en('Hit was retaken in 2016.')).toEqual([]); // sentence start
    expect(en('Rockets Hit Base')).toEqual([]); // Title Case headline
    expect(ids(en('fighting in Hit killed two'))).toEqual(['d:IQG01Q07']);
    expect(ids(en('between Ramadi and Hit'))).toEqual(['d:IQG01Q03', 'd:IQG01Q07']);
    expect(en('Hitler')).toEqual([]);
  });

  it('reads personal-name places only after a place preposition or before a place noun', () => {
    expect(en('Crown Prince Mohammed bin Salman met officials.')).toEqual([]);
    expect(ids(en('a patrol in Salman'))).toEqual(['d:IQG03Q03']);
    expect(ids(en('the Al-Salman district'))).toEqual(['d:IQG03Q03']);
    expect(en('Abu Bakr al-Baghdadi')).toEqual([]);
  });

  it('reports offsets into the text as given', () => {
    const text = 'Two killed in Tuz Khurmatu on Monday';
    const [m] = en(text);
    expect(text.slice(m!.start, m!.end)).toBe('Tuz Khurmatu');
    expect(m!.surface).toBe('Tuz Khurmatu');
  });

  it("ignores a possessive 's", () => {
    expect(ids(en("Karbala's shrine"))).toEqual(['gov:IQ-KA']);
    expect(ids(en('Kirkuk’s governor'))).toEqual(['gov:IQ-KI']);
  });
});

describe('matching speed (bench-style figure, not asserted)', () => {
  it('matches a 1 MB text', () => {
    const arSentence = normaliseArabic(
      'أفادت مصادر أمنية بسقوط صاروخين قرب مطار بغداد الدولي وانفجار عبوة ناسفة في قضاء الطارمية شمالي العاصمة، فيما شهدت ناحية جلولاء وبالموصل ولديالى اشتباكات متقطعة. ',
    );
    const enSentence =
      'Security sources said two rockets hit near Baghdad International Airport while a roadside bomb exploded in Tarmiyah, north of the capital, and clashes continued in Jalawla and Mosul. ';
    for (const [lang, sentence] of [['ar', arSentence], ['en', enSentence]] as const) {
      const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
      findPlaceMentions(sentence, lang); // build the index outside the timing
      const times: number[] = [];
      let found = 0;
      for (let run = 0; run < 2; run++) {
        const t0 = performance.now();
        found = findPlaceMentions(text, lang).length;
        times.push(performance.now() - t0);
      }
      console.log(
        `[bench] findPlaceMentions ${lang}: ${(text.length / 1e6).toFixed(2)} M chars, ${found} mentions, ` +
          `first run ${times[0]!.toFixed(0)} ms, second run ${times[1]!.toFixed(0)} ms`,
      );
      expect(found).toBeGreaterThan(1000);
    }
  });
});
