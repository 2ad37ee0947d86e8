/**
 * The demo corpus (data/demo) seeds the dashboard on first start and doubles as a
 * small scored corpus for `npm run eval -- data/demo`. These tests keep its files
 * well-formed and its coverage (types, governorates, months, actors) at the level the
 * demo promises, and check that the real extraction engine finds that coverage too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INCIDENT_TYPES, type Article } from '@/lib/codebook';
import { goldFileSchema } from '@/lib/eval/gold-schema';
import { extractArticle } from '@/lib/extract';
import { governorateOf } from '@/lib/geo';
import { isMostlyArabic } from '@/lib/text/arabic';

const DEMO = join(process.cwd(), 'data', 'demo');

const articleSchema = z
  .object({
    id: z.string().regex(/^demo-(ar|en)-\d{2}$/),
    lang: z.enum(['ar', 'en']),
    url: z.string().regex(/^https:\/\/example\.org\/demo\/[a-z0-9-]+$/),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    title: z.string().min(10),
    text: z.string().min(200),
  })
  .strict();
type DemoArticle = z.infer<typeof articleSchema>;
type DemoGold = z.infer<typeof goldFileSchema>;

function readJsonDir(dir: string): Map<string, unknown> {
  const files = readdirSync(join(DEMO, dir)).filter((f) => f.endsWith('.json')).sort();
  return new Map(files.map((f) => [basename(f, '.json'), JSON.parse(readFileSync(join(DEMO, dir, f), 'utf8')) as unknown]));
}

const rawArticles = readJsonDir('articles');
const rawGold = readJsonDir('gold');
const articles = [...rawArticles.values()].map((a) => articleSchema.parse(a));
const gold = [...rawGold.values()].map((g) => goldFileSchema.parse(g));
const goldById = new Map<string, DemoGold>(gold.map((g) => [g.id, g]));
const incidents = gold.flatMap((g) => g.incidents.map((i) => ({ ...i, articleId: g.id })));

function dayDiff(later: string, earlier: string): number {
  return (Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000;
}

/**
 * Natural Earth's Baghdad polygon covers little more than the city, so real Baghdad
 * towns on the governorate's rim fall outside it (see data/boundaries/README.md).
 */
const OUTSIDE_GENERALISED_BOUNDARY = new Set(['demo-ar-02|market, Tarmiyah', 'demo-ar-02|police checkpoint, Abu Ghraib']);

describe('demo corpus files', () => {
  it('has one gold file per article, named by the id inside', () => {
    expect([...rawArticles.keys()]).toEqual([...rawGold.keys()]);
    for (const [file, a] of rawArticles) expect((a as DemoArticle).id).toBe(file);
    for (const [file, g] of rawGold) expect((g as DemoGold).id).toBe(file);
  });

  it('articles are dated 2022–2025, in the language they claim, and open with their headline', () => {
    for (const a of articles) {
      expect(a.published >= '2022-01-01' && a.published <= '2025-12-31', a.id).toBe(true);
      expect(isMostlyArabic(a.text) ? 'ar' : 'en', a.id).toBe(a.lang);
      expect(a.id.startsWith(`demo-${a.lang}-`), a.id).toBe(true);
      expect(a.text.split('\n')[0], a.id).toBe(a.title);
      expect(a.url, a.id).toBe(`https://example.org/demo/${a.id}`);
    }
  });

  it('gold incidents are dated within 30 days before publication, with a precision', () => {
    for (const i of incidents) {
      const published = articles.find((a) => a.id === i.articleId)!.published;
      expect(i.date, i.articleId).not.toBeNull();
      const back = dayDiff(published, i.date!);
      expect(back >= 0 && back <= 30, `${i.articleId} ${i.date}`).toBe(true);
      expect(i.date_precision, i.articleId).not.toBeNull();
    }
  });

  it('gold evidence is quoted verbatim from its article', () => {
    for (const i of incidents) {
      const article = articles.find((a) => a.id === i.articleId)!;
      expect(i.evidence, i.articleId).toBeTruthy();
      expect(article.text.includes(i.evidence!), `${i.articleId}: ${i.evidence!.slice(0, 60)}`).toBe(true);
    }
  });

  it('gold coordinates lie in the coded governorate', () => {
    for (const i of incidents) {
      expect(i.governorate, i.articleId).not.toBeNull();
      expect(i.lat !== null && i.lon !== null, `${i.articleId} ${i.place}`).toBe(true);
      if (OUTSIDE_GENERALISED_BOUNDARY.has(`${i.articleId}|${i.place}`)) continue;
      expect(governorateOf(i.lat!, i.lon!), `${i.articleId} ${i.place}`).toBe(i.governorate);
    }
  });

  it('every actor entry is unique per incident, and perpetrators are never also "civilians"', () => {
    for (const i of incidents) {
      const keys = i.actors.map((a) => `${a.id}:${a.role}`);
      expect(new Set(keys).size, i.articleId).toBe(keys.length);
      expect(keys, i.articleId).not.toContain('civilians:perpetrator');
    }
  });
});

describe('demo corpus coverage (gold)', () => {
  const perpetratorsAndTargets = new Set(incidents.flatMap((i) => i.actors.map((a) => a.id)));

  it('is big and varied enough for the demo', () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
    expect(incidents.length).toBeGreaterThanOrEqual(60);
    expect(new Set(incidents.map((i) => i.governorate)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(incidents.map((i) => i.date!.slice(0, 7))).size).toBeGreaterThanOrEqual(12);
    expect(new Set(incidents.map((i) => i.type))).toEqual(new Set(INCIDENT_TYPES));
    expect(perpetratorsAndTargets.size).toBeGreaterThanOrEqual(5);
  });

  it('is roughly half Arabic, half English, and includes articles with no incident', () => {
    const arabic = articles.filter((a) => a.lang === 'ar').length;
    expect(Math.abs(arabic - (articles.length - arabic))).toBeLessThanOrEqual(4);
    const empty = articles.filter((a) => goldById.get(a.id)!.incidents.length === 0);
    expect(empty.length).toBeGreaterThanOrEqual(3);
  });

  it('README states the real counts', () => {
    const readme = readFileSync(join(DEMO, 'README.md'), 'utf8');
    expect(readme).toContain(`${articles.length} articles`);
    expect(readme).toContain(`${incidents.length} gold incidents`);
  });
});

describe('demo corpus through the extraction engine', () => {
  // Depends on lib/extract: fails while the engine is a stub that finds nothing.
  const extracted = articles.flatMap((a) => extractArticle(a as Article).incidents);

  it('yields at least 60 incidents over at least 12 governorates and all 7 types', () => {
    expect(extracted.length).toBeGreaterThanOrEqual(60);
    expect(new Set(extracted.map((i) => i.governorate).filter((g) => g !== null)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(extracted.map((i) => i.type))).toEqual(new Set(INCIDENT_TYPES));
  });

  it('finds nothing in the articles whose gold has no incident', () => {
    for (const a of articles.filter((x) => goldById.get(x.id)!.incidents.length === 0)) {
      expect(extractArticle(a as Article).incidents, a.id).toEqual([]);
    }
  });
});
