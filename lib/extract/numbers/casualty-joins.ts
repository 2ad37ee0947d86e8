import type { Token } from './tokens';
import type { Quantity } from './quantity';
import { isCountable, type FoundTrigger } from './casualty-triggers';
import type { CasualtyField } from './types';

/** How casualty groups join: "two soldiers and three civilians", "مقتل واصابه 7". */

export function startsWithNumberWord(t: Token | undefined, lang: 'ar' | 'en'): boolean {
  return t !== undefined && isCountable(t, lang) && !['a', 'an', 'the', 'his', 'her', 'their', 'another', 'he', 'she'].includes(t.key);
}

/** In Arabic "الطبيبه والناشطه" describe one person; only an indefinite noun adds one. */
export function sameArabicPerson(tokens: Token[], at: number, q: Quantity, lang: 'ar' | 'en'): boolean {
  if (lang !== 'ar' || q.value !== 1 || q.to - q.from !== 1) return false;
  const k = tokens[at]?.key ?? '';
  return /^(?:و|ف)?(?:ب|ل|ك)?ال/.test(k) || /^(?:و|ف)?لل/.test(k);
}

/** Length of a second casualty word of another field right after `at` ("or wounded", "واصابه"), else 0. */
export function combinedPartner(
  tokens: Token[],
  at: number,
  field: CasualtyField,
  triggerAt: (i: number) => FoundTrigger | null,
): number {
  const k = tokens[at]?.key ?? '';
  if (k === 'and' || k === 'or' || k === 'و' || k === 'او') {
    const t = triggerAt(at + 1);
    if (t && !t.combined && t.field !== field && t.field !== 'kidnapped' && field !== 'kidnapped') return 1 + t.length;
    return 0;
  }
  if (k.startsWith('و') && k.length > 2) {
    const t = triggerAt(at);
    if (t && !t.combined && t.field !== field && t.field !== 'kidnapped' && field !== 'kidnapped' && t.side !== 'after')
      return t.length;
  }
  return 0;
}

/** Tokens that join a second group to a count, or -1: and / , / along with / و / مع / برفقه. */
export function joinerLength(tokens: Token[], e: number, lang: 'ar' | 'en'): number {
  const k = tokens[e]?.key ?? '';
  const k1 = tokens[e + 1]?.key ?? '';
  if (lang === 'en') {
    if ((k === 'along' || k === 'together') && k1 === 'with') return 2;
    if (k === 'and' || k === ',' || k === 'with' || k === 'alongside' || k === 'plus') return 1;
    return -1;
  }
  if ((k === 'الي' && k1 === 'جانب') || (k === 'فضلا' && k1 === 'عن') || (k === 'اضافه' && k1 === 'الي')) return 2;
  if ((k === 'والي' || k === 'بالاضافه') && (k1 === 'جانب' || k1 === 'الي')) return 2;
  if (k === 'و' || k === 'مع' || k === 'برفقه' || k === 'رفقه' || k === 'ومعه' || k === 'ومع' || k === 'وبرفقه' || k === '،') return 1;
  if (k.startsWith('و') && k.length > 2) return 0; // glued و: the quantity reader strips it
  return -1;
}

/** "3 people, 2 of them children" / "5 قتلي، 3 منهم": a part of the group already counted. */
export function isSubset(tokens: Token[], at: number): boolean {
  const k = tokens[at]?.key ?? '';
  const k1 = tokens[at + 1]?.key ?? '';
  return (k === 'of' && (k1 === 'them' || k1 === 'whom')) || k === 'منهم' || k === 'بينهم' || k === 'من' && k1 === 'بينهم';
}
