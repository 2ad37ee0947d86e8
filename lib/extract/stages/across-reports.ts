/**
 * After merging: what one sentence says about reports told in other sentences — a claim
 * of "both attacks", "no casualties" after a report or in a lead that sums up several,
 * and the abductors of people later found dead.
 */
import { canPerpetrate, familyOf } from '../type-rules';
import type { ActorId } from '@/lib/codebook';
import type { MergedIncident, SentenceFacts } from '../types';
import { GROUPS_REFERRED } from './actors';

const NO_CASUALTY_REACH = 4;

// "The group claimed both attacks", "تبنى التنظيم الهجومين": a claim of several reports at once.
const PLURAL_CLAIM = /\b(?:both|the two|all (?:the )?(?:three |four )?)\s+(?:attacks|bombings|blasts|strikes|incidents)\b|(?:الهجومين|التفجيرين|الحادثين|العمليتين)/i;

export function applyPluralClaims(incidents: MergedIncident[], facts: SentenceFacts[]): void {
  for (const f of facts) {
    if (!PLURAL_CLAIM.test(f.sentence.norm)) continue;
    // A sentence that also tells an attack of its own counts only for the groups it says claimed
    // ("تبنت المقاومة الهجومين في بيان قالت فيه إن مجاهديها استهدفوا … بمسيرات").
    const telling = f.triggers.some((t) => t.strong);
    const perps = f.actors.filter((a) => a.role === 'perpetrator' && a.id !== 'unknown_gunmen' && (!telling || a.claimant)).map((a) => a.id);
    if (perps.length === 0) continue;
    for (const inc of incidents) {
      if (Math.min(...inc.sentenceIndexes) >= f.sentence.index) continue;
      if (inc.perpetrators.some((p) => p !== 'unknown_gunmen' && canPerpetrate(p, inc.type))) continue;
      for (const p of perps) if (!inc.perpetrators.includes(p)) inc.perpetrators.push(p);
    }
  }
}

// "The group claimed the attack through its Amaq agency", "The militants, who claimed the
// bombing, …", "وتبنى التنظيم الهجوم": a claim by a group named only in an earlier sentence.
const BACK_CLAIM =
  /\bthe\s+(?:[a-z-]+\s+)?(?:group|militants|jihadists|insurgents|organi[sz]ation|extremists)\b[^.;]{0,40}?\bclaim(?:ed|s)\b|\bclaimed\s+by\s+the\s+(?:[a-z-]+\s+)?(?:group|militants|jihadists|organi[sz]ation)\b|(?:^|\s)(?:تبني|تبنت|اعلن|اعلنت)\s+(?:ال)?(?:تنظيم|جماعه|ال?مسلحون)\s+(?:مس[ؤو]وليته\s+عن\s+)?/i;
const BACK_CLAIM_REACH = 3;

/** The claim goes to the last report before it that names no attacker yet; the group is the last one the article named. */
export function applyBackReferenceClaims(incidents: MergedIncident[], facts: SentenceFacts[]): void {
  let lastGroup: ActorId | null = null;
  for (const f of facts) {
    const named = f.actors.filter((a) => GROUPS_REFERRED.has(a.id));
    if (BACK_CLAIM.test(f.sentence.norm) && named.length === 0 && lastGroup) {
      const before = incidents
        .filter((inc) => Math.min(...inc.sentenceIndexes) < f.sentence.index && f.sentence.index - Math.max(...inc.sentenceIndexes) <= BACK_CLAIM_REACH)
        .sort((a, b) => Math.max(...b.sentenceIndexes) - Math.max(...a.sentenceIndexes))[0];
      if (before && !before.perpetrators.some((p) => p !== 'unknown_gunmen') && canPerpetrate(lastGroup, before.type)) {
        before.perpetrators = [lastGroup];
      }
    }
    if (named.length > 0) lastGroup = named[named.length - 1]!.id;
  }
}

/**
 * "Saraya Awliya al-Dam claimed responsibility in a statement on Telegram", "وأعلنت عصائب أهل الحق
 * مسؤوليتها في بيان": a named group's claim in a sentence with no attack word of its own is a claim of
 * the last report before it that names no attacker yet (denials and "no group has claimed" name none).
 */
export const BARE_CLAIM = /\bclaim(?:ed|s|ing)\s+responsibility\b|(?:^|\s)(?:[وف]?(?:تبنت|تبني)|[وف]?اعلن\S*\s+(?:\S+\s+){0,5}?مس[ؤو]وليت\S*)(?:\s|$)/i;
const NOT_CLAIMED = /\b(?:not|never|no|denied|denies|deny)\b[^.]{0,30}\bclaim|(?:^|\s)(?:لم|ولم|لا|نفت|نفي|تنفي)\s+(?:\S+\s+){0,2}(?:تبن|تعلن|يعلن|اعلان)/i;

export function applyStandaloneClaims(incidents: MergedIncident[], facts: SentenceFacts[]): void {
  for (const f of facts) {
    // (Tested again here: a sentence whose attack words were all filtered out has actors too.)
    if (f.triggers.length > 0 || !BARE_CLAIM.test(f.sentence.norm) || NOT_CLAIMED.test(f.sentence.norm)) continue;
    const claimants = [...new Set(f.actors.filter((a) => a.role === 'perpetrator' && GROUPS_REFERRED.has(a.id)).map((a) => a.id))];
    if (claimants.length !== 1) continue;
    const group = claimants[0]!;
    // The report told last before the claim (a report told again after it, or in the title, counts where it was told before).
    const toldBefore = (inc: MergedIncident) => Math.max(-1, ...inc.sentenceIndexes.filter((i) => i < f.sentence.index));
    const before = incidents
      .filter((inc) => toldBefore(inc) >= 0 && f.sentence.index - toldBefore(inc) <= BACK_CLAIM_REACH)
      .sort((a, b) => toldBefore(b) - toldBefore(a))[0];
    if (before && !before.perpetrators.some((p) => p !== 'unknown_gunmen') && canPerpetrate(group, before.type)) before.perpetrators = [group];
  }
}

/**
 * "The bodies of two men abducted by ISIS were found": the sentence that names the
 * abductors of people later found dead names their killers too, unless it names others
 * (a named group only: "gunmen" who abducted and "gunmen" who killed need not be one band).
 */
export function applyAbductorsToKilling(incidents: MergedIncident[]): void {
  for (const kill of incidents) {
    if (familyOf(kill.type) !== 'armed' || kill.perpetrators.length > 0) continue;
    const abduction = incidents.find(
      (k) => k.type === 'kidnapping' && k.sentenceIndexes.some((i) => kill.sentenceIndexes.includes(i)) && k.perpetrators.length > 0,
    );
    if (!abduction || !kill.explicitKilling) continue;
    kill.perpetrators = abduction.perpetrators.filter((p) => p !== 'unknown_gunmen' && canPerpetrate(p, 'killing'));
  }
}

// "Two roadside bombs struck convoys …, causing damage but no casualties": a lead that sums up several attacks.
const PLURAL_WEAPON = /\b(?:bombs|blasts|explosions|rockets|drones|strikes|attacks|devices)\b|(?:^|\s)(?:عبوات|عبوتين|عبوتان|صواريخ|مسيرات|مسيرتين|طايرتين|هجمات|تفجيرات|تفجيرين|انفجارات|انفجارين)(?:\s|$)/i;
const LEAD_REACH = 6;

/** The "no casualties" of a lead that tells several attacks at once covers each of them told after it. */
export function applyLeadNoCasualties(incidents: MergedIncident[], facts: SentenceFacts[]): void {
  for (const f of facts) {
    if (!f.noCasualties || f.blocked.length > 0) continue;
    const plural = f.triggers.filter((t) => t.strong && PLURAL_WEAPON.test(f.sentence.norm.slice(t.start, t.end)));
    if (plural.length === 0) continue;
    const families = new Set(plural.map((t) => familyOf(t.type)));
    for (const inc of incidents) {
      const first = Math.min(...inc.sentenceIndexes);
      if (first < f.sentence.index || first - f.sentence.index > LEAD_REACH || !families.has(familyOf(inc.type))) continue;
      if (inc.killed === null && inc.injured === null) inc.noCasualties = true;
    }
  }
}

/** "No casualties were reported." after a report belongs to that report. */
export function applyTrailingNoCasualties(incidents: MergedIncident[], facts: SentenceFacts[]): void {
  const bySentence = new Map<number, MergedIncident[]>();
  for (const inc of incidents) {
    for (const i of inc.sentenceIndexes) {
      const list = bySentence.get(i) ?? [];
      list.push(inc);
      bySentence.set(i, list);
    }
  }
  for (const f of facts) {
    if (!f.noCasualties || f.triggers.some((t) => t.strong)) continue;
    const i = f.sentence.index;
    for (let back = 1; back <= NO_CASUALTY_REACH; back++) for (const inc of bySentence.get(i - back) ?? []) inc.noCasualties = true;
  }
}
