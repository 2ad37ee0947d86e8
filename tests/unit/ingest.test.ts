import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article, Incident } from '@/lib/codebook';
import { getIncident, incidentsOfArticle, listIncidents, EMPTY_FILTER } from '@/db/queries';
import { collectArticleFiles, ingestArticle, ingestPaths, type Extractor } from '@/db/ingest';
import { contentHash } from '@/db/store-article';
import { createTempDatabase, type TempDatabase } from '@/db/testing/fixture';

const temps: TempDatabase[] = [];
const temp = () => {
  const t = createTempDatabase('ingest-test-');
  temps.push(t);
  return t;
};
afterEach(() => {
  for (const t of temps.splice(0)) t.cleanup();
});

const rowCounts = (t: TempDatabase) =>
  Object.fromEntries(
    ['articles', 'incidents', 'incident_actors', 'incident_sources', 'incident_search'].map((table) => [
      table,
      t.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number,
    ]),
  );

/**
 * A fixed extractor for these tests (the store is under test, not the engine): every
 * line of the text of the form "INCIDENT type|governorate|date|place|killed|actor:role,…"
 * becomes one incident, with that line as its evidence.
 */
const lineExtractor: Extractor = (article) => ({
  published: article.published ?? '2024-05-01',
  incidents: article.text
    .split('\n')
    .filter((l) => l.startsWith('INCIDENT '))
    .map((l): Incident => {
      const [type, gov, date, place, killed, actors] = l.slice(9).split('|');
      return {
        type: type as Incident['type'],
        date: date || null,
        date_precision: date ? 'day' : null,
        governorate: (gov || null) as Incident['governorate'],
        place: place || null,
        lat: gov ? 36.19 : null,
        lon: gov ? 44.01 : null,
        actors: (actors ? actors.split(',') : []).map((a) => {
          const [id, role] = a.split(':');
          return { id: id as never, role: role as 'perpetrator' | 'target' };
        }),
        killed: killed === '' || killed === undefined ? null : Number(killed),
        injured: null,
        kidnapped: null,
        evidence: l,
      };
    }),
});

const article = (text: string, extra: Partial<Article> = {}): Article => ({
  lang: 'en',
  url: 'https://news.example/a',
  published: '2024-05-02',
  title: 'A report',
  text,
  ...extra,
});

describe('ingestArticle', () => {
  it('stores the article, its incidents, actors and sources', () => {
    const t = temp();
    const r = ingestArticle(
      article('Drones hit the airport.\nINCIDENT drone_attack|IQ-AR|2024-05-01|Erbil airport|0|islamic_resistance_iraq:perpetrator,us_forces:target\nINCIDENT bombing|IQ-BG|2024-05-01|Sadr City||'),
      t,
      { extract: lineExtractor },
    );
    expect(r).toMatchObject({ status: 'new', incidentsAdded: 2, incidentsLinked: 0 });
    expect(rowCounts(t)).toEqual({ articles: 1, incidents: 2, incident_actors: 2, incident_sources: 2, incident_search: 2 });
    const page = listIncidents(EMPTY_FILTER, { page: 1, pageSize: 10, sort: 'date', dir: 'desc' }, t);
    const drone = page.items.find((i) => i.type === 'drone_attack')!;
    expect(drone).toMatchObject({ governorate: 'IQ-AR', place: 'Erbil airport', killed: 0, status: 'unreviewed' });
    expect(drone.actors).toEqual([
      { id: 'islamic_resistance_iraq', role: 'perpetrator' },
      { id: 'us_forces', role: 'target' },
    ]);
  });

  it('the same text twice adds nothing, also with other spacing or hamza spelling', () => {
    const t = temp();
    const text = 'انفجار في أربيل.\nINCIDENT bombing|IQ-AR|2024-05-01|أربيل|2|isis:perpetrator';
    expect(ingestArticle(article(text, { lang: 'ar' }), t, { extract: lineExtractor }).status).toBe('new');
    const before = rowCounts(t);
    expect(ingestArticle(article(text, { lang: 'ar' }), t, { extract: lineExtractor })).toMatchObject({ status: 'skipped', reason: 'duplicate' });
    const respelled = text.replace('أربيل', 'اربيل').replace(' ', '   ');
    expect(contentHash(respelled)).toBe(contentHash(text));
    expect(ingestArticle(article(respelled, { lang: 'ar', url: 'https://other.example' }), t, { extract: lineExtractor }).status).toBe('skipped');
    expect(rowCounts(t)).toEqual(before);
  });

  it('links a second article to an incident with the same type, governorate, date and place', () => {
    const t = temp();
    ingestArticle(article('first\nINCIDENT drone_attack|IQ-AR|2024-05-01|Erbil airport||islamic_resistance_iraq:perpetrator'), t, { extract: lineExtractor });
    const second = ingestArticle(
      article('second\nINCIDENT drone_attack|IQ-AR|2024-05-01|Erbil airport|0|us_forces:target\nINCIDENT drone_attack|IQ-AR|2024-05-02|Erbil airport||', { url: 'https://b.example', title: 'Second' }),
      t,
      { extract: lineExtractor },
    );
    expect(second).toMatchObject({ status: 'new', incidentsAdded: 1, incidentsLinked: 1 });
    expect(rowCounts(t)).toMatchObject({ articles: 2, incidents: 2, incident_sources: 3 });
    const merged = listIncidents({ ...EMPTY_FILTER, from: '2024-05-01', to: '2024-05-01' }, { page: 1, pageSize: 5, sort: 'date', dir: 'desc' }, t).items[0]!;
    expect(merged.sources.map((s) => s.url)).toEqual(['https://news.example/a', 'https://b.example']);
    expect(merged.actors.map((a) => a.id).sort()).toEqual(['islamic_resistance_iraq', 'us_forces']);
    expect(merged.killed).toBe(0); // the unknown toll was filled in by the second report
    // The second article reports both the merged incident and its own new one.
    expect(second.status === 'new' && incidentsOfArticle(second.articleId, t).map((i) => i.date)).toEqual(['2024-05-01', '2024-05-02']);
    // The second source's words are searchable too.
    expect(listIncidents({ ...EMPTY_FILTER, q: 'second' }, { page: 1, pageSize: 5, sort: 'date', dir: 'desc' }, t).total).toBe(2);
    expect(getIncident(merged.id, t)!.sources.map((s) => s.text.split('\n')[0])).toEqual(['first', 'second']);
  });

  it('does not merge incidents without a known place or date', () => {
    const t = temp();
    ingestArticle(article('one\nINCIDENT killing|IQ-BG|2024-05-01||'), t, { extract: lineExtractor });
    ingestArticle(article('two\nINCIDENT killing|IQ-BG|2024-05-01||'), t, { extract: lineExtractor });
    expect(rowCounts(t)).toMatchObject({ articles: 2, incidents: 2 });
  });

  it('refuses an incident outside the codebook with a clear reason and stores nothing', () => {
    const t = temp();
    expect(() => ingestArticle(article('x\nINCIDENT bombing|IQ-ZZ|2024-05-01|X||'), t, { extract: lineExtractor })).toThrow(/unknown governorate "IQ-ZZ"/);
    expect(rowCounts(t)).toMatchObject({ articles: 0, incidents: 0 });
  });

  it('runs the real extractor by default', () => {
    const t = temp();
    const r = ingestArticle(article('Unidentified gunmen killed a shop owner in Baghdad on Monday, police said.'), t);
    expect(r.status).toBe('new');
    expect(rowCounts(t).articles).toBe(1);
  });
});

describe('ingestPaths', () => {
  const writeCorpus = (dir: string) => {
    mkdirSync(path.join(dir, 'nested', 'deeper'), { recursive: true });
    const json = (text: string, extra: object = {}) => JSON.stringify({ lang: 'en', url: null, published: '2024-05-02', title: 'T', text, ...extra });
    writeFileSync(path.join(dir, 'a.json'), json('a\nINCIDENT bombing|IQ-BG|2024-05-01|Karrada|3|isis:perpetrator'));
    writeFileSync(path.join(dir, 'broken.json'), '{"lang": "en", "text": ');
    writeFileSync(path.join(dir, 'nested', 'b.txt'), 'Baghdad, 2 May 2024\nINCIDENT kidnapping|IQ-DI|2024-05-01|Khalis||');
    writeFileSync(
      path.join(dir, 'nested', 'deeper', 'c.jsonl'),
      [json('c1\nINCIDENT killing|IQ-BA|2024-04-30|Zubair||'), 'not json', json('c3\nINCIDENT armed_attack|IQ-KI|2024-04-29|Hawija|1|')].join('\n') + '\n',
    );
    writeFileSync(path.join(dir, 'nested', 'notes.md'), 'not an article');
    writeFileSync(path.join(dir, 'empty.txt'), '');
  };

  it('walks folders, stores the good articles and reports each failure with its reason', async () => {
    const t = temp();
    const dir = path.join(t.dir, 'corpus');
    writeCorpus(dir);
    expect((await collectArticleFiles([dir])).map((f) => path.relative(dir, f))).toEqual(['a.json', 'broken.json', 'empty.txt', 'nested/b.txt', 'nested/deeper/c.jsonl']);
    const progress: number[] = [];
    const s = await ingestPaths([dir], { db: t, extract: lineExtractor, onProgress: (p) => progress.push(p.filesDone) });
    expect(s).toMatchObject({ articlesNew: 4, skipped: 0, incidentsAdded: 4, incidentsLinked: 0 });
    expect(s.failed).toEqual([
      { source: path.join(dir, 'broken.json'), reason: expect.stringMatching(/JSON/) },
      { source: path.join(dir, 'empty.txt'), reason: expect.stringMatching(/empty/) },
      { source: path.join(dir, 'nested/deeper/c.jsonl'), line: 2, reason: expect.stringMatching(/JSON/) },
    ]);
    expect([...new Set(progress)]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(progress.length).toBeGreaterThan(6); // also reported article by article
    expect(rowCounts(t)).toMatchObject({ articles: 4, incidents: 4 });

    // A second run adds nothing: every article is recognised.
    const again = await ingestPaths([dir], { db: t, extract: lineExtractor });
    expect(again).toMatchObject({ articlesNew: 0, skipped: 4, incidentsAdded: 0 });
    expect(rowCounts(t)).toMatchObject({ articles: 4, incidents: 4 });
  });

  it('reports a missing path and goes on', async () => {
    const t = temp();
    const dir = path.join(t.dir, 'corpus');
    writeCorpus(dir);
    const s = await ingestPaths([path.join(t.dir, 'nope.json'), path.join(dir, 'a.json')], { db: t, extract: lineExtractor });
    expect(s.articlesNew).toBe(1);
    expect(s.failed).toEqual([{ source: path.join(t.dir, 'nope.json'), reason: 'file not found' }]);
  });

  it('an article that fails half-way through its insert leaves no trace; the rest of the batch is stored', async () => {
    const t = temp();
    const dir = path.join(t.dir, 'corpus');
    mkdirSync(dir);
    const json = (text: string) => JSON.stringify({ lang: 'en', url: null, published: '2024-05-02', title: 'T', text });
    writeFileSync(path.join(dir, '1.json'), json('one\nINCIDENT bombing|IQ-BG|2024-05-01|Karrada|3|isis:perpetrator'));
    // Its second incident makes the database fail after the article, the first incident
    // and its actors and source are already written inside the transaction.
    writeFileSync(path.join(dir, '2.json'), json('two\nINCIDENT killing|IQ-BA|2024-05-01|Zubair|1|unknown_gunmen:perpetrator\nINCIDENT bombing|IQ-NI|2024-05-01|BOOM||'));
    writeFileSync(path.join(dir, '3.json'), json('three\nINCIDENT rocket_attack|IQ-AN|2024-05-01|Ain al-Asad||us_forces:target'));
    t.sqlite.exec(`CREATE TEMP TRIGGER simulated_crash BEFORE INSERT ON incident_sources
                   WHEN NEW.evidence LIKE '%BOOM%' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END`);
    const s = await ingestPaths([dir], { db: t, extract: lineExtractor });
    expect(s.articlesNew).toBe(2);
    expect(s.failed).toEqual([{ source: path.join(dir, '2.json'), reason: 'simulated crash' }]);
    expect(rowCounts(t)).toEqual({ articles: 2, incidents: 2, incident_actors: 2, incident_sources: 2, incident_search: 2 });
    expect(t.sqlite.prepare("SELECT count(*) FROM articles WHERE text LIKE 'two%'").pluck().get()).toBe(0);
    expect(t.sqlite.prepare("SELECT count(*) FROM incidents WHERE place = 'Zubair'").pluck().get()).toBe(0);

    // Once the cause is gone, a re-run stores the missing article and only it.
    t.sqlite.exec('DROP TRIGGER simulated_crash');
    const rerun = await ingestPaths([dir], { db: t, extract: lineExtractor });
    expect(rerun).toMatchObject({ articlesNew: 1, skipped: 2, failed: [] });
    expect(rowCounts(t)).toMatchObject({ articles: 3, incidents: 4 });
  });

  it('an extractor that throws fails that article only', async () => {
    const t = temp();
    const dir = path.join(t.dir, 'corpus');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'ok.txt'), 'ok\nINCIDENT bombing|IQ-BG|2024-05-01|Karrada||');
    writeFileSync(path.join(dir, 'bad.txt'), 'explode');
    const extract: Extractor = (a) => {
      if (a.text.includes('explode')) throw new Error('extractor blew up');
      return lineExtractor(a);
    };
    const s = await ingestPaths([dir], { db: t, extract });
    expect(s.articlesNew).toBe(1);
    expect(s.failed).toEqual([{ source: path.join(dir, 'bad.txt'), reason: 'extractor blew up' }]);
  });
});
