/**
 * Which site of a clause belongs to which attack words (used by candidates.ts): the
 * first place after the word, a place before an Arabic instrumental weapon ("استهداف
 * حرير بطائرتين"), a foreign place close by (the clause reports an event abroad), and
 * the split of one clause into reports at different sites.
 */
import type { Lang } from '../lexicon';
import { familyOf } from '../type-rules';
import type { SiteMention, Trigger } from '../types';

const FOREIGN_BEFORE_WINDOW = 50;
const FOREIGN_AFTER_WINDOW = 110;

export function distanceTo(pos: { start: number; end: number }, triggers: Trigger[]): number {
  let best = Infinity;
  for (const t of triggers) {
    const d = pos.start >= t.end ? pos.start - t.end : t.start >= pos.end ? t.start - pos.end : 0;
    if (d < best) best = d;
  }
  return best;
}

export function pickSite(sites: SiteMention[], anchor: number): SiteMention | 'foreign' | null {
  const after = sites.filter((s) => s.start >= anchor && !s.demoted);
  const firstAfter = after[0];
  if (firstAfter?.foreign && firstAfter.start - anchor <= FOREIGN_AFTER_WINDOW) return 'foreign';
  if (firstAfter?.foreign) return after.find((s) => !s.foreign) ?? null;
  if (firstAfter) return firstAfter;
  const before = sites.filter((s) => s.start < anchor && !s.demoted);
  const lastBefore = before[before.length - 1];
  if (lastBefore?.foreign && anchor - lastBefore.end <= FOREIGN_BEFORE_WINDOW) return 'foreign';
  const iraqiBefore = before.filter((s) => !s.foreign);
  return iraqiBefore[iraqiBefore.length - 1] ?? null;
}

/**
 * "a body was found in Suwaira, and a grenade hit a house in Kut": attack words of
 * different families, each followed by its own place, are separate events even in one
 * clause. Words without a place of their own stay with the one before.
 */
export function splitBySite(triggers: Trigger[], sites: SiteMention[], norm: string, lang: Lang): Trigger[][] {
  const strong = triggers.filter((t) => t.strong);
  if (strong.length < 2) return [triggers];
  const siteAfter = (t: Trigger, until: number) => sites.find((s) => !s.demoted && !s.foreign && s.start >= t.end && s.start < until) ?? null;
  const parts: { family: string; site: SiteMention | null; triggers: Trigger[] }[] = [];
  const govOf = (x: SiteMention) => x.places[0]?.gov ?? null;
  strong.forEach((t, i) => {
    const next = strong[i + 1]?.start ?? Number.MAX_SAFE_INTEGER;
    const before = lang === 'ar' && instrumental(norm, t.start) ? siteJustBefore(sites, norm, strong[i - 1]?.end ?? 0, t.start) : null;
    const after = siteAfter(t, next);
    // "قصف الحرس قاعدة عين الأسد بالصواريخ، كما سقط صاروخان في أربيل": the first weapon with no place after it hit the place before it.
    const site = before ?? after ?? (i === 0 ? lastSiteBefore(sites, 0, t.start) : null);
    const last = parts[parts.length - 1];
    const family = familyOf(t.type);
    // "US aircraft struck sites in western Iraq after a drone attack killed three soldiers in Jordan":
    // a weapon of another kind whose own place is abroad is another event.
    const firstAfter = sites.find((x) => !x.demoted && x.start >= t.end && x.start < next);
    if (last && !after && firstAfter?.foreign && !last.triggers.some((x) => x.type === t.type)) {
      parts.push({ family, site: null, triggers: [t] });
      return;
    }
    // Weapons of one family are one report unless their places lie in different governorates ("17 on Ain al-Asad … five on Erbil").
    const samePlace = !site || !last?.site || site.places[0]?.id === last.site.places[0]?.id;
    const otherGov = !samePlace && govOf(site!) !== govOf(last!.site!);
    if (last && (samePlace || (family === last.family && !otherGov))) {
      last.triggers.push(t);
      last.site ??= site;
    } else parts.push({ family, site, triggers: [t] });
  });
  if (parts.length < 2) return [triggers];
  // Weak words join the part whose strong word is nearest.
  for (const w of triggers.filter((t) => !t.strong)) {
    let best = parts[0]!;
    let bestD = Infinity;
    for (const p of parts) {
      const d = distanceTo(w, p.triggers);
      if (d < bestD) {
        best = p;
        bestD = d;
      }
    }
    best.triggers.push(w);
  }
  return parts.map((p) => p.triggers.sort((a, b) => a.start - b.start));
}

// "استهداف حرير بطائرتين مسيرتين": a weapon in the instrumental (ب…) follows the place it hit.
const INSTRUMENTAL_BEFORE = /(?:^|\s)ب[\u0621-\u064A]+\s+(?:من\s+)?$/;
export function instrumental(norm: string, start: number): boolean {
  return norm[start] === 'ب' || INSTRUMENTAL_BEFORE.test(norm.slice(Math.max(0, start - 24), start));
}

export function lastSiteBefore(sites: SiteMention[], from: number, anchor: number): SiteMention | null {
  let found: SiteMention | null = null;
  for (const s of sites) if (!s.demoted && !s.foreign && s.start >= from && s.end <= anchor) found = s;
  return found;
}

/** The last site between `from` and the weapon at `anchor`, with no comma between it and the weapon. */
export function siteJustBefore(sites: SiteMention[], norm: string, from: number, anchor: number): SiteMention | null {
  let found: SiteMention | null = null;
  for (const s of sites) if (!s.demoted && !s.foreign && s.start >= from && s.end <= anchor) found = s;
  return found && !/[،,؛;.]/.test(norm.slice(found.end, anchor)) ? found : null;
}

/** A place named only as a reference point ("west of Baghdad") still tells the governorate. */
export function directionSite(sites: SiteMention[], anchor: number): SiteMention | null {
  const refs = sites.filter((s) => s.demoted === 'direction' && !s.foreign);
  return refs.find((s) => s.start >= anchor) ?? refs[refs.length - 1] ?? null;
}
