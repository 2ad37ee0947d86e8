/**
 * Stage 5: actor mentions and their role. The codebook names a perpetrator only where
 * the article attributes the attack, so a group counts as perpetrator only in one of
 * these shapes, and never right after a hedge ("believed to be", "يعتقد أنهم"):
 *   - after an attribution phrase: "claimed by", "blamed on", "على يد", "من قبل";
 *   - as the subject of an attack verb: "gunmen opened fire", "مجهولين ... أطلقوا";
 *   - right after an attack verb or weapon (Arabic order): "قصف الحرس الثوري",
 *     "طائرات حربية تركية", "استهدف مجاهدو المقاومة";
 *   - as an adjective right before the weapon (English order): "Turkish airstrike".
 * Unidentified gunmen are attackers by definition. Other mentions are targets when the
 * actor is one that is attacked (security forces, PMF, coalition, civilians…).
 */
import type { ActorId } from '@/lib/codebook';
import type { Lexicon } from '../lexicon';
import type { Match } from '../lexicon/compile';
import type { ActorMention, Trigger } from '../types';

const PERPETRATOR_CAPABLE = new Set<ActorId>([
  'isis', 'iran_backed_militias', 'islamic_resistance_iraq', 'kataib_hezbollah', 'asaib_ahl_al_haq',
  'harakat_al_nujaba', 'saraya_awliya_al_dam', 'turkey', 'iran', 'israel', 'pkk', 'unknown_gunmen',
  'us_forces', 'other', 'isf',
]);
const TARGET_CAPABLE = new Set<ActorId>(['pmf', 'isf', 'krg_forces', 'us_forces', 'civilians']);
const NAMED_TARGET_AFTER_CUE = new Set<ActorId>([
  'turkey', 'iran', 'kataib_hezbollah', 'iran_backed_militias', 'pkk', 'asaib_ahl_al_haq', 'harakat_al_nujaba',
]);

const NEAR = 26;
// "police said", "مصدر في الشرطة": the source of the report, not a side in it.
const SPEAKER_AFTER = /^\s*(?:\S+\s+){0,2}(?:said|says|told|reported|announced|added|confirmed|stated)\b/i;
const SOURCE_BEFORE = /(?:source|sources|spokesman|spokesperson|statement from|مصدر|مصادر|المتحدث باسم|بيان)\s+(?:\S+\s+){0,2}$/i;
// "three members of ISIS were killed", "مقتل أربعة من عناصر تنظيم داعش": the group is the victim.
const VICTIM_BEFORE: Record<'ar' | 'en', RegExp> = {
  ar: /(?:مقتل|قتل|مصرع|اصابه|اصيب|جرح|استشهاد|اعتقال|القبض علي|تصفيه|تحييد)[^.،,]{0,30}\sمن\s+(?:(?:عناصر|مسلحي|مقاتلي|تنظيم|ال)\s*)*$/,
  en: /(?:killing|killed|kill|wounding|wounded|death of|deaths of|arrest(?:ed|ing)?|neutrali[sz](?:ed|ing|e))[^.,]{0,30}\b(?:members?|fighters?|militants?|commanders?|leaders?) (?:of|from) (?:the )?$/i,
};
const SUBJECT_WINDOW = 45;
const CLAIM = /claim|تبن|مس[ؤو]ولي/i;
const BACK_REFERENCE = /\bthe (?:terrorist|militant|jihadist|extremist|armed) (?:group|organi[sz]ation)\b/gi;
/** Armed groups that claim attacks and that "the group" refers back to (also across sentences: across-reports.ts). */
export const GROUPS_REFERRED: ReadonlySet<ActorId> = new Set<ActorId>([
  'isis', 'kataib_hezbollah', 'asaib_ahl_al_haq', 'harakat_al_nujaba', 'islamic_resistance_iraq', 'saraya_awliya_al_dam', 'pkk', 'other',
]);
const AR_NATIONALITY = /^[وفبل]?(?:ال)?(?:امريكي|اميركي|ايراني|تركي)ه?$/;
// "struck ISIS positions", "قصف مواقع لداعش": a group named as the owner of what was hit is the one attacked.
const HELD_AFTER_EN =
  /^\s*(?:'s\s+)?(?:positions?|hideouts?|targets?|camps?|strongholds?|bases?|dens?|tunnels?|sites?|locations?|headquarters|gatherings?|safe ?houses?|weapons depots?|depots?|training camps?)\b/i;
const HELD_BEFORE_AR =
  /(?:^|\s)["«“]?[وف]?(?:ال)?(?:قواعد|قاعده|قاعدت|مواقع|موقع|مقرات|مقر|اوكار|وكر|تجمعات|تجمع|معاقل|معقل|مخابئ|مخبا|اهداف|ملاجئ|مضافات|مضافه|انفاق|نفق|معسكرات|معسكر|مخازن|مخزن|ثكنات|تحصينات)\S{0,2}(?:\s+(?:ال)?(?:تابعه|تابع|عايده|تعود))?(?:\s+(?:تنظيم|حزب|عصابات))?\s+$/;
// "abducted on Saturday by armed men": the agent of a passive attack word.
// ("a post used by the militia" names an owner, not an agent).
const BY_AGENT_EN = /(?<!\b(?:used|operated|run|held|controlled|owned|occupied|manned|frequented|affiliated|backed|supported|led|funded|armed|trained|founded|formed))\s+by\s+(?:the\s+|a\s+|an\s+|a group of\s+|suspected\s+)?$/i;

// "Turkey's defence ministry said its jets had struck…", "أعلنت وزارة الدفاع التركية أن طائراتها قصفت…": a side reporting its own strike claims it.
const OWN_STRIKE_AFTER: Record<'ar' | 'en', RegExp> = {
  en: /^[^.;!?]{0,40}?\b(?:said|says|announced|confirmed|claimed|stated)\b(?:\s+on\s+\w+)?(?:\s+(?:in|on|via)\s+(?:a|an|its|the)\s+(?:[a-z]+\s+)?(?:statement|post|channel))?\s+(?:that\s+)?(?:it|they|its|their)\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}?(?:had\s+|have\s+|has\s+)?(?:also\s+)?(?:fired|struck|hit|launched|targeted|carried out|conducted|shelled|bombed|attacked|neutrali[sz]ed)\b/i,
  ar: /^[^.؛!؟]{0,40}?\s(?:ان|انه|انها|بان)\s+(?:طائراتها|طائراته|مقاتلاتها|قواتها|قواته|مسيراتها|مدفعيتها|وحداتها|قواتنا|طائراتنا)\s/,
};

// "حمّلت تنسيقيات الاحتجاج الفصائل مسؤولية الاغتيال، متهمة إياها…", "blamed the militias, accusing them of…":
// an accusation (codebook §4: not an attribution), however it is worded before.
const ACCUSED_AFTER: Record<'ar' | 'en', RegExp> = {
  ar: /^[^.؛]{0,50}?[،,]\s*(?:متهم\S*|واتهم\S*)\s+(?:اياه\S*|ها|هم)?/,
  en: /^[^.;]{0,50}?,\s+accusing\s+(?:it|them|the group|the militias?)\b/i,
};
// "وأعلنت عصائب أهل الحق مسؤوليتها": the verb before the group, its responsibility after it.
const CLAIM_SPLIT_AR = /(?:^|\s)[وف]?اعلن\S*\s+$/;

function between(text: string, a: number, b: number): string {
  return text.slice(Math.min(a, b), Math.max(a, b));
}
function clean(gap: string): boolean {
  return !/[.!?؟؛;\n]/.test(gap);
}
function endsBefore(ms: Match[], pos: number, window: number, text: string): boolean {
  return ms.some((m) => m.end <= pos && pos - m.end <= window && clean(between(text, m.end, pos)));
}
function startsAfter(ms: Match[], pos: number, window: number, text: string): boolean {
  return ms.some((m) => m.start >= pos && m.start - pos <= window && clean(between(text, pos, m.start)));
}
// "The Islamic Resistance in Iraq, an umbrella for…, claimed": the subject's verb may follow an apposition.
function afterApposition(text: string, pos: number): number {
  const m = /^\s*[,،]([^,،.!?؟]{1,110})[,،]\s*/.exec(text.slice(pos, pos + 130));
  return m ? pos + m[0].length : -1;
}

// "PKK guerillas being killed": a passive verb makes its subject the victim.
const PASSIVE = /\b(?:was|were|been|being|is|are|be)\b|(?:^|\s)(?:تم|جرى)\s/;
function activeSubject(ms: Match[], pos: number, window: number, text: string): boolean {
  return ms.some(
    (m) => m.start >= pos && m.start - pos <= window && clean(between(text, pos, m.start)) && !PASSIVE.test(between(text, pos, m.start)),
  );
}

// "a group calling itself X has claimed several previous attacks", "تبنت هجمات سابقة": other attacks, not this one.
const CLAIMS_OTHERS_AFTER =
  /^[^.]{0,12}?\b(?:has |have |had )?claimed (?:responsibility for )?(?:several|many|a number of|a string of|a series of|previous|earlier|past|similar|other)\b|^[^.]{0,12}?(?:تبن\S*|اعلن\S* مس[ؤو]وليت\S* عن)\s+(?:\S+\s+)?(?:هجمات|عمليات)\s+(?:سابقه|مماثله|اخري)/i;

export function findActors(lex: Lexicon, norm: string, triggers: Trigger[]): ActorMention[] {
  const raw: { id: ActorId; m: Match; order: number }[] = lex.findActors(norm).map((a) => ({ id: a.id, m: a, order: a.order }));
  raw.sort((x, y) => y.m.end - y.m.start - (x.m.end - x.m.start) || x.order - y.order);
  const kept: typeof raw = [];
  for (const r of raw) if (!kept.some((k) => r.m.start < k.m.end && k.m.start < r.m.end)) kept.push(r);
  kept.sort((x, y) => x.m.start - y.m.start);

  // "an attack claimed by the terrorist group": a back-reference to the group named earlier in the sentence.
  if (lex.lang === 'en') {
    BACK_REFERENCE.lastIndex = 0;
    for (let b = BACK_REFERENCE.exec(norm); b; b = BACK_REFERENCE.exec(norm)) {
      const start = b.index;
      const end = start + b[0].length;
      const earlier = [...kept].reverse().find((k) => k.m.end <= start && GROUPS_REFERRED.has(k.id));
      if (earlier && !kept.some((k) => k.m.start < end && start < k.m.end)) {
        kept.push({ id: earlier.id, m: { start, end, surface: b[0] }, order: earlier.order });
      }
    }
    kept.sort((x, y) => x.m.start - y.m.start);
  }
  const hedges = lex.cues.hedge(norm);
  const attributions = lex.cues.attribution(norm);
  const verbs = lex.cues.attack_verb(norm);
  const targetCues = lex.cues.target_cue(norm);
  const triggerMatches: Match[] = triggers.map((t) => ({ start: t.start, end: t.end, surface: '' }));

  return kept.map(({ id, m }) => {
    // "the Islamic State (IS)": the restated acronym is the same mention, not a second subject.
    if (norm[m.start - 1] === '(' && norm[m.end] === ')') return { id, start: m.start, end: m.end, role: null };
    const hedged =
      endsBefore(hedges, m.start, 60, norm) || CLAIMS_OTHERS_AFTER.test(norm.slice(m.end, m.end + 60)) || ACCUSED_AFTER[lex.lang].test(norm.slice(m.end, m.end + 70));
    let role: ActorMention['role'] = null;
    if (!hedged && PERPETRATOR_CAPABLE.has(id)) {
      const attributed =
        endsBefore(attributions, m.start, NEAR, norm) ||
        OWN_STRIKE_AFTER[lex.lang].test(norm.slice(m.end, m.end + 140)) ||
        (lex.lang === 'ar' && CLAIM_SPLIT_AR.test(norm.slice(Math.max(0, m.start - 12), m.start)) && /^\s*مس[ؤو]وليت/.test(norm.slice(m.end, m.end + 12))) ||
        (lex.lang === 'en' && BY_AGENT_EN.test(norm.slice(Math.max(0, m.start - 24), m.start)) && endsBefore(triggerMatches, m.start, 60, norm));
      const window = id === 'unknown_gunmen' ? SUBJECT_WINDOW : NEAR;
      const apposEnd = afterApposition(norm, m.end);
      const subject = activeSubject(verbs, m.end, window, norm) || (apposEnd >= 0 && activeSubject(verbs, apposEnd, 12, norm));
      // Arabic puts the verb (or the weapon noun) before its subject: "قصف الحرس الثوري", "قصف تركي".
      // (Security forces only after a verb: "قتل الضابط" is the officer's killing, not his act.)
      const afterVerb =
        lex.lang === 'ar' &&
        (endsBefore(verbs, m.start, 14, norm) || (id !== 'isf' && endsBefore(triggerMatches, m.start, 14, norm)));
      // …or inside the attack phrase itself: "repelled an overnight ISIS offensive".
      const adjective =
        lex.lang === 'en' &&
        (startsAfter(triggerMatches, m.end, 3, norm) || triggerMatches.some((t) => t.start < m.start && m.end < t.end));
      // "ضربة جوية أمريكية" is an attacker, "السفير الإيراني" is not: a bare nationality word counts only after the weapon.
      const bareNationality = lex.lang === 'ar' && AR_NATIONALITY.test(m.surface);
      // "an attack on the Turkish base", "استهدفت الحشد": the group right after is the one hit.
      const targeted = targetCues.some(
        (c) => c.end <= m.start && /^\s*(?:(?:the|a|an|تنظيم|عناصر|مسلحي)\s+)?$/i.test(norm.slice(c.end, m.start)),
      );
      const held =
        lex.lang === 'en'
          ? HELD_AFTER_EN.test(norm.slice(m.end, m.end + 30)) &&
            (endsBefore(verbs, m.start, 40, norm) || endsBefore(triggerMatches, m.start, 40, norm) || endsBefore(targetCues, m.start, 12, norm))
          : HELD_BEFORE_AR.test(norm.slice(Math.max(0, m.start - 40), m.start));
      const victim = held || VICTIM_BEFORE[lex.lang].test(norm.slice(Math.max(0, m.start - 70), m.start));
      if (victim && !attributed) role = NAMED_TARGET_AFTER_CUE.has(id) || id === 'isis' || id === 'other' ? 'target' : null;
      else if (bareNationality) role = attributed || (!targeted && afterVerb) ? 'perpetrator' : null;
      else if (attributed || adjective || (!targeted && (subject || afterVerb))) role = 'perpetrator';
      else if (targeted && NAMED_TARGET_AFTER_CUE.has(id)) role = 'target';
    }
    const claimant =
      role === 'perpetrator' &&
      (endsBefore(attributions, m.start, NEAR, norm) || verbs.some((v) => v.start >= m.end && v.start - m.end <= NEAR && CLAIM.test(v.surface)));
    const speaker = SPEAKER_AFTER.test(norm.slice(m.end, m.end + 30)) || SOURCE_BEFORE.test(norm.slice(Math.max(0, m.start - 20), m.start));
    if (role === null && TARGET_CAPABLE.has(id) && !(id === 'us_forces' && hedged) && !speaker) role = 'target';
    return claimant ? { id, start: m.start, end: m.end, role, claimant } : { id, start: m.start, end: m.end, role };
  });
}
