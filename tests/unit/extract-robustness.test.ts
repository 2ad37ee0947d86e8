/**
 * The extraction engine on hostile and odd input: it must never throw, must always
 * return codebook-shaped output, and its time must grow about linearly with text size.
 * (Throughput targets are measured by `npm run bench:extract`, not here.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/codebook';
import { extractArticle } from '@/lib/extract';
import { extractionResultSchema } from '@/lib/eval/prediction-schema';

function article(text: string, over: Partial<Article> = {}): Article {
  return { lang: 'en', url: null, published: '2022-01-10', title: text.slice(0, 80), text, ...over };
}

/**
 * Extracts and checks the output shape. `published` is only checked when the input's
 * was well-formed: echoing a caller's malformed date back is the caller's problem
 * (lib/articles validates dates before they reach the engine).
 */
function extractChecked(a: Article) {
  const result = extractArticle(a);
  const inputDateValid = a.published === null || /^\d{4}-\d{2}-\d{2}$/.test(a.published);
  const schema = inputDateValid ? extractionResultSchema : extractionResultSchema.omit({ published: true });
  const parsed = schema.safeParse(result);
  if (!parsed.success) throw new Error(`malformed extractor output: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return result;
}

// Sentences written for this test: incident-like wording in both languages so the
// engine's real code paths (triggers, places, numbers, dates) run on large inputs.
const SENTENCES = [
  'A roadside bomb exploded near an army patrol in Tarmiyah, north of Baghdad, on Tuesday, killing {n} soldiers.',
  'Unidentified gunmen kidnapped {n} workers in Kirkuk province, police said on Saturday.',
  'Two drones targeted Ain al-Asad air base in Anbar on {d}, the coalition said.',
  'Katyusha rockets landed near the airport in Erbil; {n} people were wounded.',
  'انفجرت عبوة ناسفة على دورية للجيش في قضاء الطارمية شمالي بغداد ما أسفر عن مقتل {n} جنود.',
  'أقدم مسلحون مجهولون على اختطاف {n} صيادين في بادية السماوة بمحافظة المثنى.',
  'استهدفت طائرة مسيرة قاعدة حرير شمالي أربيل يوم {d} دون وقوع إصابات.',
  'The ministry published statistics on the year and officials held a meeting about reconstruction.',
];
function articleText(targetChars: number, seed = 1): string {
  const parts: string[] = [];
  let size = 0;
  let i = seed;
  while (size < targetChars) {
    const s = SENTENCES[i % SENTENCES.length]!.replace('{n}', String((i * 7) % 23)).replace('{d}', `2022-01-${String((i % 28) + 1).padStart(2, '0')}`);
    parts.push(s);
    size += s.length + 1;
    i++;
    if (i % 5 === 0) {
      parts.push('\n');
      size++;
    }
  }
  return parts.join(' ');
}

describe('extractArticle never throws', () => {
  const cases: [string, Article][] = [
    ['empty text', article('')],
    ['whitespace only', article(' \n\t\r\n ')],
    ['binary bytes as text', article(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256)).toString('latin1'))],
    ['NUL and control characters', article('\u0000\u0001\u0002bomb\u0007\u001b[31m in Baghdad\u0000')],
    ['lone surrogates and replacement chars', article('\uD800\uDC00\uD800 killed \uDFFF \uFFFD\uFFFD in Mosul')],
    ['mixed scripts', article('انفجار bomb в Багдаде 爆炸 בגדד 2022-01-10 ١٠/١/٢٠٢٢ killed ٣ أشخاص', { lang: 'ar' })],
    ['bidi controls and tatweel', article('\u202Eانفجـــــار\u202C \u200Fعبوة\u200E ناسفة في بغداد\u2066')],
    ['HTML with script', article('<html><script>document.write("<b>bomb</b>")</script><p>A bomb exploded in <b>Basra</b> &amp; killed 3.</p><!-- x --></html>')],
    ['malformed metadata', article('A drone struck Erbil yesterday.', { published: '2022-13-45', title: '', url: 'javascript:alert(1)' })],
    ['wrong declared language', article('انفجرت عبوة ناسفة في بغداد', { lang: 'en', published: null })],
    ['one huge word', article('x'.repeat(200_000))],
    ['many newlines', article('\n'.repeat(100_000) + 'bomb')],
    ['many numbers', article(Array.from({ length: 20_000 }, (_, i) => String(i)).join(' killed '))],
    ['many dates', article(Array.from({ length: 5_000 }, (_, i) => `on ${(i % 28) + 1} January 2022 a bomb`).join('. '))],
    ['5 MB of text', article(articleText(5 * 1024 * 1024))],
  ];
  for (const [name, a] of cases) {
    // Large inputs get a generous timeout: the machine is shared; speed is the benchmark's job.
    it(name, () => {
      expect(() => extractChecked(a)).not.toThrow();
    }, 120_000);
  }

  it('returns codebook-shaped output on a plain incident report', () => {
    const result = extractChecked(article(SENTENCES[0]!.replace('{n}', '2')));
    expect(Array.isArray(result.incidents)).toBe(true);
  });
});

describe('extractArticle property: no exception, well-formed output', () => {
  const arabicPieces = fc.constantFrom('انفجار', 'عبوة ناسفة', 'مقتل', 'اختطاف', 'بغداد', 'ديالى', 'داعش', 'مسيرة', 'صاروخ', 'أمس', 'الاثنين', '٣', '١٠/١/٢٠٢٢', ' ', '\n', '،', '.');
  const englishPieces = fc.constantFrom('bomb', 'killed', 'kidnapped', 'drone', 'rocket', 'Baghdad', 'Anbar', 'ISIS', 'gunmen', 'yesterday', 'Monday', '3', 'January 10, 2022', ' ', '\n', ',', '.');
  const htmlPieces = fc.constantFrom('<script>', '</script>', '<div class="x">', '</div>', '<!--', '-->', '&amp;', '&#1575;', '<b>', '<![CDATA[', ']]>', '"', "'");
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(fc.oneof(arabicPieces, englishPieces, htmlPieces, fc.string({ maxLength: 8 })), { maxLength: 80 }).map((p) => p.join('')),
  );
  const published = fc.oneof(fc.constant(null), fc.constant('2022-01-10'), fc.constant('2024-02-29'), fc.string({ maxLength: 12 }));

  it('holds for arbitrary strings, unicode and HTML-ish input', () => {
    fc.assert(
      fc.property(text, published, fc.constantFrom<'ar' | 'en'>('ar', 'en'), (t, pub, lang) => {
        extractChecked(article(t, { lang, published: pub }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('extraction time grows about linearly', () => {
  it('1 MB takes less than 30× the time of 100 KB', () => {
    const small = article(articleText(100 * 1024, 3));
    const large = article(articleText(1024 * 1024, 3));
    const timeOf = (a: Article) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        extractArticle(a);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    extractArticle(small); // warm-up (JIT, lexicon loading)
    const tSmall = timeOf(small);
    const tLarge = timeOf(large);
    console.info(`extraction time: 100 KB ${tSmall.toFixed(1)} ms, 1 MB ${tLarge.toFixed(1)} ms, ratio ${(tLarge / Math.max(tSmall, 1e-3)).toFixed(1)}×`);
    // A floor of 2 ms on the small run keeps timer noise on a trivial engine from failing the ratio.
    expect(tLarge).toBeLessThan(30 * Math.max(tSmall, 2));
  }, 180_000);
});
