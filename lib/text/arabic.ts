/**
 * Arabic text normalisation shared by the gazetteer matcher and the extractor.
 *
 * News sites spell the same word many ways (هجوم / هُجُوم, أربيل / اربيل, ديالى / ديالي,
 * محافظة / محافظه). Every lexicon entry and every article sentence is passed through
 * the same function so that lexicons can be written in one plain form.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
// Bidi and zero-width marks that copy-paste from news sites leaves inside words.
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Arabic-Indic (U+0660…) and Persian (U+06F0…) digits to ASCII; separators to ASCII. */
export function toAsciiDigits(s: string): string {
  return s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, '.') // Arabic decimal separator
    .replace(/\u066C/g, ','); // Arabic thousands separator
}

/**
 * The one normal form for Arabic matching: no diacritics or tatweel, every alef with
 * hamza or madda as bare alef, ta marbuta as ha, alef maqsura as ya, hamza seats
 * folded, Persian/Urdu letter variants folded, ASCII digits.
 */
export function normaliseArabic(s: string): string {
  return toAsciiDigits(s)
    .replace(INVISIBLES, '')
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/[یې]/g, 'ي')
    .replace(/گ/g, 'ك')
    .replace(/پ/g, 'ب')
    .replace(/چ/g, 'ج')
    .replace(/ڤ/g, 'ف');
}

/** True when the text is mostly Arabic script (used when a plain-text file gives no lang). */
export function isMostlyArabic(s: string): boolean {
  let arabic = 0;
  let latin = 0;
  for (const ch of s.slice(0, 4000)) {
    const c = ch.charCodeAt(0);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return arabic > latin;
}
