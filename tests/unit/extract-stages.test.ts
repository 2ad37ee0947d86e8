/**
 * The extraction pipeline stage by stage: cleaning, sentence splitting, normalisation,
 * triggers and type precedence. All sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '@/lib/extract/stages/clean';
import { splitSentences } from '@/lib/extract/stages/sentences';
import { normaliseFor } from '@/lib/extract/stages/normalise';
import { findTriggers } from '@/lib/extract/stages/triggers';
import { lexicon } from '@/lib/extract/lexicon';
import { extractArticle } from '@/lib/extract';
import type { Article } from '@/lib/codebook';

function pieces(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}
function en(text: string, published = '2023-05-10'): Article {
  return { lang: 'en', url: null, published, title: '', text };
}
function ar(text: string, published = '2023-05-10'): Article {
  return { lang: 'ar', url: null, published, title: '', text };
}
function types(a: Article): string[] {
  return extractArticle(a).incidents.map((i) => i.type);
}

describe('clean', () => {
  it('drops scripts, styles and tags and decodes entities', () => {
    const out = cleanText('<p>Two &amp; three</p><script>var bomb = 1;</script><style>.x{}</style><b>Mosul</b>');
    expect(out).not.toContain('<');
    expect(out).not.toContain('var bomb');
    expect(out).toContain('Two & three');
    expect(out).toContain('Mosul');
  });
  it('returns empty text for non-strings', () => {
    expect(cleanText(undefined)).toBe('');
    expect(cleanText(42)).toBe('');
  });
});

describe('sentences', () => {
  it('does not split after abbreviations or inside numbers', () => {
    const s = pieces('Mr. Smith met U.S. officials at 1.30 pm. About 3.500 fighters remain. Gen. Ali left.');
    expect(s).toEqual(['Mr. Smith met U.S. officials at 1.30 pm.', 'About 3.500 fighters remain.', 'Gen. Ali left.']);
  });
  it('splits Arabic on ؟ ؛ and full stops but keeps a «quote» whole', () => {
    const s = pieces('قال المصدر «سقطت قذيفة. ولم يصب أحد» في الموقع. هل انتهى الأمر؟ نعم؛ انتهى');
    expect(s).toEqual(['قال المصدر «سقطت قذيفة. ولم يصب أحد» في الموقع.', 'هل انتهى الأمر؟', 'نعم؛', 'انتهى']);
  });
  it('splits on newlines', () => {
    expect(pieces('Headline here\nBody text follows')).toEqual(['Headline here', 'Body text follows']);
  });
});

describe('normalise', () => {
  it('folds Arabic spelling variants so one lexicon spelling matches', () => {
    expect(normaliseFor('ar', 'طائرةٌ مُسيّرة على ديالى')).toBe('طايره مسيره علي ديالي');
  });
  it('unifies English quotes and dashes', () => {
    expect(normaliseFor('en', 'Kata’ib — “Hezbollah”')).toBe(`Kata'ib - "Hezbollah"`);
  });
});

describe('triggers', () => {
  const arLex = lexicon('ar');
  const enLex = lexicon('en');
  const found = (lang: 'ar' | 'en', s: string) =>
    findTriggers(lang === 'ar' ? arLex : enLex, normaliseFor(lang, s)).map((t) => `${t.type}${t.strong ? '' : '?'}`);

  it('tolerates Arabic clitics and suffixes', () => {
    expect(found('ar', 'وبطائرتين مسيرتين')).toContain('drone_attack');
    expect(found('ar', 'فالعبوتين الناسفتين')).toContain('bombing');
    expect(found('ar', 'واختطفوا الراعي')).toContain('kidnapping');
  });
  it('prefers the longer, stronger phrase over a generic word inside it', () => {
    expect(found('ar', 'هجوم صاروخي')).toEqual(['rocket_attack']);
    expect(found('en', 'a drone strike')).toEqual(['drone_attack']);
  });
  it('ignores drones used as a tool, not a weapon', () => {
    expect(found('en', 'Police began using drones to monitor the clash')).not.toContain('drone_attack');
  });
});

describe('type precedence (codebook §2)', () => {
  it('drone plus rockets on one site is one drone attack', () => {
    expect(types(en('Drones and rockets struck a base near Kirkuk on Monday, wounding two soldiers.'))).toEqual(['drone_attack']);
  });
  it('a gun-and-bomb assault on one checkpoint is one bombing', () => {
    expect(types(en('Gunmen and a suicide bomber attacked a checkpoint in Mosul on Monday, killing four policemen.'))).toEqual(['bombing']);
  });
  it('missiles fired from a jet are an airstrike', () => {
    expect(types(en('Turkish jets fired missiles at a vehicle near Zakho on Monday, killing two men.'))).toEqual(['airstrike']);
  });
  it('an assassination of a named official is a killing; a clash with many hurt is an armed attack', () => {
    expect(types(en('Gunmen assassinated a local judge in Basra on Monday.'))).toEqual(['killing']);
    expect(types(en('Gunmen opened fire on a crowd in Basra on Monday, killing two people and wounding nine.'))).toEqual(['armed_attack']);
  });
  it('an assassination attempt the target survives is an armed attack', () => {
    expect(types(en('Gunmen opened fire on a police colonel in Kirkuk on Monday; he survived with wounds, and one guard was wounded.'))).toEqual(['armed_attack']);
  });
  it('kidnapped, then killed: two incidents', () => {
    const t = types(ar('اختطف مسلحون مجهولون مزارعا في بعقوبة يوم الأحد، ثم عثر على جثته يوم الاثنين قرب بعقوبة.', '2023-05-10'));
    expect(t.sort()).toEqual(['kidnapping', 'killing']);
  });
});
