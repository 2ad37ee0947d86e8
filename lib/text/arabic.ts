/**
 * Arabic text normalisation shared by the gazetteer matcher and the extractor.
 *
 * News sites spell the same word many ways (هجوم / هُجُوم, أربيل / اربيل, ديالى / ديالي,
 * محافظة / محافظه). Every lexicon entry and every article sentence is passed through
 * the same function so that lexicons can be written in one plain form.
 */

// Every rule below maps one UTF-16 unit to one unit or to nothing, and no rule's output is
// another rule's input, so the whole chain is one lookup table applied in a single pass.
// Texts are normalised once per sentence by several modules: the table keeps that cheap,
// and a text with nothing to change is returned as is without building a new string.

/** Code units a table changes (flag 1), and what each becomes (possibly the empty string). */
interface UnitTable {
  changes: Uint8Array;
  out: Map<number, string>;
}
const newTable = (): UnitTable => ({ changes: new Uint8Array(0x10000), out: new Map() });
const DIGIT_TABLE = newTable();
const NORMAL_TABLE = newTable();

function setRange(table: UnitTable, from: number, to: number, out: (c: number) => string): void {
  for (let c = from; c <= to; c++) {
    table.changes[c] = 1;
    table.out.set(c, out(c));
  }
}
function setChars(table: UnitTable, chars: string, out: string): void {
  for (let i = 0; i < chars.length; i++) setRange(table, chars.charCodeAt(i), chars.charCodeAt(i), () => out);
}

for (const table of [DIGIT_TABLE, NORMAL_TABLE]) {
  setRange(table, 0x0660, 0x0669, (c) => String(c - 0x0660)); // Arabic-Indic digits
  setRange(table, 0x06f0, 0x06f9, (c) => String(c - 0x06f0)); // Persian digits
  setChars(table, '\u066B', '.'); // Arabic decimal separator
  setChars(table, '\u066C', ','); // Arabic thousands separator
}
// Bidi and zero-width marks that copy-paste from news sites leaves inside words.
setRange(NORMAL_TABLE, 0x200b, 0x200f, () => '');
setRange(NORMAL_TABLE, 0x202a, 0x202e, () => '');
setRange(NORMAL_TABLE, 0x2066, 0x2069, () => '');
setChars(NORMAL_TABLE, '\uFEFF', '');
// Diacritics (harakat, Quranic marks) and tatweel.
setRange(NORMAL_TABLE, 0x0610, 0x061a, () => '');
setRange(NORMAL_TABLE, 0x064b, 0x065f, () => '');
setChars(NORMAL_TABLE, '\u0670', '');
setRange(NORMAL_TABLE, 0x06d6, 0x06ed, () => '');
setChars(NORMAL_TABLE, '\u0640', '');
setChars(NORMAL_TABLE, 'أإآٱ', 'ا');
setChars(NORMAL_TABLE, 'ة', 'ه');
setChars(NORMAL_TABLE, 'ى', 'ي');
setChars(NORMAL_TABLE, 'ؤ', 'و');
setChars(NORMAL_TABLE, 'ئ', 'ي');
setChars(NORMAL_TABLE, 'ک', 'ك');
setChars(NORMAL_TABLE, 'یې', 'ي');
setChars(NORMAL_TABLE, 'گ', 'ك');
setChars(NORMAL_TABLE, 'پ', 'ب');
setChars(NORMAL_TABLE, 'چ', 'ج');
setChars(NORMAL_TABLE, 'ڤ', 'ف');

function mapUnits(s: string, table: UnitTable): string {
  const { changes, out } = table;
  let i = 0;
  // Fast path: most text needs no change at all.
  while (i < s.length && changes[s.charCodeAt(i)] === 0) i++;
  if (i === s.length) return s;
  const parts: string[] = [s.slice(0, i)];
  let runStart = i;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (changes[c] === 0) continue;
    if (runStart < i) parts.push(s.slice(runStart, i));
    const to = out.get(c) as string;
    if (to.length > 0) parts.push(to);
    runStart = i + 1;
  }
  if (runStart < s.length) parts.push(s.slice(runStart));
  return parts.join('');
}

/** Arabic-Indic (U+0660…) and Persian (U+06F0…) digits to ASCII; separators to ASCII. */
export function toAsciiDigits(s: string): string {
  return mapUnits(s, DIGIT_TABLE);
}

/**
 * The one normal form for Arabic matching: no diacritics or tatweel, every alef with
 * hamza or madda as bare alef, ta marbuta as ha, alef maqsura as ya, hamza seats
 * folded, Persian/Urdu letter variants folded, ASCII digits.
 */
export function normaliseArabic(s: string): string {
  return mapUnits(s, NORMAL_TABLE);
}

/** True when the text is mostly Arabic script (used when a plain-text file gives no lang). */
export function isMostlyArabic(s: string): boolean {
  let arabic = 0;
  let latin = 0;
  // Code units, not code points: a surrogate half is neither Arabic nor Latin either way.
  const n = Math.min(s.length, 4000);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return arabic > latin;
}
