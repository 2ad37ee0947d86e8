import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromPlainText, parseArticleJson, readArticlesFromFile, type ArticleReadItem } from '@/lib/articles';

const good = { id: 'x1', lang: 'en', url: 'https://example.org/a', published: '2022-01-10', title: 'Blast in Baghdad', text: 'A roadside bomb exploded in Baghdad on Monday.' };

async function collect(path: string): Promise<ArticleReadItem[]> {
  const out: ArticleReadItem[] = [];
  for await (const item of readArticlesFromFile(path)) out.push(item);
  return out;
}

describe('parseArticleJson', () => {
  it('reads a codebook section 7 article', () => {
    expect(parseArticleJson(JSON.stringify(good), 'a.json')).toEqual(good);
  });

  it('names the bad field', () => {
    expect(() => parseArticleJson(JSON.stringify({ ...good, lang: 'fr' }), 'a.json')).toThrow(/a\.json: field "lang"/);
    expect(() => parseArticleJson(JSON.stringify({ ...good, published: '10/01/2022' }), 'a.json')).toThrow(/field "published" must be a date YYYY-MM-DD/);
    expect(() => parseArticleJson(JSON.stringify({ ...good, published: '2022-02-30' }), 'a.json')).toThrow(/field "published"/);
    expect(() => parseArticleJson(JSON.stringify({ ...good, text: undefined }), 'a.json')).toThrow(/field "text" is missing/);
    expect(() => parseArticleJson(JSON.stringify({ ...good, text: '   ' }), 'a.json')).toThrow(/field "text" must not be empty/);
    expect(() => parseArticleJson(JSON.stringify({ ...good, title: 5 }), 'a.json')).toThrow(/field "title"/);
    expect(() => parseArticleJson('[1,2]', 'a.json')).toThrow(/must be a JSON object/);
    expect(() => parseArticleJson('{"text": "x"', 'a.json')).toThrow(/a\.json: not valid JSON/);
  });

  it('fills what a hand-written file leaves out: null url/published, lang from script, title from first line', () => {
    const a = parseArticleJson(JSON.stringify({ text: '\n  انفجار عبوة ناسفة في بغداد\nوأسفر عن مقتل شخصين' }), 'b.json');
    expect(a).toEqual({ lang: 'ar', url: null, published: null, title: 'انفجار عبوة ناسفة في بغداد', text: '\n  انفجار عبوة ناسفة في بغداد\nوأسفر عن مقتل شخصين' });
    expect(parseArticleJson(JSON.stringify({ ...good, published: '2022-01-10T05:47:00Z' }), 'c.json').published).toBe('2022-01-10');
    expect(parseArticleJson(JSON.stringify({ ...good, published: null }), 'c.json').published).toBeNull();
  });
});

describe('articleFromPlainText', () => {
  it('detects language and takes the first non-empty line as title, leaving the date to the extractor', () => {
    expect(articleFromPlainText('\n\nKatyusha rockets hit Baghdad\nMore text.', 't.txt')).toEqual({
      lang: 'en',
      url: null,
      published: null,
      title: 'Katyusha rockets hit Baghdad',
      text: '\n\nKatyusha rockets hit Baghdad\nMore text.',
    });
    expect(articleFromPlainText('قصف صاروخي على قاعدة عين الأسد', 't.txt').lang).toBe('ar');
    expect(() => articleFromPlainText(' \n ', 't.txt')).toThrow(/no text/);
  });
});

describe('readArticlesFromFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'articles-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a .json article and strips a UTF-8 BOM', async () => {
    const p = join(dir, 'bom.json');
    await writeFile(p, '\uFEFF' + JSON.stringify(good));
    expect(await collect(p)).toEqual([{ source: p, article: good }]);
  });

  it('reads a .txt article', async () => {
    const p = join(dir, 'a.txt');
    await writeFile(p, '\uFEFFGunmen kidnapped a trader in Kirkuk\nBody text.');
    const [item] = await collect(p);
    expect(item?.article?.title).toBe('Gunmen kidnapped a trader in Kirkuk');
    expect(item?.article?.lang).toBe('en');
  });

  it('reads .jsonl line by line; a bad line is an error item and the rest go on', async () => {
    const p = join(dir, 'many.jsonl');
    await writeFile(p, [JSON.stringify(good), '{broken', '', JSON.stringify({ ...good, lang: 'xx' }), JSON.stringify({ ...good, id: 'x2' })].join('\r\n') + '\n');
    const items = await collect(p);
    expect(items.map((i) => [i.line, i.article?.id ?? null, i.error !== undefined])).toEqual([
      [1, 'x1', false],
      [2, null, true],
      [4, null, true],
      [5, 'x2', false],
    ]);
    expect(items[1]?.error).toMatch(/not valid JSON/);
    expect(items[2]?.error).toMatch(/field "lang"/);
  });

  it('reads a .jsonl file larger than one stream chunk', async () => {
    const p = join(dir, 'big.jsonl');
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ ...good, id: `n${i}`, text: `${'word '.repeat(100)} ${i}` }));
    await writeFile(p, lines.join('\n'));
    const items = await collect(p);
    expect(items).toHaveLength(400);
    expect(items.every((i) => i.article !== undefined)).toBe(true);
    expect(items[399]?.article?.id).toBe('n399');
  });

  it('turns every unreadable input into one error item, never a throw', async () => {
    const cases: [string, string | Buffer, RegExp][] = [
      ['empty.json', '', /empty file/],
      ['blank.txt', '  \n\t\n', /empty/],
      ['nul.txt', Buffer.from([0x47, 0x00, 0x49, 0x46]), /binary/],
      ['latin1.txt', Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f]), /not valid UTF-8/],
      ['bad.json', '{"lang":"en",', /not valid JSON/],
      ['blank.jsonl', '\n\n', /no articles/],
    ];
    for (const [name, content, message] of cases) {
      const p = join(dir, name);
      await writeFile(p, content);
      const items = await collect(p);
      expect(items, name).toHaveLength(1);
      expect(items[0]?.error, name).toMatch(message);
      expect(items[0]?.article, name).toBeUndefined();
    }
    expect((await collect(join(dir, 'does-not-exist.json')))[0]?.error).toMatch(/not found/);
    expect((await collect(dir))[0]?.error).toMatch(/directory/);
  });

  it('refuses an over-large single article', async () => {
    const p = join(dir, 'huge.txt');
    await writeFile(p, Buffer.alloc(21 * 1024 * 1024, 0x61));
    const items = await collect(p);
    expect(items).toHaveLength(1);
    expect(items[0]?.error).toMatch(/too large/);
  });

  it('sniffs unknown extensions: JSON object or plain text', async () => {
    const j = join(dir, 'article.dat');
    await writeFile(j, JSON.stringify(good));
    expect((await collect(j))[0]?.article?.id).toBe('x1');
    const t = join(dir, 'article.md');
    await writeFile(t, 'Plain words about a bombing.');
    expect((await collect(t))[0]?.article?.title).toBe('Plain words about a bombing.');
  });
});
