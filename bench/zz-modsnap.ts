// Module-level snapshot + timing of the modules owned by the perf task.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { readArticlesFromFile } from '@/lib/articles';
import { extractArticle } from '@/lib/extract';
import { articleLang, toSentences } from '@/lib/extract/pipeline';
import { cleanText } from '@/lib/extract/stages/clean';
import { findCasualtyCounts, parseNumber } from '@/lib/extract/numbers';
import { findDateMentions, findPublicationDate } from '@/lib/extract/dates';
import { findPlaceMentions } from '@/lib/gazetteer';
import { normaliseArabic, isMostlyArabic, toAsciiDigits } from '@/lib/text/arabic';

const dirs = ['/work/shared/corpus/dev/articles', join(process.cwd(), 'data/demo/articles')];
const arts: any[] = [];
for (const d of dirs) for (const n of (await readdir(d)).sort()) for await (const it of readArticlesFromFile(join(d, n))) if (it.article) arts.push(it.article);
type S = { norm: string; raw: string; lang: 'ar' | 'en'; pub: string | null };
const sents: S[] = [];
const fulls: string[] = [];
for (const a of arts) {
  const text = cleanText(a.text), title = cleanText(a.title ?? '');
  const lang = articleLang(a, `${title}\n${text}`);
  const pub = typeof a.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(a.published) ? a.published : findPublicationDate(`${title}\n${text}`);
  fulls.push(`${title}\n${text}`);
  for (const s of toSentences(title, text, lang)) sents.push({ norm: s.norm, raw: s.raw, lang, pub });
}
const mode = process.argv[2] ?? 'snap';
const other = (l: 'ar' | 'en') => (l === 'ar' ? 'en' : 'ar');
if (mode === 'snap') {
  const out: string[] = [];
  for (const a of arts) out.push(JSON.stringify(extractArticle(a)));
  for (const f of fulls) out.push(JSON.stringify([findPublicationDate(f), isMostlyArabic(f), normaliseArabic(f), toAsciiDigits(f)]));
  for (const s of sents) {
    for (const t of [s.norm, s.raw]) for (const l of [s.lang, other(s.lang)]) {
      out.push(JSON.stringify([findCasualtyCounts(t, l), findDateMentions(t, l, s.pub), findDateMentions(t, l, null), findPlaceMentions(t, l)]));
    }
    out.push(JSON.stringify([normaliseArabic(s.raw), isMostlyArabic(s.raw), findPublicationDate(s.raw)]));
    for (const w of s.norm.split(/\s+/)) out.push(JSON.stringify([parseNumber(w, 'ar'), parseNumber(w, 'en')]));
  }
  writeFileSync(process.argv[3]!, out.join('\n'));
  console.log('snap lines', out.length, 'sentences', sents.length);
} else {
  const reps = Number(process.argv[3] ?? 20);
  const time = (name: string, f: (s: S) => unknown) => {
    for (const s of sents) f(s);
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) for (const s of sents) f(s);
    const ms = (performance.now() - t0) / reps;
    console.log(name.padEnd(22), (ms).toFixed(1), 'ms per corpus pass');
  };
  time('casualties', (s) => findCasualtyCounts(s.norm, s.lang));
  time('dates', (s) => findDateMentions(s.norm, s.lang, s.pub));
  time('places', (s) => findPlaceMentions(s.norm, s.lang));
  time('normaliseArabic(raw)', (s) => normaliseArabic(s.raw));
  const t0 = performance.now();
  for (let r = 0; r < 5; r++) for (const a of arts) extractArticle(a);
  console.log('extractArticle'.padEnd(22), ((performance.now() - t0) / 5).toFixed(1), 'ms per corpus pass', arts.length, 'articles');
}
