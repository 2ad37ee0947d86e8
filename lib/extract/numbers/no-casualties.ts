/**
 * Phrases saying nobody was hurt ("no casualties", دون وقوع اصابات). Codebook §6: such a
 * statement is a count of 0, unlike silence (null). Vague wording such as "no reports of
 * deaths so far" is deliberately not here: gold codes it as not reported.
 */
import type { CasualtyField } from './types';

interface ZeroPhrase {
  pattern: RegExp;
  fields: CasualtyField[];
}

const BOTH: CasualtyField[] = ['killed', 'injured'];

const EN: ZeroPhrase[] = [
  {
    pattern:
      /\b(?:no|without(?: causing| any| resulting in| leaving)*|did not (?:cause|result in|leave)(?: any)?|there were no|caused no|left no)\s+(?:immediate\s+|reported\s+|human\s+|serious\s+)?(?:casualties|casualty|injuries|injury|victims|loss(?:es)? of life|human losses|one (?:hurt|injured|killed|wounded|harmed))\b/gi,
    fields: BOTH,
  },
  { pattern: /\bno (?:immediate |initial )?reports? of (?:any )?(?:casualties|injuries)\b/gi, fields: BOTH },
  { pattern: /\b(?:no[- ]one|nobody|none)\s+(?:was|were|had been|has been)\s+(?:hurt|injured|wounded|harmed)\b/gi, fields: BOTH },
  { pattern: /\b(?:no[- ]one|nobody)\s+(?:was|were|had been|has been)\s+(?:killed)\b/gi, fields: ['killed'] },
  { pattern: /\b(?:no|without)\s+(?:deaths|fatalities|dead)\b/gi, fields: ['killed'] },
  { pattern: /\b(?:only|just|solely)\s+(?:caused\s+|causing\s+|resulting in\s+)?material damage\b|\bmaterial damage only\b/gi, fields: BOTH },
];

// Arabic, normal form (خسائر → خساير).
const AR: ZeroPhrase[] = [
  {
    pattern:
      /(?<![\p{L}])(?:[وف]?(?:دون|بدون|من دون|من غير)(?: ان (?:يسفر|تسفر|يودي|تودي)(?: [\p{L}]+)? (?:عن|الي))?(?: وقوع| تسجيل| حدوث| ايه?| سقوط)*|(?:لم|ولم) (?:يسفر|تسفر|تسجل|يسجل|يتم تسجيل|تقع|يقع|توقع|يوقع)(?: [\p{L}]+)? ?(?:عن|الي)?(?: وقوع| اي| ايه| سقوط)*|(?:لا|ولا) (?:توجد|يوجد)(?: اي| ايه)?) (?:اصابات|اصابه|ضحايا|خساير(?! ماديه)(?: بشريه| في الارواح)?|اصابات بشريه)(?![\p{L}])/gu,
    fields: BOTH,
  },
  {
    pattern: /(?<![\p{L}])(?:[وف]?(?:اقتصرت|اقتصر)(?: [\p{L}]+){0,3} علي (?:الاضرار|الخساير) الماديه|خساير ماديه فقط|اضرار ماديه فقط)(?![\p{L}])/gu,
    fields: BOTH,
  },
];

export interface ZeroHit {
  start: number;
  end: number;
  fields: CasualtyField[];
}

export function findNoCasualtyPhrases(text: string, lang: 'ar' | 'en'): ZeroHit[] {
  const hits: ZeroHit[] = [];
  for (const { pattern, fields } of lang === 'ar' ? AR : EN) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      hits.push({ start: m.index, end: m.index + m[0].length, fields });
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
