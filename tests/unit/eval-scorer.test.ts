import { describe, expect, it } from 'vitest';
import type { Incident } from '@/lib/codebook';
import type { GoldIncident } from '@/lib/eval/gold-schema';
import { checkAcceptance } from '@/lib/eval/acceptance';
import { countCorrect, dateCorrect, haversineKm } from '@/lib/eval/field-checks';
import { pairIncidents } from '@/lib/eval/pairing';
import { formatDetail } from '@/lib/eval/report-detail';
import { formatReport } from '@/lib/eval/report-table';
import { median, scoreCorpus, type ArticleScoreInput } from '@/lib/eval/score-corpus';

function pred(p: Partial<Incident> & Pick<Incident, 'type'>): Incident {
  return {
    date: '2022-01-10',
    date_precision: 'day',
    governorate: 'IQ-BG',
    place: null,
    lat: null,
    lon: null,
    actors: [],
    killed: null,
    injured: null,
    kidnapped: null,
    evidence: 'e',
    ...p,
  };
}
function gold(g: Partial<GoldIncident> & Pick<GoldIncident, 'type'>): GoldIncident {
  return { ...pred({ type: g.type }), ...g } as GoldIncident;
}
const article = (id: string, g: GoldIncident[], p: Incident[], lang: 'ar' | 'en' = 'en'): ArticleScoreInput => ({ id, lang, gold: g, predicted: p });

describe('pairing', () => {
  it('prefers the same type over the same governorate', () => {
    const g = [gold({ type: 'bombing', governorate: 'IQ-BG' })];
    const p = [pred({ type: 'killing', governorate: 'IQ-BG' }), pred({ type: 'bombing', governorate: 'IQ-DI' })];
    const pairs = pairIncidents(g, p);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ goldIndex: 0, predIndex: 1, strict: false, lenient: false });
  });

  it('among same type, prefers the same governorate, then the closest date', () => {
    const g = [gold({ type: 'drone_attack', governorate: 'IQ-AN', date: '2022-01-10' })];
    const p = [
      pred({ type: 'drone_attack', governorate: 'IQ-AR', date: '2022-01-10' }),
      pred({ type: 'drone_attack', governorate: 'IQ-AN', date: '2022-01-01' }),
      pred({ type: 'drone_attack', governorate: 'IQ-AN', date: '2022-01-09' }),
    ];
    expect(pairIncidents(g, p)[0]).toMatchObject({ predIndex: 2, strict: true });
  });

  it('is one to one and greedy: the best pair is taken first', () => {
    const g = [
      gold({ type: 'rocket_attack', date: '2022-01-05' }),
      gold({ type: 'rocket_attack', date: '2022-01-10' }),
    ];
    // pred 0 is closest to gold 1 (0 days) – that pair is taken first, so gold 0 gets pred 1.
    const p = [pred({ type: 'rocket_attack', date: '2022-01-10' }), pred({ type: 'rocket_attack', date: '2022-01-20' })];
    const pairs = pairIncidents(g, p);
    expect(pairs.map((x) => [x.goldIndex, x.predIndex])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('breaks a tie of type, governorate and date by location, then by agreeing fields', () => {
    const g = [
      gold({ type: 'drone_attack', governorate: 'IQ-BA', lat: 30.55, lon: 47.66 }),
      gold({ type: 'drone_attack', governorate: 'IQ-BA', lat: 30.35, lon: 47.32 }),
    ];
    const p = [pred({ type: 'drone_attack', governorate: 'IQ-BA', lat: 30.36, lon: 47.3 }), pred({ type: 'drone_attack', governorate: 'IQ-BA', lat: 30.5, lon: 47.6 })];
    expect(pairIncidents(g, p).map((x) => [x.goldIndex, x.predIndex])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    const g2 = [gold({ type: 'rocket_attack', killed: 1 }), gold({ type: 'rocket_attack', killed: null, injured: 4 })];
    const p2 = [pred({ type: 'rocket_attack', injured: 4 }), pred({ type: 'rocket_attack', killed: 1 })];
    expect(pairIncidents(g2, p2).map((x) => [x.goldIndex, x.predIndex])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('treats two null governorates as the same', () => {
    const pairs = pairIncidents([gold({ type: 'kidnapping', governorate: null })], [pred({ type: 'kidnapping', governorate: null })]);
    expect(pairs[0]?.strict).toBe(true);
  });
});

describe('strict and lenient P/R/F1', () => {
  it('counts a same-family, same-governorate pair as lenient only', () => {
    const s = scoreCorpus([
      article('a', [gold({ type: 'killing' }), gold({ type: 'airstrike', governorate: 'IQ-AN' })], [
        pred({ type: 'armed_attack' }),
        pred({ type: 'drone_attack', governorate: 'IQ-AN' }),
      ]),
    ]);
    expect(s.overall.strict.matchedGold).toBe(0);
    expect(s.overall.lenient.matchedGold).toBe(2);
    expect(s.overall.lenient.f1).toBe(1);
    expect(s.overall.strict.f1).toBe(0);
  });

  it('does not count other families as lenient (bombing vs rocket_attack)', () => {
    const s = scoreCorpus([article('a', [gold({ type: 'bombing' })], [pred({ type: 'rocket_attack' })])]);
    expect(s.overall.lenient.matchedGold).toBe(0);
  });

  it('computes precision, recall and F1 over the whole corpus, hard negatives included', () => {
    const s = scoreCorpus([
      article('a', [gold({ type: 'bombing' }), gold({ type: 'kidnapping', governorate: 'IQ-DI' })], [pred({ type: 'bombing' })]),
      article('neg', [], [pred({ type: 'killing' })]),
    ]);
    expect(s.overall.strict.precision).toBeCloseTo(1 / 2);
    expect(s.overall.strict.recall).toBeCloseTo(1 / 2);
    expect(s.overall.strict.f1).toBeCloseTo(1 / 2);
    expect(s.articles[1]?.falseAlarms).toEqual([0]);
    expect(s.byType.bombing.strict.f1).toBe(1);
    expect(s.byType.kidnapping.strict.recall).toBe(0);
    expect(s.byType.killing.strict.precision).toBe(0);
  });

  it('splits figures by language', () => {
    const s = scoreCorpus([
      article('a', [gold({ type: 'bombing' })], [pred({ type: 'bombing' })], 'ar'),
      article('b', [gold({ type: 'bombing' })], [], 'en'),
    ]);
    expect(s.byLang.ar.strict.recall).toBe(1);
    expect(s.byLang.en.strict.recall).toBe(0);
    expect(s.overall.strict.recall).toBe(0.5);
  });

  it('scores an article whose extraction failed as predicting nothing', () => {
    const s = scoreCorpus([{ ...article('a', [gold({ type: 'bombing' })], [pred({ type: 'bombing' })]), error: 'boom' }]);
    expect(s.overall.strict.recall).toBe(0);
    expect(s.overall.extractionErrors).toBe(1);
  });
});

describe('field accuracy on strict pairs', () => {
  it('uses the date window of the gold precision', () => {
    expect(dateCorrect(gold({ type: 'bombing', date: '2022-01-10', date_precision: 'day' }), pred({ type: 'bombing', date: '2022-01-11' }))).toBe(true);
    expect(dateCorrect(gold({ type: 'bombing', date: '2022-01-10', date_precision: 'day' }), pred({ type: 'bombing', date: '2022-01-12' }))).toBe(false);
    expect(dateCorrect(gold({ type: 'bombing', date: '2022-01-10', date_precision: 'week' }), pred({ type: 'bombing', date: '2022-01-03' }))).toBe(true);
    expect(dateCorrect(gold({ type: 'bombing', date: '2022-01-10', date_precision: 'week' }), pred({ type: 'bombing', date: '2022-01-18' }))).toBe(false);
    expect(dateCorrect(gold({ type: 'bombing', date: '2022-01-01', date_precision: 'month' }), pred({ type: 'bombing', date: '2022-01-31' }))).toBe(true);
    expect(dateCorrect(gold({ type: 'bombing', date: '2022-01-31', date_precision: 'month' }), pred({ type: 'bombing', date: '2022-02-01' }))).toBe(false);
    expect(dateCorrect(gold({ type: 'bombing', date: '2022-01-10' }), pred({ type: 'bombing', date: null }))).toBe(false);
  });

  it('leaves pairs with a null gold date out of date accuracy', () => {
    const s = scoreCorpus([
      article('a', [gold({ type: 'bombing', date: null, date_precision: null }), gold({ type: 'killing', date: '2022-01-10' })], [
        pred({ type: 'bombing', date: '2020-05-05' }),
        pred({ type: 'killing', date: '2022-01-10' }),
      ]),
    ]);
    expect(s.overall.date).toEqual({ hits: 1, total: 1, value: 1 });
  });

  it('accepts any killed figure inside a gold range, and needs 0 for gold 0', () => {
    expect(countCorrect([1, 3], 1)).toBe(true);
    expect(countCorrect([1, 3], 3)).toBe(true);
    expect(countCorrect([1, 3], 4)).toBe(false);
    expect(countCorrect([1, 3], null)).toBe(false);
    expect(countCorrect(0, 0)).toBe(true);
    expect(countCorrect(0, null)).toBe(false);
    expect(countCorrect(null, 5)).toBeNull();
  });

  it('scores perpetrator sets and false attribution on separate pairs', () => {
    const isis = { id: 'isis' as const, role: 'perpetrator' as const };
    const pmf = { id: 'pmf' as const, role: 'perpetrator' as const };
    const isfTarget = { id: 'isf' as const, role: 'target' as const };
    const s = scoreCorpus([
      article(
        'a',
        [
          gold({ type: 'bombing', actors: [isis, isfTarget] }),
          gold({ type: 'kidnapping', actors: [isis] }),
          gold({ type: 'drone_attack', actors: [isfTarget] }),
          gold({ type: 'killing', actors: [] }),
        ],
        [
          pred({ type: 'bombing', actors: [isis] }), // right: targets do not count
          pred({ type: 'kidnapping', actors: [isis, pmf] }), // wrong: extra perpetrator
          pred({ type: 'drone_attack', actors: [pmf] }), // false attribution
          pred({ type: 'killing', actors: [isfTarget] }), // no attribution
        ],
      ),
    ]);
    expect(s.overall.perpetrator).toEqual({ hits: 1, total: 2, value: 0.5 });
    expect(s.overall.falseAttributionWhereGoldNamesNone).toEqual({ hits: 1, total: 2, value: 0.5 });
    expect(s.overall.falseAttribution).toEqual({ hits: 1, total: 4, value: 0.25 });
  });

  it('does not score fields of pairs that are not strict matches', () => {
    const s = scoreCorpus([article('a', [gold({ type: 'killing', killed: 2 })], [pred({ type: 'armed_attack', killed: 2 })])]);
    expect(s.overall.killed.total).toBe(0);
  });

  it('measures location only where both sides have coordinates', () => {
    const s = scoreCorpus([
      article(
        'a',
        [gold({ type: 'bombing', lat: 33.3, lon: 44.4 }), gold({ type: 'rocket_attack', lat: 33.3, lon: 44.4 }), gold({ type: 'killing' })],
        [pred({ type: 'bombing', lat: 33.35, lon: 44.4 }), pred({ type: 'rocket_attack', lat: 36.19, lon: 44.01 }), pred({ type: 'killing', lat: 33, lon: 44 })],
      ),
    ]);
    expect(s.overall.location.within25km).toMatchObject({ hits: 1, total: 2 });
    expect(s.overall.location.medianKm).toBeGreaterThan(150);
    expect(haversineKm(33.3, 44.4, 36.19, 44.01)).toBeGreaterThan(300);
    expect(haversineKm(33.3, 44.4, 36.19, 44.01)).toBeLessThan(330);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});

describe('reports', () => {
  it('shows misses, false alarms and wrong fields in the detail, and the tables', () => {
    const s = scoreCorpus([
      article('art-1', [gold({ type: 'bombing', killed: 3 }), gold({ type: 'kidnapping' })], [pred({ type: 'bombing', killed: 2 }), pred({ type: 'airstrike', evidence: 'planes struck' })]),
    ]);
    const detail = formatDetail(s.articles);
    expect(detail).toMatch(/art-1/);
    expect(detail).toMatch(/MISS\s+kidnapping IQ-BG/);
    expect(detail).toMatch(/FALSE\s+airstrike IQ-BG.*planes struck/);
    expect(detail).toMatch(/killed 2 vs gold 3/);
    const table = formatReport(s);
    expect(table).toMatch(/overall\s+2\s+2/);
    expect(table).toMatch(/kidnapping/);
  });

  it('fails acceptance when nothing is predicted', () => {
    const s = scoreCorpus([article('a', [gold({ type: 'bombing' })], [])]);
    expect(checkAcceptance(s.overall).every((c) => !c.pass)).toBe(true);
  });
});
