/**
 * Acceptance on the article the project started from: seed-001 of the dev corpus must
 * yield exactly its three gold incidents (type, governorate, date). The corpus is read
 * from ../shared and never copied; without it the test is skipped with a notice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/codebook';
import { extractArticle } from '@/lib/extract';

const DEV = fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url));
const ARTICLE = `${DEV}articles/seed-001.json`;
const GOLD = `${DEV}gold/seed-001.json`;
const present = existsSync(ARTICLE) && existsSync(GOLD);
if (!present) console.warn(`[extract-seed] SKIPPED: ${ARTICLE} not found (the shared dev corpus is absent)`);

interface GoldIncident {
  type: string;
  governorate: string | null;
  date: string | null;
  date_precision: string | null;
}

function dayDiff(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

describe.skipIf(!present)('seed-001 (shared dev corpus)', () => {
  it('yields exactly its three gold incidents', () => {
    const article = JSON.parse(readFileSync(ARTICLE, 'utf8')) as Article;
    const gold = (JSON.parse(readFileSync(GOLD, 'utf8')) as { incidents: GoldIncident[] }).incidents;
    const { published, incidents } = extractArticle(article);
    expect(published).toBe(article.published);
    expect(incidents).toHaveLength(gold.length);
    const key = (i: { type: string; governorate: string | null }) => `${i.type}@${i.governorate}`;
    expect(incidents.map(key).sort()).toEqual(gold.map(key).sort());
    for (const g of gold) {
      const p = incidents.find((i) => key(i) === key(g))!;
      const window = g.date_precision === 'day' ? 1 : g.date_precision === 'week' ? 7 : 31;
      expect(p.date, key(g)).not.toBeNull();
      expect(dayDiff(p.date!, g.date!), key(g)).toBeLessThanOrEqual(window);
    }
  });
  it('does not code the 2020 Soleimani killing (background)', () => {
    const article = JSON.parse(readFileSync(ARTICLE, 'utf8')) as Article;
    const { incidents } = extractArticle(article);
    expect(incidents.every((i) => i.date === null || i.date >= '2021-12-01')).toBe(true);
  });
});
