/**
 * Phrases saying nobody was hurt ("no casualties", دون وقوع اصابات). Codebook §6: such a
 * statement is a count of 0, unlike silence (null). Vague wording such as "no reports of
 * deaths so far" is deliberately not here: gold codes it as not reported.
 */
import type { CasualtyField } from './types';

interface ZeroPhrase {
  /**
   * Words every match contains, at least one (lower case). Most sentences contain none, and
   * then the pattern (the Arabic ones start with a lookbehind, so the engine tries them at
   * every position) is skipped. The English patterns ignore case for ASCII letters only, so a
   * match always shows its cue in the lower-cased text.
   */
  cues: string[];
  pattern: RegExp;
  fields: CasualtyField[];
}

const BOTH: CasualtyField[] = ['killed', 'injured'];

const EN: ZeroPhrase[] = [
  {
    cues: ['casualt', 'injur', 'victim', 'loss', 'one'],
    pattern:
      /\b(?:no|without(?: causing| any| resulting in| leaving)*|did not (?:cause|result in|leave)(?: any)?|there were no|caused no|left no)\s+(?:immediate\s+|reported\s+|human\s+|serious\s+)?(?:casualties|casualty|injuries|injury|victims|loss(?:es)? of life|human losses|one (?:hurt|injured|killed|wounded|harmed))\b/gi,
    fields: BOTH,
  },
  { cues: ['report'], pattern: /\bno (?:immediate |initial )?reports? of (?:any )?(?:casualties|injuries)\b/gi, fields: BOTH },
  { cues: ['hurt', 'injured', 'wounded', 'harmed'], pattern: /\b(?:no[- ]one|nobody|none)\s+(?:was|were|had been|has been)\s+(?:hurt|injured|wounded|harmed)\b/gi, fields: BOTH },
  { cues: ['killed'], pattern: /\b(?:no[- ]one|nobody)\s+(?:was|were|had been|has been)\s+(?:killed)\b/gi, fields: ['killed'] },
  { cues: ['death', 'fatalit', 'dead'], pattern: /\b(?:no|without)\s+(?:deaths|fatalities|dead)\b/gi, fields: ['killed'] },
  { cues: ['material damage'], pattern: /\b(?:only|just|solely)\s+(?:caused\s+|causing\s+|resulting in\s+)?material damage\b|\bmaterial damage only\b/gi, fields: BOTH },
];

// Arabic, normal form (خسائر → خساير, قتلى → قتلي).
/** "without", "did not result in", "there were no" … before the word for the victims. */
const AR_NONE =
  '(?:[وف]?(?:دون|بدون|من دون|من غير)(?: ان (?:يسفر|تسفر|يودي|تودي)(?: [\\p{L}]+)? (?:عن|الي))?(?: وقوع| تسجيل| حدوث| ايه?| سقوط)*' +
  '|(?:لم|ولم) (?:يسفر|تسفر|تسجل|يسجل|يتم تسجيل|تقع|يقع|توقع|يوقع)(?: [\\p{L}]+)? ?(?:عن|الي)?(?: وقوع| اي| ايه| سقوط)*' +
  '|(?:لا|ولا) (?:توجد|يوجد)(?: اي| ايه)?)';
const arNone = (victims: string) => new RegExp(`(?<![\\p{L}])${AR_NONE} (?:${victims})(?![\\p{L}])`, 'gu');

const AR: ZeroPhrase[] = [
  { cues: ['اصاب', 'ضحايا', 'خساير'], pattern: arNone('اصابات|اصابه|ضحايا|خساير(?! ماديه)(?: بشريه| في الارواح)?|اصابات بشريه'), fields: BOTH },
  // "من دون سقوط قتلى": no dead, and nothing said of the wounded (often counted just before).
  { cues: ['قتلي', 'وفيات', 'وفاه'], pattern: arNone('قتلي|وفيات|حالات وفاه'), fields: ['killed'] },
  {
    cues: ['ماديه'],
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
  const lower = lang === 'ar' ? text : text.toLowerCase();
  for (const { cues, pattern, fields } of lang === 'ar' ? AR : EN) {
    if (!cues.some((c) => lower.includes(c))) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      hits.push({ start: m.index, end: m.index + m[0].length, fields });
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
