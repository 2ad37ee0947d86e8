import type { DateMention } from './types';
import type { Candidate } from './candidate';
import { isIsoDate } from './candidate';
import { findAbsoluteDates } from './absolute';
import { findRelativeDatesAr } from './relative-ar';
import { findRelativeDatesEn } from './relative-en';
import { markAnnouncements } from './announcement';
import { viewFor } from '../numbers/text-view';

/**
 * Every date expression of a text, resolved (codebook §5), sorted by start. Offsets
 * index the string passed in. Without a publication date only explicit dates that carry
 * their own year resolve; relative ones are left out. Never throws.
 */
export function findDateMentions(text: string, lang: 'ar' | 'en', published: string | null): DateMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // a timestamp ("2022-01-10T08:00:00Z") counts by its date part
  const day = typeof published === 'string' ? published.slice(0, 10) : null;
  const pub = isIsoDate(day) ? day : null;
  const language = lang === 'ar' ? 'ar' : 'en';
  try {
    const view = viewFor(text, language);
    const found = findAbsoluteDates(view.text, language, pub);
    if (pub !== null) {
      found.push(...(language === 'ar' ? findRelativeDatesAr(view.text, pub) : findRelativeDatesEn(view.text, pub)));
    }
    const kept = mergeAdjacent(view.text, markAnnouncements(view.text, language, dropOverlaps(found)));
    return kept.map((c) => {
      const start = view.toOriginal(c.start);
      const end = view.toOriginal(c.end);
      return { ...c, start, end, surface: text.slice(start, end) };
    });
  } catch {
    return []; // a bug must not stop an import run
  }
}

/** Where matches overlap, the longer one wins ("10 كانون الثاني 2022" over "كانون الثاني 2022"). */
function dropOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  return kept;
}

const GAP = /^[\s,،()\-–—\/.:]*$/;

/**
 * A weekday or "today" next to the full date it names is one mention ("Monday, January 10",
 * اليوم الاحد (11 تشرين الاول 2020)); the printed date wins, an announcement stays one.
 */
function mergeAdjacent(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (prev && c.start - prev.end <= 6 && GAP.test(text.slice(prev.end, c.start))) {
      const [abs, rel] = prev.kind === 'absolute' ? [prev, c] : [c, prev];
      const pairs = abs.kind === 'absolute' && abs.precision === 'day' && rel.kind !== 'absolute' && (rel.precision === 'day' || rel.kind === 'announcement');
      if (pairs) {
        const announcement = rel.kind === 'announcement';
        out[out.length - 1] = {
          start: prev.start,
          end: c.end,
          date: abs.date,
          precision: announcement ? 'week' : 'day',
          kind: announcement ? 'announcement' : 'absolute',
        };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
