/**
 * A companion killed with the target ("the sheikh and his driver", "قيادي ومرافقه") is a
 * second dead that no figure states.
 */
// "assassinated the sheikh and his driver", "Sheikh X and one of his bodyguards died", "قتل قيادي ومرافقه":
// the companion is a second dead, unless a word for wounds comes first.
const EN_COMPANION_DEAD =
  /\b(?:killed|killing|shot dead|gunned down|assassinated|executed|murdered)\b(?:(?!wound|injur|hurt)[^.;]){0,60}?\band\s+(?:one of\s+)?(?:his|her)\s+(?:driver|bodyguard|guard|companion|son|brother|wife|nephew|cousin)s?\b|\band\s+one of\s+(?:his|her)\s+(?:bodyguards|guards|companions|sons|brothers)\s+(?:were\s+|was\s+)?(?:died|killed)\b/i;
const AR_COMPANION_DEAD = /(?:قتل|مقتل|اغتيال|اغتال|اعدام|مصرع|استشهاد)(?:(?!اصاب|جرح|جريح)[^.؛]){0,60}?\sو(?:سائقه|مرافقه|حارسه|نجله|ابنه|شقيقه|زوجته|سائقها|مرافقها|نجلها|ابنها|زوجها)(?:\s|$|[،,.])/;

/** The toll with the companion counted; null or 1 become 2, other figures stay. */
export function withCompanion(killed: number | null, norm: string, clause: { start: number; end: number }): number | null {
  if (killed !== null && killed !== 1) return killed;
  const text = norm.slice(clause.start, clause.end);
  return EN_COMPANION_DEAD.test(text) || AR_COMPANION_DEAD.test(text) ? 2 : killed;
}
