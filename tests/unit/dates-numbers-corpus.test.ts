/**
 * Checks the date and number readers against the dev corpus in ../shared (real articles
 * with gold incidents). The corpus is not part of the repo: without it these tests skip
 * and say so.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { daysBetween, findDateMentions, findPublicationDate } from '@/lib/extract/dates';
import { findCasualtyCounts } from '@/lib/extract/numbers';
import { normaliseArabic } from '@/lib/text/arabic';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repo, '../shared/corpus/dev');
const present = existsSync(path.join(corpus, 'articles')) && existsSync(path.join(corpus, 'gold'));
if (!present) console.warn(`[dates-numbers-corpus] SKIPPED: dev corpus not found at ${corpus}`);

type Count = number | null | [number, number];
interface GoldIncident { date: string | null; date_precision: string | null; killed: Count; injured: Count; kidnapped: Count; evidence?: string }
interface Article { id: string; lang: 'ar' | 'en'; published: string | null; text: string }

function load(): { article: Article; incidents: GoldIncident[] }[] {
  return readdirSync(path.join(corpus, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      article: JSON.parse(readFileSync(path.join(corpus, 'articles', f), 'utf8')) as Article,
      incidents: (JSON.parse(readFileSync(path.join(corpus, 'gold', f), 'utf8')) as { incidents: GoldIncident[] }).incidents,
    }));
}

const inRange = (gold: Count, v: number | null) => (Array.isArray(gold) ? v !== null && v >= gold[0] && v <= gold[1] : gold === v);

describe.skipIf(!present)('dev corpus', () => {
  const docs = present ? load() : [];

  it('publication dates printed in article headers are read correctly, never wrongly', () => {
    let found = 0;
    const wrong: string[] = [];
    for (const { article } of docs) {
      const d = findPublicationDate(article.text);
      if (d === null) continue;
      found++;
      if (d !== article.published) wrong.push(`${article.id}: ${d} ≠ ${article.published}`);
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThanOrEqual(Math.floor(docs.length * 0.45));
  });

  it('the evidence of most day-dated gold incidents holds a date mention within ±1 day', () => {
    let total = 0;
    let hit = 0;
    for (const { article, incidents } of docs) {
      for (const inc of incidents) {
        if (!inc.evidence || !inc.date || inc.date_precision !== 'day' || !article.published) continue;
        const text = article.lang === 'ar' ? normaliseArabic(inc.evidence) : inc.evidence;
        const ms = findDateMentions(text, article.lang, article.published);
        total++;
        if (ms.some((m) => Math.abs(daysBetween(m.date, inc.date as string)) <= 1)) hit++;
      }
    }
    expect(total).toBeGreaterThan(20);
    expect(hit / total).toBeGreaterThanOrEqual(0.7);
  });

  it('casualty counts read from gold evidence sentences mostly equal the gold counts', () => {
    let total = 0;
    let right = 0;
    for (const { article, incidents } of docs) {
      for (const inc of incidents) {
        if (!inc.evidence) continue;
        const text = article.lang === 'ar' ? normaliseArabic(inc.evidence) : inc.evidence;
        const got: Record<'killed' | 'injured' | 'kidnapped', number | null> = { killed: null, injured: null, kidnapped: null };
        for (const sentence of text.split(/(?<=[.!?؟])\s+|\n+/)) {
          const r = findCasualtyCounts(sentence, article.lang);
          for (const f of ['killed', 'injured', 'kidnapped'] as const) if (got[f] === null) got[f] = r[f];
        }
        total++;
        if (inRange(inc.killed, got.killed) && inRange(inc.injured, got.injured) && inRange(inc.kidnapped, got.kidnapped)) right++;
      }
    }
    expect(total).toBeGreaterThan(40);
    expect(right / total).toBeGreaterThanOrEqual(0.75);
  });
});
